import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { dayNumber, quarterEnds, todayInBrussels } from '../../src/compute/dates.ts';

describe('dates', () => {
  it('counts days between calendar dates exactly, across a leap day', () => {
    assert.equal(dayNumber('2020-03-01') - dayNumber('2020-02-28'), 2);
    assert.equal(dayNumber('2018-12-31') - dayNumber('2018-01-01'), 364);
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
