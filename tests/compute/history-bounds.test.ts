import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quarterEnds } from '../../src/compute/dates.ts';
import { historyDates, MAX_HISTORY_QUARTERS } from '../../src/compute/history.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';

const PERIOD = { start: '2018-01-01', end: '2018-12-31' };

describe('the history is bounded by the programme period', () => {
  it('stops at the period end and adds the as-of date as the one point after it', () => {
    assert.deepEqual(historyDates(PERIOD, '2019-05-02'), ['2018-03-31', '2018-06-30', '2018-09-30', '2018-12-31', '2019-05-02']);
  });

  it('has the period’s quarters and one point more for an as-of date in the year 9999', () => {
    assert.deepEqual(historyDates(PERIOD, '9999-12-31'), ['2018-03-31', '2018-06-30', '2018-09-30', '2018-12-31', '9999-12-31']);
  });

  it('does not add the as-of date twice when it is the period end', () => {
    assert.deepEqual(historyDates(PERIOD, '2018-12-31'), ['2018-03-31', '2018-06-30', '2018-09-30', '2018-12-31']);
  });

  it('keeps the last 400 quarters of a period written from year 1 to 9999', () => {
    const dates = historyDates({ start: '0001-01-01', end: '9999-12-31' }, '9999-12-31');
    assert.equal(dates.length, MAX_HISTORY_QUARTERS);
    assert.equal(dates[0], '9900-03-31');
    assert.equal(dates.at(-1), '9999-12-31');
  });

  it('keeps the last quarter ends when asked for at most some of them', () => {
    assert.deepEqual(quarterEnds('2018-01-01', '2018-10-18', 2), ['2018-09-30', '2018-10-18']);
    assert.deepEqual(quarterEnds('2018-01-01', '2018-10-18', 4), ['2018-03-31', '2018-06-30', '2018-09-30', '2018-10-18']);
    assert.deepEqual(quarterEnds('2018-01-01', '2018-10-18', 9), ['2018-03-31', '2018-06-30', '2018-09-30', '2018-10-18']);
  });

  it('gives every indicator of a site with as_of 9999-12-31 a history of the period plus one point', async () => {
    const result = await prepareSite({ contentDir: 'tests/fixtures/indicators', asOf: '9999-12-31' });
    assert.ok(result.ok);
    for (const history of result.model.history) assert.equal(history.points.length, 5, history.id);
  });
});
