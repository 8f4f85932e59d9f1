import { parseArgs } from 'node:util';
import { optionError, type OptionSpec } from '../../src/cli/options.ts';
import { DEFAULT_SEED } from './generate-content.ts';
import { MIN_ENTRIES } from './split-entries.ts';

/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  entries: number;
  /** How many times to run each measurement; times are the median, memory the maximum. */
  runs: number;
  seed: number;
  format: 'table' | 'json';
  /** A content folder to measure instead of generated content. */
  content: string | undefined;
  /** The folder to work in instead of a temporary one. */
  out: string | undefined;
  keep: boolean;
  /** Leave out the build from an empty cache (the slowest measurement: every PNG drawn). */
  skipCold: boolean;
  /** Leave out the dev server's edit-to-reload time. */
  skipDev: boolean;
  /** A cache folder kept between runs (as CI keeps .cache/): never emptied, so no cold build is measured. */
  cache: string | undefined;
  help: boolean;
}

/** The command-line help. */
export const USAGE = `gebruik: npm run bench -- [--entries AANTAL] [--content MAP] [--runs AANTAL] [--seed GETAL] [--format table|json] [--out MAP] [--keep] [--skip-cold] [--skip-dev] [--cache MAP]

  --entries AANTAL  hoeveel Markdown-bestanden er gemaakt worden (standaard 4000, minstens ${MIN_ENTRIES})
  --content MAP     meet deze inhoudsmap in plaats van gemaakte inhoud (niet samen met --entries of --seed)
  --runs AANTAL     voer elke meting AANTAL keer uit en toon de mediaan (standaard 1); de basis en de
                    build met gevulde cache wisselen elkaar af, de verhouding is de mediaan per paar
  --seed GETAL      startgetal van de inhoudsgenerator (standaard ${DEFAULT_SEED})
  --format F        table (standaard) of json
  --out MAP         werk in MAP (leeg of nog niet bestaand) in plaats van een tijdelijke map
  --keep            bewaar de gemaakte inhoud en het Eleventy-project achteraf
  --skip-cold       meet de build niet met een lege cache (elke PNG opnieuw getekend)
  --skip-dev        meet de ontwikkelserver (npm start) niet
  --cache MAP       houd de getekende PNG's in MAP bij, over runs heen (zoals CI .cache/ bewaart); MAP
                    wordt nooit geleegd, dus de build met een lege cache wordt niet gemeten`;

/** The options of `npm run bench`, as parseArgs reads them. */
export const BENCH_OPTIONS = {
  entries: { type: 'string' },
  content: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  keep: { type: 'boolean' },
  'skip-cold': { type: 'boolean' },
  'skip-dev': { type: 'boolean' },
  cache: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

function wholeNumber(name: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new TypeError(`--${name} moet een geheel getal zijn, niet "${value}".`);
  return number;
}

/** Reads the command line; throws an Error with a Dutch message on anything it cannot use. */
export function parseOptions(args: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: BENCH_OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw optionError(error, BENCH_OPTIONS, ['table', 'json']);
  }
  if (values.content !== undefined && (values.entries !== undefined || values.seed !== undefined)) {
    throw new TypeError('--content meet een bestaande map; --entries en --seed gelden alleen voor gemaakte inhoud. Kies het een of het ander.');
  }
  if (values.cache === '') throw new TypeError('De optie --cache heeft een waarde nodig, bijvoorbeeld --cache .cache.');
  if (values.content === '') throw new TypeError('De optie --content heeft een waarde nodig, bijvoorbeeld --content content.');
  const entries = wholeNumber('entries', values.entries ?? '4000');
  if (entries < MIN_ENTRIES) throw new TypeError(`--entries moet minstens ${MIN_ENTRIES} zijn, niet ${entries}.`);
  const runs = wholeNumber('runs', values.runs ?? '1');
  if (runs < 1) throw new TypeError('--runs moet minstens 1 zijn.');
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new TypeError(`--format "${format}" bestaat niet. Kies uit: table, json.`);
  return {
    entries,
    runs,
    seed: wholeNumber('seed', values.seed ?? String(DEFAULT_SEED)),
    format,
    content: values.content,
    out: values.out,
    keep: values.keep ?? false,
    // A kept cache is never emptied, so there is no cold build to measure.
    skipCold: (values['skip-cold'] ?? false) || values.cache !== undefined,
    skipDev: values['skip-dev'] ?? false,
    cache: values.cache,
    help: values.help ?? false,
  };
}
