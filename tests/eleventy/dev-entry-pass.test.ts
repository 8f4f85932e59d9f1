import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { entryPassFile, finishEntryPass } from '../../src/eleventy/dev-entry-pass.ts';
import { DevOutputs } from '../../src/eleventy/dev-outputs.ts';
import { newDevSession, type DevRebuild, type DevSession } from '../../src/eleventy/dev-session.ts';
import { refreshViewState } from '../../src/eleventy/view-state.ts';
import { ParsedFileCache } from '../../src/load/parsed-file-cache.ts';
import { FIXTURE_DIR, tempDir } from '../site/support/fixture-site.ts';

const CONTENT = '/srv/inhoud';

/** A session on CONTENT after a valid build, started for `changed`, that asks for runs into `runs`. */
function sessionAfterBuild(changed: string[], runs: string[] = [], reports: DevRebuild[] = []): DevSession {
  const session = newDevSession({ contentDir: CONTENT, outputDir: '/srv/uit', cacheDir: '/srv/cache', announce: () => {}, report: (rebuild) => reports.push(rebuild), reportRequestError: () => {} });
  session.pages = { urls: new Set(['/']), notFound: '' };
  session.changed = changed;
  session.requestRun = (file) => runs.push(file);
  return session;
}

test('one Markdown file under the content folder, after a valid build, is shown first; a relative path is resolved', () => {
  assert.equal(entryPassFile(sessionAfterBuild([`${CONTENT}/initiatives/a.md`])), `${CONTENT}/initiatives/a.md`);
  const relative = path.relative(process.cwd(), `${CONTENT}/events/b.md`);
  assert.equal(entryPassFile(sessionAfterBuild([relative])), `${CONTENT}/events/b.md`);
});

test('everything else builds the whole site: the first build, problems, the run after a first pass, two files, zero files, YAML, a file outside content, no way to ask for a run', () => {
  const file = `${CONTENT}/initiatives/a.md`;
  const first = sessionAfterBuild([file]);
  first.pages = undefined;
  assert.equal(entryPassFile(first), undefined, 'the first build');
  const problems = sessionAfterBuild([file]);
  problems.problemsPage = '<p>fouten</p>';
  assert.equal(entryPassFile(problems), undefined, 'content had problems');
  const after = sessionAfterBuild([file]);
  after.fullPassNext = true;
  assert.equal(entryPassFile(after), undefined, 'the full run after a first pass');
  assert.equal(entryPassFile(sessionAfterBuild([file, `${CONTENT}/initiatives/b.md`])), undefined, 'two files');
  assert.equal(entryPassFile(sessionAfterBuild([])), undefined, 'no file');
  assert.equal(entryPassFile(sessionAfterBuild([`${CONTENT}/site.yaml`])), undefined, 'YAML');
  assert.equal(entryPassFile(sessionAfterBuild(['/srv/inhoud-oud/initiatives/a.md'])), undefined, 'beside the content folder');
  assert.equal(entryPassFile(sessionAfterBuild(['layouts/initiative.njk'])), undefined, 'a layout');
  const alone = sessionAfterBuild([file]);
  alone.requestRun = undefined;
  assert.equal(entryPassFile(alone), undefined, 'no Eleventy to ask for the full run');
});

test('finishing a first pass records its page, reports it, and asks for the full run of the same file', () => {
  const runs: string[] = [];
  const reports: DevRebuild[] = [];
  const session = sessionAfterBuild([`${CONTENT}/initiatives/a.md`], runs, reports);
  const page = { url: '/initiatieven/a/', template: 'initiative', title: 'A', documentTitle: 'A', description: '', breadcrumbs: [], data: {} };
  const view = { chrome: { asOf: '2025-06-15' }, pages: [page], files: [], feeds: { initiatives: [], events: [] } } as never;
  finishEntryPass(session, { view, problems: [], printed: view, entryPass: { file: `${CONTENT}/initiatives/a.md`, urls: ['/initiatieven/a/'] } });
  assert.deepEqual(reports, [{ ok: true, asOf: '2025-06-15', fixed: false, searchPending: false, entryPages: ['/initiatieven/a/'] }]);
  assert.deepEqual(runs, [`${CONTENT}/initiatives/a.md`]);
  assert.equal(session.fullPassNext, true);
  assert.equal(session.outputs.changed(view).pages.length, 0, 'the page is recorded as written');
});

test("an initiative's new title: the first pass builds that page alone, with the title; the full view shows it everywhere", async () => {
  const contentDir = path.join(await tempDir('dev-entry-pass'), 'content');
  await cp(FIXTURE_DIR, contentDir, { recursive: true });
  const outputs = new DevOutputs();
  const parsedFiles = new ParsedFileCache();
  const first = await refreshViewState({ contentDir, parsedFiles }, outputs);
  outputs.record(first.printed!);
  const servedUrls = new Set(first.view.pages.map((page) => page.url));
  const file = path.join(contentDir, 'initiatives/muziek-zonder-grenzen.md');
  await writeFile(file, (await readFile(file, 'utf8')).replace('title: Muziek zonder grenzen', 'title: Muziek over alle grenzen'));

  const pass = await refreshViewState({ contentDir, parsedFiles }, outputs, { file, servedUrls });
  assert.deepEqual(pass.entryPass, { file, urls: ['/initiatieven/muziek-zonder-grenzen/'] });
  assert.deepEqual(
    pass.printed!.pages.map((page) => [page.url, page.title, page.documentTitle]),
    [['/initiatieven/muziek-zonder-grenzen/', 'Muziek over alle grenzen', 'Muziek over alle grenzen – Testpact']],
  );
  assert.deepEqual([pass.printed!.files, pass.printed!.feeds], [[], { initiatives: [], events: [] }], 'no file or feed');
  outputs.record(pass.printed!);

  const full = await refreshViewState({ contentDir, parsedFiles }, outputs);
  assert.equal(full.entryPass, undefined);
  const printedUrls = full.printed!.pages.map((page) => page.url);
  assert.ok(printedUrls.includes('/initiatieven/'), 'the listing that shows the title follows');
  assert.ok(!printedUrls.includes('/initiatieven/muziek-zonder-grenzen/'), 'the page the first pass wrote is not written again');
});

test('the first pass falls back to the whole view: an entry without a page served before (new), and content with problems', async () => {
  const contentDir = path.join(await tempDir('dev-entry-pass'), 'content');
  await cp(FIXTURE_DIR, contentDir, { recursive: true });
  const first = await refreshViewState({ contentDir });
  const file = path.join(contentDir, 'initiatives/muziek-zonder-grenzen.md');

  const unserved = new Set(first.view.pages.map((page) => page.url).filter((url) => url !== '/initiatieven/muziek-zonder-grenzen/'));
  const fresh = await refreshViewState({ contentDir }, undefined, { file, servedUrls: unserved });
  assert.equal(fresh.entryPass, undefined);
  assert.equal(fresh.view.pages.length, first.view.pages.length, 'the whole view');

  await writeFile(file, (await readFile(file, 'utf8')).replace('status: ', 'status: misschien-'));
  const invalid = await refreshViewState({ contentDir }, undefined, { file, servedUrls: new Set(first.view.pages.map((page) => page.url)) });
  assert.equal(invalid.entryPass, undefined);
  assert.ok(invalid.problems.length > 0, 'the problems page, never a page of invalid content');
});
