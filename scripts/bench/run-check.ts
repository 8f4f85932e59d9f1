// Child process: runs the project's check on one content folder and prints a Measurement as JSON.
// Run apart from the benchmark driver so that its peak memory is the check's alone.
import type { Problem } from '../../src/problems/problem.ts';
import { cpuMs, peakRssMB, roundMs } from './measurement.ts';
import type { Measurement } from './measurement.ts';

// The generator must produce valid content; more than this many problems only hides the first cause.
const SHOWN_PROBLEMS = 10;

function describe(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}${problem.field ? ` ${problem.field}` : ''}`;
  return `  ${where} [${problem.code}] ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`;
}

const contentDir = process.argv[2];
if (!contentDir) {
  console.error('gebruik: node --import tsx scripts/bench/run-check.ts INHOUDSMAP');
  process.exit(2);
}

const importStart = performance.now();
// check's own verdict: prepareSite plus URL owners and the URL lock (src/site/check-site.ts).
const { checkSite } = await import('../../src/site/check-site.ts');
const importMs = performance.now() - importStart;

const start = performance.now();
const result = await checkSite({ contentDir });
const ms = performance.now() - start;

const measurement: Measurement = {
  ms: roundMs(ms),
  importMs: roundMs(importMs),
  maxRssMB: peakRssMB(),
  cpuMs: cpuMs(),
  ok: result.ok,
  problems: result.problems.length,
};
if (!result.ok) {
  console.error(`De inhoud heeft ${result.problems.length} probleem/problemen; de eerste ${Math.min(SHOWN_PROBLEMS, result.problems.length)}:`);
  for (const problem of result.problems.slice(0, SHOWN_PROBLEMS)) console.error(describe(problem));
  process.exitCode = 1;
}
console.log(JSON.stringify(measurement));
