import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/load/load-content.ts';
import { fixtureDir, fixtureModel, onlyProblem, where } from '../model/prepare-fixture.ts';

test('a README.md in the content root is ignored by the loader', async () => {
  assert.ok(existsSync(path.join(fixtureDir('valid'), 'README.md')), 'the valid fixture must carry a README.md');
  const loaded = await loadContent(fixtureDir('valid'));
  assert.deepEqual(loaded.problems, []);
  const files = [...Object.values(loaded.data).map((data) => data.file), ...Object.values(loaded.entries).flat().map((entry) => entry.file)];
  assert.equal(files.some((file) => path.basename(file) === 'README.md'), false);
  await fixtureModel('valid');
});

test('every collection of the valid folder is read, entries in file-name order', async () => {
  const loaded = await loadContent(fixtureDir('valid'));
  const slugs = Object.fromEntries(Object.entries(loaded.entries).map(([name, entries]) => [name, entries.map((entry) => entry.slug)]));
  assert.deepEqual(slugs, {
    actors: ['bakkerij-peeters', 'jeugdhuis-de-tent', 'muziekhuis', 'stad-testel'],
    initiatives: ['muziek-voor-iedereen', 'testel-zonder-racisme'],
    ambassadors: ['stad-testel'],
    events: ['bijeenkomst-2021-03-25', 'workshop-2021-01-20', 'workshop-2021-02-17'],
    pages: ['over'],
    series: [],
  });
  // valid/ has visibility.yaml (muziekhuis's checks), read like the other data files.
  assert.deepEqual(Object.keys(loaded.data).sort(), ['ladder', 'site', 'targets', 'taxonomies', 'visibility']);
});

test('problems name files as the content folder joined with their relative path', async () => {
  const dir = fixtureDir('invalid/not-markdown');
  const loaded = await loadContent(dir);
  assert.deepEqual(loaded.problems.map((problem) => problem.file), [path.join(dir, 'actors', 'notities.txt')]);
});

test('a file that is not Markdown in a collection folder is reported as not-markdown', async () => {
  const problem = await onlyProblem('not-markdown');
  assert.deepEqual(where(problem), { code: 'not-markdown', file: 'actors/notities.txt', line: 1, column: 1, field: '' });
  assert.match(problem.message, /actors\//);
});

test('a file name with capitals and a space is reported as bad-slug with the slug to rename it to', async () => {
  const problem = await onlyProblem('bad-file-name');
  assert.deepEqual(where(problem), { code: 'bad-slug', file: 'actors/Stad Leuven.md', line: 1, column: 1, field: '' });
  assert.match(problem.message, /"Stad Leuven\.md"/);
  assert.match(problem.hint ?? '', /stad-leuven\.md/);
});

test('a content folder without site.yaml is reported as missing-file', async () => {
  const problem = await onlyProblem('missing-site');
  assert.deepEqual(where(problem), { code: 'missing-file', file: 'site.yaml', line: 1, column: 1, field: '' });
});

test('collection folders that do not exist are simply empty', async () => {
  const loaded = await loadContent(fixtureDir('minimal'));
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(loaded.entries.initiatives, []);
  assert.deepEqual(loaded.entries.events, []);
  assert.equal(loaded.data.targets, undefined);
});

test('dot-files such as .DS_Store in a collection folder or a folder of data files are skipped, not reported', async () => {
  // tests/fixtures/boundaries/dot-files: minimal/ plus a .DS_Store in actors/ and in plans/.
  assert.ok(existsSync(path.join(fixtureDir('boundaries/dot-files'), 'actors', '.DS_Store')), 'the fixture must carry actors/.DS_Store');
  assert.ok(existsSync(path.join(fixtureDir('boundaries/dot-files'), 'plans', '.DS_Store')), 'the fixture must carry plans/.DS_Store');
  const loaded = await loadContent(fixtureDir('boundaries/dot-files'));
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(loaded.entries.actors.map((entry) => entry.slug), ['stad-testel']);
  assert.deepEqual(loaded.plans, []);
});

test('a subfolder in a collection or in plans/, a .yml plan and empty data files are each reported, in one run', async () => {
  // tests/fixtures/boundaries/odd-files: minimal/ plus actors/oud/, plans/archief/, plans/oud.yml, an empty plans/leeg.yaml and an empty targets.yaml.
  const dir = fixtureDir('boundaries/odd-files');
  const loaded = await loadContent(dir);
  const problems = loaded.problems
    .map((problem) => ({ ...problem, file: path.relative(dir, problem.file).split(path.sep).join('/') }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const empty = { code: 'empty-file', line: 1, column: 1, field: '', message: 'Dit bestand is leeg.', hint: 'Vul de velden in of verwijder het bestand.' };
  assert.deepEqual(problems, [
    { code: 'not-markdown', file: 'actors/oud', line: 1, column: 1, field: '', message: 'In de map actors/ horen geen submappen; wat erin staat wordt niet gelezen.', hint: 'Hernoem het naar een naam die op .md eindigt, of verplaats het buiten content/.' },
    { code: 'not-yaml', file: 'plans/archief', line: 1, column: 1, field: '', message: 'In de map plans/ horen geen submappen; wat erin staat wordt niet gelezen.', hint: 'Hernoem het naar een naam die op .yaml eindigt, of verplaats het buiten content/.' },
    { ...empty, file: 'plans/leeg.yaml' },
    { code: 'not-yaml', file: 'plans/oud.yml', line: 1, column: 1, field: '', message: 'In de map plans/ horen alleen YAML-bestanden (.yaml); dit bestand wordt niet gelezen.', hint: 'Hernoem het naar oud.yaml.' },
    { ...empty, file: 'targets.yaml' },
  ]);
  assert.deepEqual(loaded.entries.actors.map((entry) => entry.slug), ['stad-testel']);
  assert.deepEqual(loaded.plans, []);
  assert.equal(loaded.data.targets, undefined);
});
