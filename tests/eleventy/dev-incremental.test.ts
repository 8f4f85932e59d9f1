import assert from 'node:assert/strict';
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite } from '../../src/eleventy/build.ts';
import { nl } from '../../src/messages/nl.ts';
import { buildView } from '../../src/site/build-view.ts';
import { outputPath } from '../../src/site/routes.ts';
import type { SiteView } from '../../src/site/view.ts';
import { FIXTURE_DIR, REPO_ROOT, tempDir } from '../site/support/fixture-site.ts';
import { freePort, rawGet, startProcess, type DevServerProcess } from './support/dev-server.ts';

/** 2025-06-15 in Brussels: the fixture pins the same as-of date, so both builds compute the same day. */
const SOURCE_DATE_EPOCH = '1749988800';
const REBUILT = nl.devServer.rebuilt('2025-06-15');

let root: string;
let contentDir: string;
let devDir: string;
let cacheDir: string;
let server: DevServerProcess | undefined;

/** How often the server has printed `text` so far. */
function printed(text: string): number {
  return server!.output().split(text).length - 1;
}

/** Waits until the server has printed `text` `count` times. */
async function printedTimes(text: string, count: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (printed(text) < count) {
    if (Date.now() > deadline) throw new Error(`"${text}" not printed ${count} times after 120 s:\n${server!.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Changes the content folder with `edit` and waits for the rebuild it causes to be reported. */
async function afterEdit(edit: () => Promise<void>, report = REBUILT): Promise<void> {
  const count = printed(report);
  await edit();
  await printedTimes(report, count + 1);
}

/** An entry file of the content copy. */
const entry = (relative: string) => path.join(contentDir, relative);

/** Replaces `from` by `to` in a content file; fails when `from` is not in it. */
async function replaceIn(relative: string, from: string, to: string): Promise<void> {
  const text = await readFile(entry(relative), 'utf8');
  assert.ok(text.includes(from), `${relative} holds ${from}`);
  await writeFile(entry(relative), text.replace(from, to));
}

/** Every URL the view writes a file for: pages, files, feeds, PNGs and media. */
function writtenUrls(view: SiteView): string[] {
  return [...view.pages, ...view.files, ...view.feeds.initiatives, ...view.feeds.events, ...(view.rasters ?? []), ...(view.media ?? [])].map((output) => output.url);
}

/**
 * Builds the content copy as it is now with `npm run build`'s code into a fresh folder, and lists
 * the URLs whose file in the dev server's folder differs from the fresh build's (or is missing).
 */
async function differencesFromFreshBuild(): Promise<{ view: SiteView; differing: string[] }> {
  const fresh = await tempDir('dev-fresh');
  const result = await buildSite({ contentDir, outputDir: path.join(fresh, '_site'), quiet: true, sourceDateEpoch: SOURCE_DATE_EPOCH, lockFile: path.join(fresh, 'urls.lock.json'), cacheDir });
  if (!result.ok) assert.fail(`the content does not build:\n${result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`);
  const view = buildView(result.model);
  const differing: string[] = [];
  for (const url of writtenUrls(view)) {
    const [ours, theirs] = await Promise.all([readFile(path.join(devDir, outputPath(url))).catch(() => undefined), readFile(path.join(result.outputDir, outputPath(url)))]);
    if (!ours?.equals(theirs)) differing.push(url);
  }
  return { view, differing };
}

/** The modification time of each page's file in the dev server's folder, by URL. */
async function pageTimes(view: SiteView): Promise<Map<string, bigint>> {
  const times = new Map<string, bigint>();
  for (const page of view.pages) times.set(page.url, (await stat(path.join(devDir, outputPath(page.url)), { bigint: true })).mtimeNs);
  return times;
}

/** The URLs of pages whose file was written since `before` was taken. */
async function rewrittenSince(before: Map<string, bigint>, view: SiteView): Promise<string[]> {
  const now = await pageTimes(view);
  return view.pages.map((page) => page.url).filter((url) => now.get(url) !== before.get(url));
}

describe('the dev server after an edit', () => {
  let view: SiteView;

  before(async () => {
    if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
    root = await tempDir('dev-incremental');
    contentDir = path.join(root, 'content');
    devDir = path.join(root, 'dev-site');
    cacheDir = path.join(root, 'cache');
    await cp(FIXTURE_DIR, contentDir, { recursive: true });
    const port = await freePort();
    process.env.SOURCE_DATE_EPOCH = SOURCE_DATE_EPOCH;
    server = await startProcess(process.execPath, ['--import', 'tsx', 'src/eleventy/serve-command.ts', '--content', contentDir, '--out', devDir, '--cache', cacheDir, '--port', String(port)], {
      cwd: REPO_ROOT,
      port,
      readyText: 'De ontwikkelsite draait op',
      limitMs: 180_000,
    });
    const first = await differencesFromFreshBuild();
    assert.deepEqual(first.differing, [], 'the first build equals a fresh one');
    view = first.view;
  });

  after(async () => {
    await server?.stop();
  });

  test('a changed title: the first pass writes that page alone, with the title; after the full run every output equals a fresh build', async () => {
    const url = '/initiatieven/muziek-zonder-grenzen/';
    const times = await pageTimes(view);
    const full = printed(REBUILT);
    await afterEdit(() => replaceIn('initiatives/muziek-zonder-grenzen.md', 'title: Muziek zonder grenzen', 'title: Muziek over alle grenzen'), nl.devServer.pageRebuilt([url]));
    assert.ok((await readFile(path.join(devDir, outputPath(url)), 'utf8')).includes('<h1>Muziek over alle grenzen</h1>'), 'the page shows the new title at the first report');
    await printedTimes(REBUILT, full + 1);
    const now = await differencesFromFreshBuild();
    assert.deepEqual(now.differing, []);
    const rewritten = await rewrittenSince(times, now.view);
    // The full run starts after the first pass reported: what it writes is newer than the page the first pass wrote.
    const pageTime = (await pageTimes(now.view)).get(url)!;
    const atFirstPass = [];
    for (const other of rewritten) if ((await stat(path.join(devDir, outputPath(other)), { bigint: true })).mtimeNs <= pageTime) atFirstPass.push(other);
    assert.deepEqual(atFirstPass, [url], 'the first pass wrote the initiative page and nothing else, and the full run did not write it again');
    assert.ok(rewritten.includes('/initiatieven/'), 'the list that shows the title is written again by the full run');
    assert.ok(now.view.pages.some((page) => page.url === '/over/') && !rewritten.includes('/over/'), 'a page that does not show the title is not written again');
    assert.ok(rewritten.length < now.view.pages.length / 2, `${rewritten.length} of ${now.view.pages.length} pages written again`);
    view = now.view;
  });

  test('a deleted entry: its page answers 404 though its file stays, and every other output equals a fresh build', async () => {
    const url = '/activiteiten/workshop-2025-01-20/';
    assert.equal((await rawGet(server!.port, url)).status, 200);
    await afterEdit(() => rm(entry('events/workshop-2025-01-20.md')));
    const now = await differencesFromFreshBuild();
    assert.deepEqual(now.differing, []);
    assert.ok(!now.view.pages.some((page) => page.url === url), 'the view no longer declares the page');
    assert.equal((await rawGet(server!.port, url)).status, 404);
    view = now.view;
  });

  test('an added entry: its page is served, and every output equals a fresh build', async () => {
    await afterEdit(() =>
      writeFile(
        entry('initiatives/buurtfeest-zonder-drempels.md'),
        '---\ntitle: Buurtfeest zonder drempels\nsummary: Jeugdhuis De Tent nodigt de hele buurt uit.\nactors:\n  - jeugdhuis-de-tent\nthemes:\n  - diversiteit\nstatus: planned\nstart: 2025-09-01\n---\nEen feest voor iedereen uit de buurt.\n',
      ),
    );
    const now = await differencesFromFreshBuild();
    assert.deepEqual(now.differing, []);
    const answer = await rawGet(server!.port, '/initiatieven/buurtfeest-zonder-drempels/');
    assert.equal(answer.status, 200);
    assert.ok(answer.body.includes('Buurtfeest zonder drempels'));
    view = now.view;
  });

  test('a change to site.yaml that every page shows: every page is written again and equals a fresh build', async () => {
    const times = await pageTimes(view);
    const firstPasses = printed(nl.devServer.pageRebuilt(['']).split(':')[0]!);
    await afterEdit(() => replaceIn('site.yaml', 'publisher: vzw Testpact', 'publisher: vzw Testpact en partners'));
    assert.equal(printed(nl.devServer.pageRebuilt(['']).split(':')[0]!), firstPasses, 'no page is shown before the whole site');
    const now = await differencesFromFreshBuild();
    assert.deepEqual(now.differing, []);
    assert.deepEqual(await rewrittenSince(times, now.view), now.view.pages.map((page) => page.url));
    view = now.view;
  });

  test('a problem and its fix: the problems page meanwhile, then every output equals a fresh build', async () => {
    const file = 'initiatives/taalcafe-kaleidoscoop.md';
    const original = await readFile(entry(file), 'utf8');
    await afterEdit(() => replaceIn(file, 'status: running', 'status: misschien-ooit'), nl.devServer.problemsStill);
    assert.equal((await rawGet(server!.port, '/initiatieven/')).status, 503, 'every page shows the problems');
    await afterEdit(() => writeFile(entry(file), original));
    assert.ok(server!.output().includes(nl.devServer.problemsFixed));
    const now = await differencesFromFreshBuild();
    assert.deepEqual(now.differing, []);
    assert.equal((await rawGet(server!.port, '/')).status, 200);
  });
});
