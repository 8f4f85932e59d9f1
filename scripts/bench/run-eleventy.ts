// Child process: builds a bare Eleventy project and prints a Measurement as JSON, so that its memory
// and module cache stay apart from the benchmark driver and from the check.
import { peakRssMB, roundMs } from './measurement.ts';
import type { Measurement } from './measurement.ts';

interface EleventyInstance {
  write(): Promise<unknown>;
}
type EleventyConstructor = new (input: string, output: string, options: { quietMode: boolean; configPath: string }) => EleventyInstance;

const [input, output, configPath] = process.argv.slice(2);
if (!input || !output || !configPath) {
  console.error('gebruik: node --import tsx scripts/bench/run-eleventy.ts INVOER UITVOER CONFIG');
  process.exit(2);
}

// Eleventy ships no type declarations; a non-literal specifier keeps the compiler from looking for
// them, and the tiny interface above states the only API the baseline uses.
const eleventyModule: string = '@11ty/eleventy';
const importStart = performance.now();
const { default: Eleventy } = (await import(eleventyModule)) as { default: EleventyConstructor };
const importMs = performance.now() - importStart;

const start = performance.now();
const elev = new Eleventy(input, output, { quietMode: true, configPath });
await elev.write();
const ms = performance.now() - start;

const measurement: Measurement = { ms: roundMs(ms), importMs: roundMs(importMs), maxRssMB: peakRssMB(), ok: true, problems: 0 };
console.log(JSON.stringify(measurement));
