import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { periodEnd, renewalStanding } from '../../src/compute/renewal.ts';
import type { CommitmentRule } from '../../src/schema/ladder-file.ts';

// A declaration signed on 15 May 2018 under a term of 24 months with 60 days' notice: the last day
// of the term is 14 May 2020, the first day lapsed 15 May 2020, the first day of notice 16 March 2020.
const TERM: CommitmentRule = { term: { months: 24, notice_days: 60 } };
// A report within 6 months (due on 20 September for a signing on 21 March), 30 days' grace and 30 days' notice.
const REPORTS: CommitmentRule = { reports: { every_months: 6, grace_days: 30, notice_days: 30 } };
const SIGNED = '2018-05-15';

describe('the end of a period of months', () => {
  test('is the day before the same date that many months later', () => {
    assert.equal(periodEnd('2018-05-15', 24), '2020-05-14');
    assert.equal(periodEnd('2018-03-21', 6), '2018-09-20');
  });

  test('of a period from the 31st ends the day before the shorter month’s last day', () => {
    assert.equal(periodEnd('2018-08-31', 6), '2019-02-27');
  });
});

describe('a term without renewal', () => {
  test('holds on the day of signing', () => {
    assert.deepEqual(renewalStanding({ start: SIGNED }, TERM, SIGNED), { standing: 'active', since: SIGNED });
  });

  test('is active the day before the notice window opens', () => {
    assert.deepEqual(renewalStanding({ start: SIGNED }, TERM, '2020-03-15'), { standing: 'active', since: SIGNED });
  });

  test('is due soon on the first day of the notice window, 60 days before it lapses, with its last day', () => {
    assert.deepEqual(renewalStanding({ start: SIGNED }, TERM, '2020-03-16'), { standing: 'due-soon', since: SIGNED, need: 'renewal', by: '2020-05-14' });
  });

  test('still stands on the last day of the term', () => {
    assert.equal(renewalStanding({ start: SIGNED }, TERM, '2020-05-14').standing, 'due-soon');
  });

  test('has lapsed the day after, since that day, for want of a renewal', () => {
    assert.deepEqual(renewalStanding({ start: SIGNED }, TERM, '2020-05-15'), { standing: 'lapsed', since: SIGNED, need: 'renewal', lapsedOn: '2020-05-15' });
  });

  test('stays lapsed since that same day years later', () => {
    assert.deepEqual(renewalStanding({ start: SIGNED, renewals: [], reports: [] }, TERM, '2026-11-30'), { standing: 'lapsed', since: SIGNED, need: 'renewal', lapsedOn: '2020-05-15' });
  });

  test('without notice days is active up to its last day and never due soon', () => {
    const rule: CommitmentRule = { term: { months: 24, notice_days: 0 } };
    assert.equal(renewalStanding({ start: SIGNED }, rule, '2020-05-14').standing, 'active');
    assert.equal(renewalStanding({ start: SIGNED }, rule, '2020-05-15').standing, 'lapsed');
  });

  test('does not apply without a rule, or with a rule that sets neither term nor reports', () => {
    assert.deepEqual(renewalStanding({ start: SIGNED }, undefined, '2030-01-01'), { standing: 'active', since: SIGNED });
    assert.deepEqual(renewalStanding({ start: SIGNED }, {}, '2030-01-01'), { standing: 'active', since: SIGNED });
  });
});

describe('a renewal', () => {
  test('restarts the term from its own day: renewed on 1 May 2020, it holds to 30 April 2022', () => {
    const facts = { start: SIGNED, renewals: ['2020-05-01'] };
    assert.deepEqual(renewalStanding(facts, TERM, '2020-05-15'), { standing: 'active', since: SIGNED });
    assert.equal(renewalStanding(facts, TERM, '2022-04-30').standing, 'due-soon');
    assert.deepEqual(renewalStanding(facts, TERM, '2022-05-01'), { standing: 'lapsed', since: SIGNED, need: 'renewal', lapsedOn: '2022-05-01' });
  });

  test('dated on the as-of day counts on that day', () => {
    assert.deepEqual(renewalStanding({ start: SIGNED, renewals: ['2020-05-14'] }, TERM, '2020-05-14'), { standing: 'active', since: SIGNED });
  });

  test('dated after the as-of day has not happened yet', () => {
    assert.equal(renewalStanding({ start: SIGNED, renewals: ['2020-06-01'] }, TERM, '2020-05-20').standing, 'lapsed');
  });

  test('after a lapse makes the commitment stand again from the renewal, not from the first signing', () => {
    const facts = { start: SIGNED, renewals: ['2020-09-01'] };
    assert.equal(renewalStanding(facts, TERM, '2020-08-31').standing, 'lapsed');
    assert.deepEqual(renewalStanding(facts, TERM, '2020-09-01'), { standing: 'active', since: '2020-09-01' });
  });

  test('in time keeps the first day: an unbroken commitment', () => {
    const facts = { start: SIGNED, renewals: ['2020-05-14', '2022-05-01'] };
    assert.deepEqual(renewalStanding(facts, TERM, '2023-01-01'), { standing: 'active', since: SIGNED });
  });

  test('dated before the signing has not happened: the term still runs from the signing', () => {
    const facts = { start: SIGNED, renewals: ['2017-01-01'] };
    assert.deepEqual(renewalStanding(facts, TERM, '2019-06-01'), { standing: 'active', since: SIGNED });
  });

  test('dated on the day of signing changes nothing: the term still ends on 14 May 2020', () => {
    const facts = { start: SIGNED, renewals: [SIGNED] };
    assert.deepEqual(renewalStanding(facts, TERM, '2020-05-15'), { standing: 'lapsed', since: SIGNED, need: 'renewal', lapsedOn: '2020-05-15' });
  });

  test('written in any order is read in date order', () => {
    const facts = { start: SIGNED, renewals: ['2022-05-01', '2020-05-14'] };
    assert.deepEqual(renewalStanding(facts, TERM, '2023-01-01'), { standing: 'active', since: SIGNED });
  });
});

