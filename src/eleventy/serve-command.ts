import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { formatProblemLine } from '../cli/format-problems.ts';
import { readOptions, runCommand, UsageError } from '../cli/options.ts';
import { nl } from '../messages/nl.ts';
import { DEFAULT_CACHE_DIR } from './cache-folder.ts';
import { DEFAULT_DEV_SITE, prepareDevFolder } from './dev-output-folder.ts';
import { startDevSession, type DevRebuild } from './dev-session.ts';

/** Reads `--port`: a whole number from 1 to 65535. */
function readPort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new UsageError(nl.devServer.badPort(value));
  return port;
}

/** Prints what a rebuild ended with: the problems on every rebuild until they are fixed, then that they are. */
function printRebuild(rebuild: DevRebuild): void {
  if (!rebuild.ok) {
    const lines = rebuild.problems.map(formatProblemLine).join('\n');
    process.stderr.write(`\n${lines}\n\n${nl.cli.problemCount(rebuild.problems.length)} ${nl.devServer.problemsStill}\n`);
    return;
  }
  if (rebuild.entryPages) {
    process.stdout.write(`${nl.devServer.pageRebuilt(rebuild.entryPages)}\n`);
    return;
  }
  if (rebuild.fixed) process.stdout.write(`${nl.devServer.problemsFixed}\n`);
  process.stdout.write(`${nl.devServer.rebuilt(rebuild.asOf)}\n`);
  if (rebuild.searchPending) process.stdout.write(`${nl.devServer.searchCatchingUp}\n`);
}

/**
 * `npm start`: builds the site from content/ into .cache/dev-site/ (or --out DIR; drawn PNGs kept in
 * .cache/png/, or under --cache DIR) and serves it
 * with live reload. Every change under content/ or layouts/ rebuilds; while content has problems,
 * every page shows them and the terminal lists them after each rebuild. SIGINT and SIGTERM stop it.
 */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), ['text'], { port: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' } });
  const port = readPort((options.values.port as string | undefined) ?? process.env.PORT ?? '8080');
  const out = options.values.out as string | undefined;
  const outputDir = path.resolve(out ?? DEFAULT_DEV_SITE);
  const prepared = await prepareDevFolder(outputDir, out === undefined);
  if (!prepared.ok) throw new UsageError(nl.devServer.foreignFolder(prepared.folder));
  const session = startDevSession({
    contentDir: options.contentDir,
    outputDir,
    cacheDir: path.resolve((options.values.cache as string | undefined) ?? DEFAULT_CACHE_DIR),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(process.env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH } : {}),
    announce: (url) => {
      const shown = path.relative(process.cwd(), outputDir) || '.';
      process.stdout.write(`${nl.devServer.serving(url, shown.startsWith('..') ? outputDir : shown)}\n`);
    },
    report: printRebuild,
    reportSearch: (error) =>
      error === undefined
        ? process.stdout.write(`${nl.devServer.searchUpdated}\n`)
        : process.stderr.write(`${nl.devServer.searchFailed(String((error as Error)?.message ?? error))}\n`),
    reportRequestError: (requestPath, error) => process.stderr.write(`${nl.devServer.requestFailed(requestPath, String((error as Error)?.stack ?? error))}\n`),
  });
  const eleventy = new Eleventy('layouts', outputDir, { configPath: '.eleventy.js', runMode: 'serve', source: 'cli', quietMode: true });
  let stoppingSince: number | undefined;
  const stop = () => {
    // tsx relays the signal the whole process group already got, so one Ctrl+C can arrive twice
    // within moments; only a second signal after that means: stop now.
    if (stoppingSince !== undefined) {
      if (Date.now() - stoppingSince > 1000) process.exit(130);
      return;
    }
    stoppingSince = Date.now();
    // A search index still being written is finished first, so Pagefind's own process ends with ours.
    const indexing = session.search.running?.catch(() => {}) ?? Promise.resolve();
    void Promise.all([eleventy.stopWatch(), indexing]).then(
      () => {
        process.stdout.write(`${nl.devServer.stopped}\n`);
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await eleventy.init();
  // watch() hands back its rebuild function; Eleventy itself only logs a deleted file, but a deleted entry changes the site as much as an edited one.
  const rebuild = (await eleventy.watch()) as unknown as (file: string) => Promise<void>;
  // After an edit that showed one entry's pages first, the rest of the site is built in a run of its own, through the same queue.
  session.requestRun = (file) => void rebuild(file);
  (eleventy as unknown as { watcher: { on(event: 'unlink', listener: (file: string) => void): void } }).watcher.on('unlink', (file) => void rebuild(file));
  await eleventy.serve(port);
  return 0;
}

await runCommand(main);
