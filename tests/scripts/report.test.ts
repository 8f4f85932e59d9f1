import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, type Measurement } from '../../scripts/bench/measurement.ts';
import { formatTable, makeReport } from '../../scripts/bench/report.ts';

/** A measurement that took `ms` and peaked at `maxRssMB`. */
const took = (ms: number, maxRssMB = 500): Measurement => ({ ms, importMs: 100, maxRssMB, ok: true, problems: 0 });

/** A 4,000-entry report with this baseline and warm build, and the given rounds. */
function report(baseline: number, warm: number, warmPairs?: number[]) {
  return makeReport({
    entries: 4000,
    runs: warmPairs?.length ?? 1,
    counts: { actors: 1600, initiatives: 1200, events: 800, ambassadors: 400 },
    seed: 1,
    generateMs: 0,
    check: took(500),
    eleventy: took(3000),
    baseline: took(baseline),
    buildWarm: took(warm),
    ...(warmPairs ? { warmPairs } : {}),
  });
}

test('the median of an odd count is the middle value, of an even count the mean of the two middle ones, of none 0', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.equal(median([]), 0);
});

test('with one round the warm ratio is the build time divided by the baseline time', () => {
  assert.equal(report(10_000, 19_000).buildRatio?.warm, 1.9);
});

test('with rounds the warm ratio is the median of each round’s ratio, not the ratio of the medians', () => {
  // Medians 10,000 and 21,000 would give 2.1; the rounds, each a build beside its own baseline, say 1.9.
  const judged = report(10_000, 21_000, [1.9, 2.4, 1.8]);
  assert.equal(judged.buildRatio?.warm, 1.9);
  assert.equal(judged.goals.met?.buildRatio, true);
});

test('a ratio of exactly 2 meets the goal, one just above misses it', () => {
  assert.equal(report(10_000, 20_000).goals.met?.buildRatio, true);
  assert.equal(report(10_000, 20_100).goals.met?.buildRatio, false);
  assert.equal(report(10_000, 30_000, [2.0, 2.0, 2.01]).goals.met?.buildRatio, true);
});

test('the table lists each round’s ratio beside their median', () => {
  const table = formatTable(report(10_000, 21_000, [1.9, 2.4, 1.8]));
  assert.match(table, /verhouding build, gevulde cache\s+1,90\s+≤ 2\s+gehaald/);
  assert.match(table, /per meting \(build direct na basis\)\s+1,90 · 2,40 · 1,80\s+de verhouding is hun mediaan/);
  assert.doesNotMatch(formatTable(report(10_000, 19_000)), /per meting/, 'one round has no list');
});
