import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePartialDate } from '../../src/compute/dates.ts';
import { formatPartialDate, machinePartialDate } from '../../src/site/format.ts';

const show = (text: string) => {
  const date = parsePartialDate(text);
  assert.ok(date, text);
  return [formatPartialDate(date), machinePartialDate(date)];
};

describe('partial dates as pages print them', () => {
  it('writes a day, a month and a range as precisely as the source, a shared year once', () => {
    assert.deepEqual(show('2020-06-10'), ['10 juni 2020', '2020-06-10']);
    assert.deepEqual(show('2021-01'), ['januari 2021', '2021-01']);
    assert.deepEqual(show('2020-09..2020-10'), ['september – oktober 2020', '']);
    assert.deepEqual(show('2020-12..2021-01'), ['december 2020 – januari 2021', '']);
  });

  it('writes a range of days with the shared month once, and mixed ends in full', () => {
    assert.deepEqual(show('2020-09-01..2020-09-03'), ['1 – 3 september 2020', '']);
    assert.deepEqual(show('2020-09-28..2020-10-02'), ['28 september – 2 oktober 2020', '']);
    assert.deepEqual(show('2020-12-30..2021-01-02'), ['30 december 2020 – 2 januari 2021', '']);
    assert.deepEqual(show('2020-09-15..2020-10'), ['15 september – oktober 2020', '']);
  });
});
