import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { addDays, addMonths, dayNumber, quarterEnds, todayInBrussels } from '../../src/compute/dates.ts';

describe('dates', () => {
  it('counts days between calendar dates exactly, across a leap day', () => {
    assert.equal(dayNumber('2020-03-01') - dayNumber('2020-02-28'), 2);
    assert.equal(dayNumber('2018-12-31') - dayNumber('2018-01-01'), 364);
  });

  it('adds days across a month, a year and a leap day, and goes back with a negative number', () => {
    assert.equal(addDays('2018-01-31', 1), '2018-02-01');
    assert.equal(addDays('2018-12-31', 1), '2019-01-01');
    assert.equal(addDays('2020-02-28', 1), '2020-02-29');
    assert.equal(addDays('2018-03-01', -1), '2018-02-28');
    assert.equal(addDays('2018-03-01', 0), '2018-03-01');
  });

  it('adds calendar months, landing on the last day of a shorter month instead of spilling over', () => {
    assert.equal(addMonths('2018-05-15', 24), '2020-05-15');
    assert.equal(addMonths('2018-01-31', 1), '2018-02-28');
    assert.equal(addMonths('2020-01-31', 1), '2020-02-29');
    assert.equal(addMonths('2018-08-31', 6), '2019-02-28');
    assert.equal(addMonths('2018-11-30', 2), '2019-01-30');
    assert.equal(addMonths('2018-03-21', 0), '2018-03-21');
  });

  it('gives today in Brussels, not in UTC, around midnight', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels (UTC+1).
    assert.equal(todayInBrussels(new Date('2018-12-31T23:30:00Z')), '2019-01-01');
  });

  it('lists the end of every quarter up to the end date', () => {
    assert.deepEqual(quarterEnds('2018-01-01', '2018-10-18'), ['2018-03-31', '2018-06-30', '2018-09-30', '2018-10-18']);
    assert.deepEqual(quarterEnds('2018-02-10', '2018-06-30'), ['2018-03-31', '2018-06-30']);
  });

  it('computes the same report under any timezone', () => {
    const run = (tz: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', '--content', 'tests/fixtures/indicators', '--as-of', '2018-06-30', '--format', 'json'], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
    const honolulu = run('Pacific/Honolulu');
    const auckland = run('Pacific/Auckland');
    assert.equal(honolulu.status, 0, honolulu.stderr);
    assert.equal(honolulu.stdout, auckland.stdout);
    assert.equal(JSON.parse(honolulu.stdout).asOf, '2018-06-30');
  });
});

describe('quarter ends on their boundaries', () => {
  it('runs on into the next year after the fourth quarter', () => {
    assert.deepEqual(quarterEnds('2018-11-15', '2019-05-02'), ['2018-12-31', '2019-03-31', '2019-05-02']);
  });

  it('ends on the end date when it is a quarter end, without repeating it, and on the first quarter end when they coincide', () => {
    assert.deepEqual(quarterEnds('2018-04-01', '2018-09-30'), ['2018-06-30', '2018-09-30']);
    assert.deepEqual(quarterEnds('2018-03-31', '2018-03-31'), ['2018-03-31']);
    assert.deepEqual(quarterEnds('2018-01-01', '2018-01-01'), ['2018-01-01']);
  });

  it('knows that the first quarter of a leap year ends on 31 March and February has 29 days', () => {
    assert.deepEqual(quarterEnds('2020-01-01', '2020-12-31'), ['2020-03-31', '2020-06-30', '2020-09-30', '2020-12-31']);
    assert.equal(dayNumber('2020-03-31') - dayNumber('2020-01-01'), 90);
  });

  it('counts days from 1970-01-01 and pads today\'s month and day with a zero', () => {
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(dayNumber('1970-02-01'), 31);
    assert.equal(todayInBrussels(new Date('2021-03-04T12:00:00Z')), '2021-03-04');
  });
});
