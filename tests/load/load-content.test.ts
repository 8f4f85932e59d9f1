import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

test('unreadable data files, plans and odd file names are each one located problem, and what can be read is still read', async () => {
  // tests/fixtures/boundaries/unreadable-files: no site.yaml, a Latin-1 ladder.yaml, broken YAML in
  // targets.yaml and plans/kapot.yaml, a Latin-1 plan, a folder plans/map.yml, plans/notities.txt,
  // and the names actors/!!!.md, actors/Zuid.md and plans/!!!.yaml.
  const dir = fixtureDir('boundaries/unreadable-files');
  const loaded = await loadContent(dir);
  const problems = loaded.problems
    .map((problem) => ({ ...problem, file: path.relative(dir, problem.file).split(path.sep).join('/') }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const badName = (name: string, to: string) => ({
    code: 'bad-slug',
    line: 1,
    column: 1,
    field: '',
    message: `De bestandsnaam "${name}" mag alleen kleine letters zonder accenten, cijfers en koppeltekens bevatten.`,
    hint: `Hernoem het bestand naar ${to}.`,
  });
  const notUtf8 = { code: 'not-utf8', column: 1, field: '', message: 'Dit bestand is niet in UTF-8 opgeslagen; letters met accenten zouden verminkt worden.', hint: 'Open het in je teksteditor en bewaar het opnieuw met codering "UTF-8".' };
  const yamlHint = 'Controleer de inspringing (spaties, geen tabs) en zet tekst met een dubbele punt, # of aanhalingsteken tussen aanhalingstekens.';
  const otherName = 'Hernoem het naar een naam die op .yaml eindigt, of verplaats het buiten content/.';
  assert.deepEqual(problems, [
    { ...badName('!!!.md', 'naam-van-de-organisatie.md'), file: 'actors/!!!.md' },
    { ...badName('Zuid.md', 'zuid.md'), file: 'actors/Zuid.md' },
    { ...notUtf8, file: 'ladder.yaml', line: 2 },
    { ...badName('!!!.yaml', 'naam-van-het-plan.yaml'), file: 'plans/!!!.yaml' },
    { code: 'yaml-syntax', file: 'plans/kapot.yaml', line: 2, column: 10, field: '', message: 'De YAML is onleesbaar: de inspringing klopt niet.', hint: yamlHint },
    { ...notUtf8, file: 'plans/latijn.yaml', line: 1 },
    // A folder named like a .yml file is a folder: no advice to rename it to .yaml.
    { code: 'not-yaml', file: 'plans/map.yml', line: 1, column: 1, field: '', message: 'In de map plans/ horen geen submappen; wat erin staat wordt niet gelezen.', hint: otherName },
    { code: 'not-yaml', file: 'plans/notities.txt', line: 1, column: 1, field: '', message: 'In de map plans/ horen alleen YAML-bestanden (.yaml); dit bestand wordt niet gelezen.', hint: otherName },
    { code: 'missing-file', file: 'site.yaml', line: 1, column: 1, field: '', message: 'site.yaml ontbreekt: de site heeft een naam, adres en periode nodig.', hint: 'Maak content/site.yaml aan met name, url en period.' },
    { code: 'yaml-syntax', file: 'targets.yaml', line: 3, column: 6, field: '', message: 'De YAML is onleesbaar: de inspringing klopt niet.', hint: yamlHint },
  ]);
  // Badly named files are still read; the order is the name order an editor sees (Zuid after stad-testel).
  assert.deepEqual(loaded.entries.actors.map((entry) => entry.slug), ['!!!', 'stad-testel', 'Zuid']);
  assert.deepEqual(loaded.plans.map((plan) => [plan.slug, plan.data]), [['!!!', { title: 'Plan zonder naam' }]]);
  assert.deepEqual(Object.keys(loaded.data), ['taxonomies']);
});

test('a collection folder that is a file is an error of the file system, not an empty collection', async () => {
  // tests/fixtures/boundaries/actors-is-a-file: site.yaml, taxonomies.yaml and a file named actors.
  await assert.rejects(loadContent(fixtureDir('boundaries/actors-is-a-file')), { code: 'ENOTDIR' });
});

test('a data file that cannot be looked at (a symbolic link to itself) is an error of the file system, not a missing file', async () => {
  // Made in a temporary folder: a link pointing at itself is no file to keep in Git.
  const dir = await mkdtemp(path.join(tmpdir(), 'load-content-loop-'));
  await symlink('site.yaml', path.join(dir, 'site.yaml'));
  await assert.rejects(loadContent(dir), { code: 'ELOOP' });
});
