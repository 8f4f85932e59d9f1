import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createProgramme } from '../../src/authoring/new-programme.ts';
import { PROGRAMME_FILES } from '../../src/authoring/programme-scaffold.ts';
import { nl } from '../../src/messages/nl.ts';
import { checkSite } from '../../src/site/check-site.ts';
import { runCli } from '../cli/run-cli.ts';

const TODAY = '2024-05-17';

/** A fresh temporary folder to create programmes in. */
const scratch = () => mkdtemp(path.join(tmpdir(), 'new-programme-'));

test('a new programme folder holds site, ladder, taxonomies, targets and one page, and check finds nothing wrong', async () => {
  const folder = path.join(await scratch(), 'samen-sterk');
  const result = await createProgramme({ folder, name: 'Samen Sterk', today: TODAY });
  assert.ok(result.ok);
  assert.deepEqual(result.files, ['site.yaml', 'ladder.yaml', 'taxonomies.yaml', 'targets.yaml', 'pages/over.md']);
  assert.deepEqual((await readdir(folder)).sort(), ['ladder.yaml', 'pages', 'site.yaml', 'targets.yaml', 'taxonomies.yaml']);

  const checked = await checkSite({ contentDir: folder, asOf: TODAY });
  assert.deepEqual(checked.problems, []);
  assert.ok(checked.ok);
  assert.equal(checked.model.site.name, 'Samen Sterk');
  assert.deepEqual(checked.model.site.period, { start: '2024-01-01', end: '2024-12-31' });
  assert.deepEqual(checked.model.ladderFile.steps.map((step) => step.id), ['contact', 'deelname', 'engagement']);
  assert.deepEqual(checked.model.indicators.map((indicator) => indicator.id), ['organisaties-in-contact']);
  assert.deepEqual(checked.model.pages.map((page) => page.slug), ['over']);
  assert.doesNotMatch(await readFile(path.join(folder, 'site.yaml'), 'utf8'), /integratiepact/i);
});

test('a name with a colon, quotes and a hash stays the site name exactly', async () => {
  const folder = path.join(await scratch(), 'p');
  const name = `Samen: 'sterk' # "Gent"`;
  assert.ok((await createProgramme({ folder, name, today: TODAY })).ok);
  const checked = await checkSite({ contentDir: folder, asOf: TODAY });
  assert.ok(checked.ok);
  assert.equal(checked.model.site.name, name);
});

test('without a name the programme is named after its folder', async () => {
  const folder = path.join(await scratch(), 'mijn-programma');
  assert.ok((await createProgramme({ folder, today: TODAY })).ok);
  const checked = await checkSite({ contentDir: folder, asOf: TODAY });
  assert.ok(checked.ok);
  assert.equal(checked.model.site.name, 'mijn-programma');
});

test('the schema line in site.yaml points at the repository schemas from the new folder', async () => {
  const root = await scratch();
  const folder = path.join(root, 'examples', 'nieuw');
  assert.ok((await createProgramme({ folder, today: TODAY, schemasDir: path.join(root, 'schemas') })).ok);
  const first = (await readFile(path.join(folder, 'site.yaml'), 'utf8')).split('\n')[0];
  assert.equal(first, '# yaml-language-server: $schema=../../schemas/site.schema.json');
});

test('a folder that already holds one of the files is refused and nothing in it is written or changed', async () => {
  const folder = await scratch();
  await mkdir(path.join(folder, 'pages'));
  await writeFile(path.join(folder, 'pages', 'over.md'), 'van de redactie\n');
  const result = await createProgramme({ folder, name: 'X', today: TODAY });
  assert.deepEqual(result, { ok: false, message: nl.authoring.programme.exists(folder, ['pages/over.md']) });
  assert.equal(await readFile(path.join(folder, 'pages', 'over.md'), 'utf8'), 'van de redactie\n');
  assert.deepEqual((await readdir(folder)).sort(), ['pages']);
});

test('an existing folder without the programme files is filled', async () => {
  const folder = await scratch();
  await writeFile(path.join(folder, 'notities.txt'), 'blijft staan\n');
  const result = await createProgramme({ folder, name: 'X', today: TODAY });
  assert.ok(result.ok);
  assert.equal(result.files.length, PROGRAMME_FILES.length);
  assert.equal(await readFile(path.join(folder, 'notities.txt'), 'utf8'), 'blijft staan\n');
});

test('npm run new -- programme writes the folder once, refuses a second time, and asks for a folder when given none', async () => {
  const folder = path.join(await scratch(), 'via-cli');
  const first = runCli('new-entry.ts', ['programme', folder, 'Samen', 'Sterk']);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^Nieuw programma aangemaakt in .*: site\.yaml, ladder\.yaml, taxonomies\.yaml, targets\.yaml, pages\/over\.md\.$/m);
  assert.match(await readFile(path.join(folder, 'site.yaml'), 'utf8'), /^name: Samen Sterk$/m);

  const second = runCli('new-entry.ts', ['programme', folder]);
  assert.equal(second.status, 1);
  assert.equal(second.stderr.trim(), nl.authoring.programme.exists(folder, PROGRAMME_FILES));

  const bare = runCli('new-entry.ts', ['programme']);
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /npm run new -- programme <map>/);
});
