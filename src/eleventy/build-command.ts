import { formatProblems } from '../cli/format-problems.ts';
import { readOptions, runCommand } from '../cli/options.ts';
import { buildSite } from './build.ts';

/** `npm run build`: check, render and index the site into _site/ (or --out DIR), keeping the content folder's urls.lock.json (or --lock FILE). */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), ['text'], { out: { type: 'string' }, lock: { type: 'string' } });
  const started = performance.now();
  const result = await buildSite({
    contentDir: options.contentDir,
    outputDir: (options.values.out as string | undefined) ?? '_site',
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.values.lock ? { lockFile: options.values.lock as string } : {}),
    ...(process.env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH } : {}),
  });
  if (!result.ok) {
    process.stderr.write(formatProblems(result.problems, 'text'));
    process.stderr.write('De site is niet gebouwd; de vorige versie in _site/ blijft staan.\n');
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Site gebouwd in ${result.outputDir} (stand van zaken op ${result.model.asOf}) in ${seconds} s.\n`);
  return 0;
}

await runCommand(main);
