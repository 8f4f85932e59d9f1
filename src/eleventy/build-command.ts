import { formatProblems } from '../cli/format-problems.ts';
import { readOptions, runCommand, UsageError } from '../cli/options.ts';
import { readSigningKey } from '../credentials/signing-key.ts';
import { nl } from '../messages/nl.ts';
import { buildSite } from './build.ts';

/** `npm run build`: check, render and index the site into _site/ (or --out DIR), keeping the content folder's urls.lock.json (or --lock FILE). */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), ['text'], { out: { type: 'string' }, lock: { type: 'string' } });
  // A key in the wrong place is refused before anything is built: a secret must never end up in Git.
  const key = await readSigningKey(process.env, [options.contentDir]);
  if (!key.ok) throw new UsageError(key.message);
  const started = performance.now();
  const result = await buildSite({
    ...(key.key ? { signingKey: key.key } : {}),
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
  const { credentials } = result;
  if (credentials.credentials > 0 || credentials.signed) {
    const perCredential = credentials.stats.signed > 0 ? Math.round(credentials.stats.milliseconds / credentials.stats.signed) : 0;
    process.stdout.write(
      `${credentials.signed ? nl.credentials.buildSigned(credentials.credentials, credentials.stats.signed, credentials.stats.cached, perCredential) : nl.credentials.buildUnsigned(credentials.credentials)}\n`,
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Site gebouwd in ${result.outputDir} (stand van zaken op ${result.model.asOf}) in ${seconds} s.\n`);
  return 0;
}

await runCommand(main);
