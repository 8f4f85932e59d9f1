import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveAsOf } from '../../src/model/as-of.ts';

// 1538344800 is 2018-09-30T22:00:00Z: already 1 October in Brussels (UTC+2).
const EPOCH = '1538344800';
const NOW = new Date('2020-12-31T23:30:00Z');

describe('the as-of date', () => {
  test('an explicit date wins over everything else', () => {
    assert.equal(resolveAsOf({ explicit: '2019-05-05', pinned: '2018-01-01', sourceDateEpoch: EPOCH, now: NOW }), '2019-05-05');
  });

  test('a date pinned in site.yaml wins over SOURCE_DATE_EPOCH and the clock', () => {
    assert.equal(resolveAsOf({ pinned: '2018-01-01', sourceDateEpoch: EPOCH, now: NOW }), '2018-01-01');
  });

  test('SOURCE_DATE_EPOCH is read as seconds and gives the day in Brussels', () => {
    assert.equal(resolveAsOf({ sourceDateEpoch: EPOCH, now: NOW }), '2018-10-01');
  });

  test('a SOURCE_DATE_EPOCH that is not a whole number of seconds is ignored for the clock', () => {
    assert.equal(resolveAsOf({ sourceDateEpoch: '1538344800.5', now: NOW }), '2021-01-01');
    assert.equal(resolveAsOf({ sourceDateEpoch: 'gisteren', now: NOW }), '2021-01-01');
    assert.equal(resolveAsOf({ sourceDateEpoch: '', now: NOW }), '2021-01-01');
  });

  test('without any source it is today in Brussels', () => {
    assert.equal(resolveAsOf({ now: NOW }), '2021-01-01');
  });
});
