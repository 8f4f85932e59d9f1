import assert from 'node:assert/strict';
import { copyFile, cp, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { finishDevRebuild } from '../../src/eleventy/dev-rebuild.ts';
import { newDevSession, type DevRebuild, type DevSession } from '../../src/eleventy/dev-session.ts';
import type { ViewState } from '../../src/eleventy/view-state.ts';
import { outputPath, routes } from '../../src/site/routes.ts';
import type { SiteView } from '../../src/site/view.ts';
import { fixtureDir } from '../model/prepare-fixture.ts';
import { REPO_ROOT, tempDir } from '../site/support/fixture-site.ts';

/** The search fixture's two indexed pages and its 404 page, as Eleventy would have written them. */
const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/search/site');

/** The parts of a view finishDevRebuild reads: its pages, files, feeds, PNGs, media and as-of date. */
const state = { view: { pages: [{ url: '/a/' }, { url: '/b/' }], files: [], feeds: { initiatives: [], events: [] }, rasters: [], media: [], chrome: { asOf: '2024-05-01' } } as unknown as SiteView, problems: [] } satisfies ViewState;

/** A dev session on `outputDir` that records what it reports, in order. */
function sessionOn(outputDir: string, events: string[]): DevSession {
  return newDevSession({
    contentDir: 'content',
    outputDir,
    cacheDir: path.join(outputDir, '..', '.cache'),
    announce: () => {},
    report: (rebuild: DevRebuild) => events.push(rebuild.ok ? `rebuilt, search ${rebuild.searchPending ? 'pending' : 'ready'}` : 'problems'),
    reportSearch: (error) => events.push(error === undefined ? 'search updated' : `search failed: ${String(error)}`),
    reportRequestError: () => {},
  });
}

/** The words of the search vocabulary the index step writes beside the index. */
async function vocabulary(dir: string): Promise<string[]> {
  return Object.keys(JSON.parse(await readFile(path.join(dir, outputPath(routes.searchVocabulary)), 'utf8')));
}

test('the first rebuild reports with its search index written; a later one reports first and the index catches up after', async () => {
  const dir = path.join(await tempDir('dev-rebuild'), 'site');
  await cp(FIXTURE, dir, { recursive: true });
  const events: string[] = [];
  const session = sessionOn(dir, events);

  await finishDevRebuild(session, state);
  assert.deepEqual(events, ['rebuilt, search ready']);
  assert.equal(session.search.running, undefined, 'nothing left to index');
  assert.ok(!(await vocabulary(dir)).includes('tribune'));

  // An edit: a word only the new version of page a holds.
  const pageA = path.join(dir, 'a', 'index.html');
  await writeFile(pageA, (await readFile(pageA, 'utf8')).replace('</main>', '<p>tribune</p></main>'));
  await finishDevRebuild(session, state);
  assert.deepEqual(events, ['rebuilt, search ready', 'rebuilt, search pending'], 'the rebuild is reported before the index is rebuilt');
  assert.ok(session.search.running, 'the index is being rebuilt');
  await session.search.running;
  assert.deepEqual(events, ['rebuilt, search ready', 'rebuilt, search pending', 'search updated']);
  assert.ok((await vocabulary(dir)).includes('tribune'), 'the index holds the edit');
});

/** The modification time of a file, to the nanosecond. */
async function mtimeOf(file: string): Promise<bigint> {
  return (await stat(file, { bigint: true })).mtimeNs;
}

test('a rebuild writes only the PNGs whose SVG changed, copies only media whose file changed, and reads 404.html only when Eleventy wrote it', async () => {
  const root = await tempDir('dev-rebuild-outputs');
  const dir = path.join(root, 'site');
  const content = path.join(root, 'content');
  await cp(FIXTURE, dir, { recursive: true });
  await mkdir(path.join(content, 'media'), { recursive: true });
  await copyFile(path.join(fixtureDir('media'), 'ok.png'), path.join(content, 'media', 'ok.png'));
  // Saved a minute ago: a file saved within the last seconds is copied again on every rebuild.
  const minuteAgo = new Date(Date.now() - 60_000);
  await utimes(path.join(content, 'media', 'ok.png'), minuteAgo, minuteAgo);
  const session = { ...sessionOn(dir, []), contentDir: content };
  const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="${text}"/></svg>`;
  const view = (fill: string, notFound = true) =>
    ({
      ...state,
      view: { ...state.view, rasters: [{ url: '/a/badge.png', svg: svg('#1d4f91') }, { url: '/b/badge.png', svg: svg(fill) }], media: [{ src: 'media/ok.png', url: '/media/ok.png' }] } as SiteView,
      printed: { ...state.view, pages: notFound ? [{ url: '/404.html' }] : [] } as unknown as SiteView,
    }) satisfies ViewState;

  await finishDevRebuild(session, view('#b0400b'));
  await session.search.running;
  const [pngA, pngB, media] = ['a/badge.png', 'b/badge.png', 'media/ok.png'].map((file) => path.join(dir, file)) as [string, string, string];
  const times = async () => Promise.all([pngA, pngB, media].map(mtimeOf));
  const first = await times();

  await writeFile(path.join(dir, '404.html'), '<p>nieuw 404</p>');
  await finishDevRebuild(session, view('#b0400b', false));
  await session.search.running;
  assert.deepEqual(await times(), first, 'nothing changed: nothing written');
  assert.notEqual(session.pages?.notFound, '<p>nieuw 404</p>', 'the 404 page Eleventy did not write is not read again');

  await finishDevRebuild(session, view('#000000'));
  await session.search.running;
  const [a, b, m] = await times();
  assert.deepEqual([a === first[0], b === first[1], m === first[2]], [true, false, true], 'only the PNG whose SVG changed is written');
  assert.equal(session.pages?.notFound, '<p>nieuw 404</p>', 'the 404 page Eleventy wrote is read');

  await writeFile(path.join(content, 'media', 'ok.png'), await readFile(path.join(fixtureDir('media'), 'ok.png')));
  await utimes(path.join(content, 'media', 'ok.png'), minuteAgo, minuteAgo);
  await finishDevRebuild(session, view('#000000'));
  await session.search.running;
  assert.notEqual(await mtimeOf(media), m, 'the media file saved again is copied again');
});
