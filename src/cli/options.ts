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

/**
 * Reads `--content DIR`, `--as-of YYYY-MM-DD` (or AS_OF) and `--format` plus a command's own
 * string options; refuses unknown options and formats.
 */
export function readOptions(argv: string[], formats: readonly string[], extra: Record<string, { type: 'string' | 'boolean' }> = {}): CommandOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { content: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' }, ...extra },
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(nl.cli.badOption((error as Error).message));
  }
  const { values } = parsed;
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
