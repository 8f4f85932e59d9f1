import { todayInBrussels } from '../compute/dates.ts';
import { nl } from '../messages/nl.ts';
import { isCalendarDate } from '../schema/fields.ts';
import { verifyVisibility } from '../visibility/verify-visibility.ts';
import { readOptions, runCommand, UsageError } from './options.ts';
import { verifyReport } from './verify-visibility-report.ts';

const t = nl.visibility;

/** `npm run verify-visibility [-- --content DIR] [--date YYYY-MM-DD]`: checks every public actor's badge page and records it in visibility.yaml. */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), ['text'], { date: { type: 'string' } });
  const given = options.values.date;
  if (typeof given === 'string' && !isCalendarDate(given)) throw new UsageError(t.badDate(given));
  const date = typeof given === 'string' ? given : todayInBrussels();
  const report = verifyReport(await verifyVisibility({ contentDir: options.contentDir, date }), date);
  process.stdout.write(report.stdout);
  process.stderr.write(report.stderr);
  return report.code;
}

await runCommand(main);