describe('progress reports every 6 months with 30 days of grace', () => {
  const start = '2018-03-21';

  test('are not due yet the day before the notice window: due 20 September, the last 30 days from 22 August', () => {
    assert.equal(renewalStanding({ start }, REPORTS, '2018-08-21').standing, 'active');
    assert.deepEqual(renewalStanding({ start }, REPORTS, '2018-08-22'), { standing: 'due-soon', since: start, need: 'report', by: '2018-10-20' });
  });

  test('are due soon through the grace, up to and including its last day', () => {
    assert.equal(renewalStanding({ start }, REPORTS, '2018-10-20').standing, 'due-soon');
  });

  test('lapse the day after the grace when no report came', () => {
    assert.deepEqual(renewalStanding({ start }, REPORTS, '2018-10-21'), { standing: 'lapsed', since: start, need: 'report', lapsedOn: '2018-10-21' });
  });

  test('a report exactly on the deadline (the grace’s last day) keeps it standing, and the next is due 6 months later', () => {
    const facts = { start, reports: ['2018-10-20'] };
    assert.deepEqual(renewalStanding(facts, REPORTS, '2018-10-21'), { standing: 'active', since: start });
    assert.equal(renewalStanding(facts, REPORTS, '2019-05-19').standing, 'due-soon');
    assert.equal(renewalStanding(facts, REPORTS, '2019-05-20').standing, 'lapsed');
  });

  test('a report the day after the deadline comes too late: lapsed for a day, standing again from the report', () => {
    const facts = { start, reports: ['2018-10-21'] };
    assert.deepEqual(renewalStanding(facts, REPORTS, '2018-10-21'), { standing: 'active', since: '2018-10-21' });
  });

  test('a renewal also restarts the report clock', () => {
    const rule: CommitmentRule = { ...TERM, ...REPORTS };
    const facts = { start, renewals: ['2018-09-01'] };
    assert.equal(renewalStanding(facts, rule, '2018-10-21').standing, 'active');
    assert.deepEqual(renewalStanding(facts, rule, '2019-03-31'), { standing: 'lapsed', since: start, need: 'report', lapsedOn: '2019-03-31' });
  });

  test('with a term too, when both are due soon, the one due first is told', () => {
    // Signed 21 March 2018: the term ends on 20 March 2019 (notice from 20 January), the report is due on 20 February 2019 (notice from 22 January).
    const rule: CommitmentRule = { term: { months: 12, notice_days: 60 }, reports: { every_months: 11, grace_days: 0, notice_days: 30 } };
    assert.deepEqual(renewalStanding({ start }, rule, '2019-02-01'), { standing: 'due-soon', since: start, need: 'report', by: '2019-02-20' });
  });

  test('with a term too, the deadline that falls first decides why it lapsed', () => {
    const rule: CommitmentRule = { term: { months: 12, notice_days: 0 }, reports: { every_months: 12, grace_days: 10, notice_days: 0 } };
    assert.deepEqual(renewalStanding({ start }, rule, '2019-03-21'), { standing: 'lapsed', since: start, need: 'renewal', lapsedOn: '2019-03-21' });
  });
});

describe('a progress report under a term without reports', () => {
  test('does not renew the term: the commitment still lapses the day after the term', () => {
    const facts = { start: SIGNED, reports: ['2020-01-01'] };
    assert.deepEqual(renewalStanding(facts, TERM, '2020-06-01'), { standing: 'lapsed', since: SIGNED, need: 'renewal', lapsedOn: '2020-05-15' });
  });

  test('on the first day lapsed does not make it stand again', () => {
    const facts = { start: SIGNED, reports: ['2020-05-15'] };
    assert.deepEqual(renewalStanding(facts, TERM, '2020-05-15'), { standing: 'lapsed', since: SIGNED, need: 'renewal', lapsedOn: '2020-05-15' });
  });

  test('after the lapse does not make it stand again either', () => {
    const facts = { start: SIGNED, reports: ['2020-06-01'] };
    assert.deepEqual(renewalStanding(facts, TERM, '2020-06-01'), { standing: 'lapsed', since: SIGNED, need: 'renewal', lapsedOn: '2020-05-15' });
  });
});
