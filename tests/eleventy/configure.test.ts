import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configure } from '../../src/eleventy/configure.ts';
import type { PrintedView } from '../../src/eleventy/dev-outputs.ts';
import { startDevSession } from '../../src/eleventy/dev-session.ts';
import type { Chrome } from '../../src/site/view.ts';

/** The file watcher's options configure sets. */
let chokidar: Record<string, unknown> | undefined;

/** The handlers configure registers, by event name; every other config call does nothing. */
function configured(): Map<string, (arg: unknown) => unknown> {
  const handlers = new Map<string, (arg: unknown) => unknown>();
  const ignore = () => {};
  configure({
    setChokidarConfig: (options) => void (chokidar = options),
    setLibrary: ignore,
    addGlobalData: ignore,
    addPassthroughCopy: ignore,
    addWatchTarget: ignore,
    addPlugin: ignore,
    setServerOptions: ignore,
    setNunjucksEnvironmentOptions: ignore,
    addFilter: ignore,
    on: (event, handler) => void handlers.set(event, handler as (arg: unknown) => unknown),
  });
  return handlers;
}

/** A view of one page and one file. */
const view: PrintedView = {
  chrome: { name: 'Testpact' } as Chrome,
  pages: [{ url: '/', template: 'home', title: 'Testpact', documentTitle: 'Testpact', description: '', breadcrumbs: [], data: {} }],
  files: [{ url: '/site.css', content: 'body{}' }],
  feeds: { initiatives: [], events: [] },
};

for (const { contentDir, inside } of [
  { contentDir: '/srv/site/content', inside: '/srv/site/content/initiatives/a.md' },
  { contentDir: 'content', inside: './content/initiatives/a.md' },
]) {
  test(`with the content in ${contentDir}: an edit inside it prints only what changed, an edit to a layout or asset prints everything`, () => {
    const session = startDevSession({ contentDir, outputDir: '/srv/site/.cache/dev-site', cacheDir: '/srv/site/.cache', announce: () => {}, report: () => {}, reportRequestError: () => {} });
    const beforeWatch = configured().get('eleventy.beforeWatch');
    assert.ok(beforeWatch);
    session.outputs.record(session.outputs.changed(view));

    beforeWatch([inside]);
    assert.deepEqual(session.outputs.changed(view).pages, [], 'a content edit keeps what the folder holds');
    assert.deepEqual(session.changed, [inside], 'the run knows the file it was started for');

    beforeWatch([inside, './layouts/_includes/base.njk']);
    assert.deepEqual(session.outputs.changed(view), view, 'a layout among the changes prints everything');
    session.outputs.record(view);

    beforeWatch(['./assets/site.css']);
    assert.deepEqual(session.outputs.changed(view), view, 'an asset prints everything too');
    session.outputs.record(view);

    beforeWatch([`${inside.replace('/content/', '/content-old/')}`]);
    assert.deepEqual(session.outputs.changed(view), view, 'a folder whose name only starts like the content folder is outside it');
  });
}

test('a saved file is picked up once its size stood still for 50 ms, checked every 10 ms (Eleventy waits 150 ms)', () => {
  configured();
  assert.deepEqual(chokidar, { awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
});
