import { checkSite } from '../site/check-site.ts';
import { checkedCounts, checkOkLine } from './check-summary.ts';
import { formatProblems, PROBLEM_FORMATS } from './format-problems.ts';
import { readOptions, runCommand } from './options.ts';

/** `npm run check`: the build's own verdict (checkSite) on the content folder; prints every problem, exit 1 on any. */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), PROBLEM_FORMATS, { lock: { type: 'string' } });
  const format = options.format as (typeof PROBLEM_FORMATS)[number];
  const result = await checkSite({
    contentDir: options.contentDir,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.values.lock ? { lockFile: options.values.lock as string } : {}),
  });
  if (!result.ok) {
    process.stdout.write(formatProblems(result.problems, format));
    return 1;
  }
  const { model } = result;
  if (format === 'json') process.stdout.write(`${JSON.stringify({ ok: true, count: 0, problems: [], checked: checkedCounts(model) }, null, 2)}\n`);
  else if (format === 'text') process.stdout.write(`${checkOkLine(model)}\n`);
  return 0;
}

await runCommand(main);
