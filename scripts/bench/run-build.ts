// Child process: runs the project's full build (check, view, Eleventy, PNGs, URL check, Pagefind) on
// one content folder and prints a Measurement as JSON with the time of each step.
import { cpuMs, peakRssMB, roundMs } from './measurement.ts';
import type { Measurement } from './measurement.ts';

const [contentDir, outputDir, lockFile, cacheDir] = process.argv.slice(2);
if (!contentDir || !outputDir || !lockFile || !cacheDir) {
  console.error('gebruik: node --import tsx scripts/bench/run-build.ts INHOUDSMAP UITVOER LOCKBESTAND CACHEMAP');
  process.exit(2);
}

const importStart = performance.now();
const { buildSite } = await import('../../src/eleventy/build.ts');
const importMs = performance.now() - importStart;

const timings: Record<string, number> = {};
const start = performance.now();
const result = await buildSite({ contentDir, outputDir, lockFile, cacheDir, timings, quiet: true });
const ms = performance.now() - start;

const measurement: Measurement = {
  ms: roundMs(ms),
  importMs: roundMs(importMs),
  maxRssMB: peakRssMB(),
  ok: result.ok,
  problems: result.ok ? 0 : result.problems.length,
  cpuMs: cpuMs(),
  phases: timings,
};
if (!result.ok) {
  console.error(`De inhoud heeft ${result.problems.length} probleem/problemen.`);
  process.exitCode = 1;
}
console.log(JSON.stringify(measurement));
