import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { buildView } from '../../src/site/build-view.ts';
import { checkSite } from '../../src/site/check-site.ts';
import { entryView } from '../../src/site/entry-view.ts';
import { FIXTURE_DIR } from './support/fixture-site.ts';

/** The fixture site's model, as the dev server checks it. */
async function fixtureModel() {
  const result = await checkSite({ contentDir: FIXTURE_DIR });
  if (!result.ok) assert.fail(result.problems.map((problem) => problem.message).join('\n'));
  return result.model;
}

test("an initiative's file gives exactly its page, equal to the one buildView makes, frame included", async () => {
  const model = await fixtureModel();
  const entry = entryView(model, path.join(FIXTURE_DIR, 'initiatives/muziek-zonder-grenzen.md'));
  const full = buildView(model);
  assert.deepEqual(
    entry?.pages.map((page) => page.url),
    ['/initiatieven/muziek-zonder-grenzen/'],
  );
  assert.deepEqual(entry.pages[0], full.pages.find((page) => page.url === '/initiatieven/muziek-zonder-grenzen/'));
  assert.deepEqual(entry.chrome, full.chrome);
});

test("an event's file gives exactly its page, equal to the one buildView makes; a relative path finds it too", async () => {
  const model = await fixtureModel();
  const entry = entryView(model, path.relative(process.cwd(), path.join(FIXTURE_DIR, 'events/workshop-2025-01-20.md')));
  const full = buildView(model);
  assert.deepEqual(
    entry?.pages.map((page) => page.url),
    ['/activiteiten/workshop-2025-01-20/'],
  );
  assert.deepEqual(entry.pages[0], full.pages.find((page) => page.url === '/activiteiten/workshop-2025-01-20/'));
});

test("an actor's file gives its page, equal to the one buildView makes; an actor without consent, who has no page, gives nothing", async () => {
  const model = await fixtureModel();
  const named = model.actors.find((actor) => actor.public)!;
  const entry = entryView(model, named.file);
  const full = buildView(model);
  assert.deepEqual(
    entry?.pages.map((page) => page.url),
    [`/actoren/${named.slug}/`],
  );
  assert.deepEqual(entry.pages[0], full.pages.find((page) => page.url === `/actoren/${named.slug}/`));
  const hidden = model.actors.find((actor) => !actor.public)!;
  assert.equal(entryView(model, hidden.file), undefined);
});

test('a file that is no initiative, event or actor gives nothing: site.yaml, an ambassador, a file that is not there', async () => {
  const model = await fixtureModel();
  assert.equal(entryView(model, path.join(FIXTURE_DIR, 'site.yaml')), undefined);
  assert.equal(entryView(model, model.ambassadors[0]!.file), undefined);
  assert.equal(entryView(model, path.join(FIXTURE_DIR, 'initiatives/bestaat-niet.md')), undefined);
});
