// Times checkSite and buildView apart on one content folder (wall and CPU ms, peak memory), and can
// write both results as JSON to compare a change byte for byte:
//   node --import tsx scripts/bench/time-view.ts CONTENT [--snapshot FILE]
// It only reads the content folder (checkSite writes no lock files), so the shared bench folders can be passed as they are.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { peakRssMB } from './measurement.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { snapshot: { type: 'string' } } });
const contentDir = positionals[0];
if (!contentDir) {
  console.error('gebruik: node --import tsx scripts/bench/time-view.ts INHOUDSMAP [--snapshot BESTAND]');
  process.exit(2);
}

const { checkSite } = await import('../../src/site/check-site.ts');
const { buildView } = await import('../../src/site/build-view.ts');

/** Wall and CPU milliseconds (all threads, user and system) of one call. */
async function timed<T>(run: () => T | Promise<T>): Promise<{ result: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, wallMs: Math.round(wallMs), cpuMs: Math.round((used.user + used.system) / 1000) };
}

const check = await timed(() => checkSite({ contentDir }));
if (!check.result.ok) {
  console.error(`checkSite vond ${check.result.problems.length} problemen`);
  process.exit(1);
}
const { model, urls } = check.result;
const view = await timed(() => buildView(model));
console.log(
  JSON.stringify({
    check: { wallMs: check.wallMs, cpuMs: check.cpuMs },
    view: { wallMs: view.wallMs, cpuMs: view.cpuMs },
    pages: view.result.pages.length,
    files: view.result.files.length,
    maxRssMB: peakRssMB(),
  }),
);
if (values.snapshot) {
  // Maps and Sets as their entries, so that a change in them shows in the comparison.
  const replacer = (_key: string, value: unknown) => (value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value);
  await writeFile(values.snapshot, JSON.stringify({ model, urls, view: view.result }, replacer, 1));
}
