import { parseArgs } from 'node:util';
import { isCalendarDate } from '../schema/fields.ts';
import { nl } from '../messages/nl.ts';

/** Options every command shares. */
export interface CommandOptions {
  contentDir: string;
  asOf?: string;
  format: string;
  /** Command-specific flags, by name. */
  values: Record<string, string | boolean | undefined>;
}

/** A command-line mistake: printed as one Dutch line, exit status 2, no stack trace. */
export class UsageError extends Error {}

/** The options a command takes, as node's parseArgs reads them. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;

/** An option as the help shows it: `--content MAP`, `--format text|json`, `--keep`. */
function optionUsage(name: string, spec: OptionSpec, formats: readonly string[]): string {
  if (spec[name]?.type === 'boolean') return `--${name}`;
  const value = name === 'format' && formats.length > 0 ? formats.join('|') : (nl.options.placeholders[name] ?? nl.options.value);
  return `--${name} ${value}`;
}

/** Every option of a command as one Dutch list: `--content MAP, --as-of JJJJ-MM-DD, --format text|json`. */
export function describeOptions(spec: OptionSpec, formats: readonly string[] = []): string {
  const names = Object.keys(spec).filter((name) => name !== 'format' || formats.length > 1);
  return names.length === 0 ? nl.options.none : names.map((name) => optionUsage(name, spec, formats)).join(', ');
}

/**
 * node's parseArgs error as a Dutch usage error: which option or argument, what is wrong with it,
 * and every option this command takes. Anything that is not a parseArgs error is thrown on.
 */
export function optionError(error: unknown, spec: OptionSpec, formats: readonly string[] = []): UsageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
  const message = (error as Error).message;
  const accepted = describeOptions(spec, formats);
  const option = /'(-{1,2}[^' =]+)/.exec(message)?.[1] ?? '';
  const name = option.replace(/^-+/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(nl.options.unknown(option, accepted));
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return new UsageError(nl.options.positional(/'(.*)'/.exec(message)?.[1] ?? '', accepted));
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && spec[name]) {
    return new UsageError(spec[name].type === 'boolean' ? nl.options.noValue(option) : nl.options.missingValue(option, optionUsage(name, spec, formats)));
  }
  return new UsageError(nl.options.unreadable(accepted));
}

/** The options every command shares; `--format` only counts for a command with more than one format. */
const SHARED_OPTIONS: OptionSpec = { content: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' } };

/**
 * Reads `--content DIR`, `--as-of YYYY-MM-DD` (or AS_OF) and `--format` plus a command's own
 * options; refuses unknown options, positional arguments, empty values and unknown formats in Dutch.
 */
export function readOptions(argv: string[], formats: readonly string[], extra: OptionSpec = {}): CommandOptions {
  const spec: OptionSpec = { ...SHARED_OPTIONS, ...extra };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: spec, allowPositionals: false, strict: true });
  } catch (error) {
    throw optionError(error, spec, formats);
  }
  const { values } = parsed;
  for (const [name, value] of Object.entries(values)) {
    // `--content=` parses as an empty string; it would quietly mean the current folder.
    if (value === '') throw new UsageError(nl.options.missingValue(`--${name}`, optionUsage(name, spec, formats)));
  }
  const asOf = (values['as-of'] as string | undefined) ?? (process.env.AS_OF || undefined);
  if (asOf !== undefined && !isCalendarDate(asOf)) throw new UsageError(nl.cli.badAsOf(asOf));
  const format = (values.format as string | undefined) ?? formats[0] ?? 'text';
  if (!formats.includes(format)) throw new UsageError(nl.cli.badFormat(format, formats));
  return {
    contentDir: (values.content as string | undefined) ?? 'content',
    ...(asOf ? { asOf } : {}),
    format,
    values: values as CommandOptions['values'],
  };
}

/** Runs a command's main function, turning usage errors into one line and exit status 2. */
export async function runCommand(main: () => Promise<number>): Promise<void> {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
