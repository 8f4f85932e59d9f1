import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countingDay, countingDayOf, daysInMonth, parsePartialDate } from '../../src/compute/dates.ts';
import { fixtureModel } from '../model/prepare-fixture.ts';

describe('partial dates', () => {
  it('reads a day, a month and a range of months with their first and last day', () => {
    assert.deepEqual(parsePartialDate('2020-06-10'), { text: '2020-06-10', precision: 'day', first: '2020-06-10', last: '2020-06-10', from: '2020-06-10', to: '2020-06-10' });
    assert.deepEqual(parsePartialDate('2021-01'), { text: '2021-01', precision: 'month', first: '2021-01-01', last: '2021-01-31', from: '2021-01', to: '2021-01' });
    assert.deepEqual(parsePartialDate('2020-09..2020-10'), { text: '2020-09..2020-10', precision: 'range', first: '2020-09-01', last: '2020-10-31', from: '2020-09', to: '2020-10' });
  });

  it('ends February on the 29th in a leap year and on the 28th otherwise', () => {
    assert.equal(parsePartialDate('2020-02')?.last, '2020-02-29');
    assert.equal(parsePartialDate('2021-02')?.last, '2021-02-28');
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
  });

  it('refuses what is not on the calendar or not one of the three forms', () => {
    for (const text of ['2021-13', '2021-00', '2021-02-29', '2021-1', '2021', '2020-09..2020-10..2020-11', '2020-09..', 'september 2020', '2020-09 .. 2020-10']) {
      assert.equal(parsePartialDate(text), undefined, text);
    }
  });

  it('counts a day on itself, a month on its last day and a range on the last day of its end', () => {
    assert.equal(countingDayOf('2020-06-10'), '2020-06-10');
    assert.equal(countingDayOf('2021-01'), '2021-01-31');
    assert.equal(countingDayOf('2020-11..2020-12'), '2020-12-31');
    assert.equal(countingDayOf('2020-09-28..2020-10-02'), '2020-10-02');
    const range = parsePartialDate('2021-02..2021-03');
    assert.ok(range);
    assert.equal(countingDay(range), '2021-03-31');
  });
});

describe('the counting rule applied (seed 002 fixture)', () => {
  const value = async (asOf: string, id: string) => (await fixtureModel('series', asOf)).indicators.find((indicator) => indicator.id === id)?.value;

  it('does not count the meeting of "januari 2021" on 30 January, and counts it on the 31st, the last day of the month', async () => {
    // Two meetings have a day (10 June, 8 July 2020); the third only a month.
    assert.equal(await value('2021-01-30', 'gezamenlijke-vergaderingen'), 2);
    assert.equal(await value('2021-01-31', 'gezamenlijke-vergaderingen'), 3);
  });

  it('counts "september – oktober 2020" only from 31 October 2020', async () => {
    assert.equal(await value('2020-10-30', 'diversiteamvergaderingen'), 0);
    assert.equal(await value('2020-10-31', 'diversiteamvergaderingen'), 1);
  });

  it('puts a participant on a ladder step at the last day of the range, never at a day the source did not give', async () => {
    const model = await fixtureModel('series');
    const actor = model.actors.find((entry) => entry.slug === 'instelling-een');
    assert.deepEqual(actor?.reachedAllTime.map((step) => [step.step, step.date]), [
      ['gezamenlijke-vergadering', '2020-06-10'],
      ['diversiteam', '2020-10-31'],
    ]);
  });

  it('calls an event upcoming until its last day has passed, and holds it on that day', async () => {
    const model = await fixtureModel('series', '2021-01-31');
    const upcoming = (slug: string) => model.events.find((event) => event.slug === slug)?.upcoming;
    assert.equal(upcoming('vergadering-3'), false);
    assert.equal(upcoming('diversiteam-3'), true);
    assert.equal((await fixtureModel('series', '2021-01-30')).events.find((event) => event.slug === 'vergadering-3')?.upcoming, true);
  });
});
