import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasStackTrace, runCli } from './run-cli.ts';

/** The report's JSON shape. */
interface Report {
  asOf: string;
  indicators: { id: string; label: string; group: string; baseline: number | null; value: number | null; target: number; expected: number | null; percent: number | null; status: string }[];
}

/** Runs the JSON report on the valid fixture for a date and parses it. */
function jsonReport(asOf: string): Report {
  const run = runCli('report.ts', ['--content', 'tests/fixtures/valid', '--as-of', asOf, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Report;
}

test('report --format json prints {asOf, indicators} with the hand-computed figures of the valid fixture', () => {
  const report = jsonReport('2021-02-20');
  assert.equal(report.asOf, '2021-02-20');
  assert.deepEqual(report.indicators, [
    { id: 'ladder-declaration', label: 'Ondertekenen van een engagementsverklaring', group: 'engagementsladder', baseline: 10, value: 12, target: 20, expected: 15, percent: 60, status: 'off-track' },
    { id: 'ladder-workshop', label: 'Deelname aan een workshop', group: 'engagementsladder', baseline: 4, value: 8, target: 8, expected: 6, percent: 100, status: 'achieved' },
    { id: 'workshops', label: 'Georganiseerde workshops', group: 'activiteiten', baseline: null, value: 2, target: 4, expected: 2, percent: 50, status: 'on-track' },
    { id: 'ambassadors', label: 'Actieve ambassadeurs', group: 'activiteiten', baseline: null, value: 1, target: 2, expected: 1, percent: 50, status: 'on-track' },
    { id: 'website-visitors', label: 'Unieke bezoekers van de website', group: 'communicatie', baseline: null, value: 40, target: 100, expected: 50, percent: 40, status: 'behind' },
    { id: 'initiatives-in-call', label: 'Initiatieven binnen de oproep', group: 'initiatieven', baseline: null, value: 1, target: 4, expected: 2, percent: 25, status: 'off-track' },
  ]);
});

test('report --as-of moves every figure to that date', () => {
  const report = jsonReport('2021-04-11');
  assert.equal(report.asOf, '2021-04-11');
  assert.deepEqual(report.indicators.map((row) => [row.id, row.value, row.expected, row.percent, row.status]), [
    ['ladder-declaration', 13, 20, 65, 'off-track'],
    ['ladder-workshop', 8, 8, 100, 'achieved'],
    ['workshops', 2, 4, 50, 'off-track'],
    ['ambassadors', 1, 2, 50, 'off-track'],
    ['website-visitors', 80, 100, 80, 'behind'],
    ['initiatives-in-call', 1, 4, 25, 'off-track'],
  ]);
});

test('report on broken content exits 1 with the problems on stderr and no stack trace', () => {
  const run = runCli('report.ts', ['--content', 'tests/fixtures/invalid/bad-date', '--format', 'json']);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /actors\/geen-datum\.md:5:11  declaration\.signed: .*\[bad-date\]/);
  assert.equal(hasStackTrace(run.stderr), false, run.stderr);
});
