// Child process: builds a bare Eleventy project (and with --pagefind indexes it with Pagefind's Node
// API, as a team would build such a site without this product) and prints a Measurement as JSON, so
// that its memory and module cache stay apart from the benchmark driver and from the check.
import { join } from 'node:path';
import { cpuMs, peakRssMB, roundMs } from './measurement.ts';
import type { Measurement } from './measurement.ts';

interface EleventyInstance {
  write(): Promise<unknown>;
}
type EleventyConstructor = new (input: string, output: string, options: { quietMode: boolean; configPath: string }) => EleventyInstance;

const [input, output, configPath, flag] = process.argv.slice(2);
if (!input || !output || !configPath || (flag !== undefined && flag !== '--pagefind')) {
  console.error('gebruik: node --import tsx scripts/bench/run-eleventy.ts INVOER UITVOER CONFIG [--pagefind]');
  process.exit(2);
}

// Eleventy ships no type declarations; a non-literal specifier keeps the compiler from looking for
// them, and the tiny interface above states the only API the baseline uses.
const eleventyModule: string = '@11ty/eleventy';
const importStart = performance.now();
const { default: Eleventy } = (await import(eleventyModule)) as { default: EleventyConstructor };
const pagefind = flag ? await import('pagefind') : undefined;
const importMs = performance.now() - importStart;

const start = performance.now();
const elev = new Eleventy(input, output, { quietMode: true, configPath });
await elev.write();
const eleventyMs = performance.now() - start;
if (pagefind) {
  // The CLI's defaults, through the API: every HTML file of the output, the index beside it.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index || errors.length) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: output });
  if (added.errors.length || added.page_count === 0) throw new Error(`Pagefind: ${added.errors.join('\n') || 'geen pagina’s'}`);
  const written = await index.writeFiles({ outputPath: join(output, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  await pagefind.close();
}
const ms = performance.now() - start;

const measurement: Measurement = {
  ms: roundMs(ms),
  importMs: roundMs(importMs),
  maxRssMB: peakRssMB(),
  ok: true,
  problems: 0,
  cpuMs: cpuMs(),
  ...(pagefind ? { phases: { eleventy: roundMs(eleventyMs), pagefind: roundMs(ms - eleventyMs) } } : {}),
};
console.log(JSON.stringify(measurement));
