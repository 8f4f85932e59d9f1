import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { finishDevRebuild } from '../../src/eleventy/dev-rebuild.ts';
import { newDevSession, type DevRebuild, type DevSession } from '../../src/eleventy/dev-session.ts';
import type { ViewState } from '../../src/eleventy/view-state.ts';
import { outputPath, routes } from '../../src/site/routes.ts';
import type { SiteView } from '../../src/site/view.ts';
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
