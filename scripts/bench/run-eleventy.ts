// Child process: builds a bare Eleventy project (and with --pagefind indexes it with Pagefind's command
// line, as a team would build such a site without this product and as the build itself runs Pagefind)
// and prints a Measurement as JSON, so that its memory and module cache stay apart from the benchmark
// driver and from the check.
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
const pagefind = flag ? await import('../../src/eleventy/pagefind-command.ts') : undefined;
const importMs = performance.now() - importStart;

const start = performance.now();
const elev = new Eleventy(input, output, { quietMode: true, configPath });
await elev.write();
const eleventyMs = performance.now() - start;
if (pagefind) {
  // Pagefind's defaults: every HTML file of the output, the index beside it.
  const { pages } = await pagefind.runPagefind({ site: output, outputPath: join(output, 'pagefind'), language: 'nl' });
  if (pages === 0) throw new Error('Pagefind: geen pagina’s');
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
