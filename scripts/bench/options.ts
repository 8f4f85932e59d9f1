import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generate-content.ts';
import { MIN_ENTRIES } from './split-entries.ts';

/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  entries: number;
  /** How many times to run each measurement; times are the median, memory the maximum. */
  runs: number;
  seed: number;
  format: 'table' | 'json';
  /** The folder to work in instead of a temporary one. */
  out: string | undefined;
  keep: boolean;
  help: boolean;
}

/** The command-line help. */
export const USAGE = `usage: npm run bench -- [--entries N] [--runs N] [--seed N] [--format table|json] [--out DIR] [--keep]

  --entries N    how many Markdown entries to generate (default 4000, at least ${MIN_ENTRIES})
  --runs N       run each measurement N times and report the median time (default 1)
  --seed N       seed of the content generator (default ${DEFAULT_SEED})
  --format F     table (default) or json
  --out DIR      work in DIR (absent or empty) instead of a temporary folder
  --keep         keep the generated content and Eleventy project afterwards`;

function wholeNumber(name: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new TypeError(`--${name} must be a whole number, got "${value}".`);
  return number;
}

/** Reads the command line; throws a TypeError with a readable message on anything it cannot use. */
export function parseOptions(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      entries: { type: 'string', default: '4000' },
      runs: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      format: { type: 'string', default: 'table' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const entries = wholeNumber('entries', values.entries);
  if (entries < MIN_ENTRIES) throw new TypeError(`--entries must be at least ${MIN_ENTRIES}, got ${entries}.`);
  const runs = wholeNumber('runs', values.runs);
  if (runs < 1) throw new TypeError('--runs must be at least 1.');
  if (values.format !== 'table' && values.format !== 'json') throw new TypeError(`--format must be table or json, got "${values.format}".`);
  return { entries, runs, seed: wholeNumber('seed', values.seed), format: values.format, out: values.out, keep: values.keep, help: values.help };
}
