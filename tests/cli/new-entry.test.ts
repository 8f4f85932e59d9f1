import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { NEW_ENTRY_TYPES, type NewEntryType } from '../../src/authoring/documents.ts';
import { allFields } from '../../src/authoring/json-schema-tree.ts';
import { documentJsonSchema } from '../../src/authoring/json-schemas.ts';
import { createEntry } from '../../src/authoring/new-entry.ts';
import { nl } from '../../src/messages/nl.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { slugify } from '../../src/schema/slugify.ts';
import { AUTHORING_CONTENT } from '../authoring/support/admin-site.ts';
import { runCli } from './run-cli.ts';

const TODAY = '2021-02-15';
const PLACEHOLDER = `# ${nl.authoring.placeholder}`;

/** What an editor writes in place of each "← VUL IN", by field: valid for tests/fixtures/authoring/content. */
const FILLS: Record<string, string> = {
  sector: ' cultuur',
  summary: ' Buren leren elkaar kennen aan de toog.',
  actors: '\n  - stad-testel',
  themes: '\n  - diversiteit',
  status: ' running',
  type: ' workshop',
  actor: ' stad-testel',
};

/** A fresh copy of the small valid content folder. */
async function contentCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'new-entry-'));
  await cp(AUTHORING_CONTENT, dir, { recursive: true });
  return dir;
}

/** Replaces every "key:  # ← VUL IN" line with the value an editor would write. */
function fillPlaceholders(text: string): string {
  return text.replace(new RegExp(`^([a-z_]+):  ${PLACEHOLDER}$`, 'gm'), (_line, key: string) => {
    const fill = FILLS[key];
    assert.ok(fill, `no test value for placeholder ${key}`);
    return `${key}:${fill}`;
  });
}

test('awkward names fold into clean slugs', () => {
  assert.equal(slugify('Stad Sint-Niklaas'), 'stad-sint-niklaas');
  assert.equal(slugify('Café ‘t Hoekske'), 'cafe-t-hoekske');
  assert.equal(slugify("Vzw 't Pleintje & Co."), 'vzw-t-pleintje-co');
  assert.equal(slugify('  Ördög   Çağrı  '), 'ordog-cagri');
  assert.equal(slugify('Straße – Ærø'), 'strasse-aero');
  assert.equal(slugify('Sterpunt – Werkplekarchitecten'), 'sterpunt-werkplekarchitecten');
  assert.equal(slugify('Jeugdhuis De Klinker (2018)'), 'jeugdhuis-de-klinker-2018');
});

test('a new entry is written to its collection folder under the slug of its name', async () => {
  const dir = await contentCopy();
  const result = await createEntry({ contentDir: dir, type: 'actor', name: 'Café ‘t Hoekske', today: TODAY });
  assert.ok(result.ok);
  assert.equal(result.file, path.join(dir, 'actors', 'cafe-t-hoekske.md'));
  assert.match(await readFile(result.file, 'utf8'), /^name: Café ‘t Hoekske$/m);
});

for (const type of Object.keys(NEW_ENTRY_TYPES) as NewEntryType[]) {
  test(`the ${type} scaffold passes check once its placeholders are filled in`, async () => {
    const dir = await contentCopy();
    // An ambassador is named after its actor, which exists in the fixture folder.
    const name = type === 'ambassador' ? 'Stad Testel' : `Nieuwe ${type} van ’t jaar`;
    const result = await createEntry({ contentDir: dir, type, name, today: TODAY });
    assert.ok(result.ok, result.ok ? '' : result.message);
    await writeFile(result.file, fillPlaceholders(await readFile(result.file, 'utf8')));
    const prepared = await prepareSite({ contentDir: dir });
    assert.deepEqual(prepared.problems, []);
  });

  test(`the ${type} scaffold lists every field of the schema with a Dutch comment above it`, async () => {
    const dir = await contentCopy();
    const result = await createEntry({ contentDir: dir, type, name: 'Volledig', today: TODAY });
    assert.ok(result.ok);
    const lines = (await readFile(result.file, 'utf8')).split('\n');
    for (const field of allFields(documentJsonSchema(type))) {
      const index = lines.findIndex((line) => new RegExp(`^(# )?\\s*(- )?${field.key}:`).test(line));
      assert.ok(index > 0, `${type}: field ${field.path} is missing`);
      assert.match(lines[index - 1]!, /^(# )?\s*# .+ \((niet )?verplicht\): /, `${type}: ${field.path} has no comment above it`);
    }
  });
}

test('required dates start at today and the placeholders are marked', async () => {
  const dir = await contentCopy();
  const result = await createEntry({ contentDir: dir, type: 'initiative', name: 'Taalcafé', today: TODAY });
  assert.ok(result.ok);
  const text = await readFile(result.file, 'utf8');
  assert.match(text, /^start: 2021-02-15$/m);
  assert.match(text, /^# end: 2021-02-15$/m);
  for (const key of ['summary', 'actors', 'themes', 'status']) assert.match(text, new RegExp(`^${key}:  ${PLACEHOLDER}$`, 'm'));
});

test("an event's partial date starts at today and a chain's partner, which has no example, is a switched-off placeholder", async () => {
  const dir = await contentCopy();
  const event = await createEntry({ contentDir: dir, type: 'event', name: 'Regiegroep', today: TODAY });
  assert.ok(event.ok);
  assert.match(await readFile(event.file, 'utf8'), /^date: 2021-02-15$/m);
  const initiative = await createEntry({ contentDir: dir, type: 'initiative', name: 'Keten', today: TODAY });
  assert.ok(initiative.ok);
  const text = await readFile(initiative.file, 'utf8');
  assert.match(text, new RegExp(`^#   - actor:  ${PLACEHOLDER}$`, 'm'));
  assert.match(text, /^#     role: Screening en doorverwijzing$/m);
});

test('an unfilled scaffold fails check on each placeholder line, so nothing half-done is published', async () => {
  const dir = await contentCopy();
  const result = await createEntry({ contentDir: dir, type: 'event', name: 'Regiegroep', today: TODAY });
  assert.ok(result.ok);
  const prepared = await prepareSite({ contentDir: dir });
  assert.equal(prepared.ok, false);
  const placeholderLine = (await readFile(result.file, 'utf8')).split('\n').findIndex((line) => line.startsWith('type:')) + 1;
  assert.deepEqual(
    prepared.problems.map((problem) => [problem.code, problem.field, problem.line]),
    [['missing-field', 'type', placeholderLine]],
  );
});

test('an ambassador whose actor does not exist yet gets a placeholder and a note', async () => {
  const dir = await contentCopy();
  const result = await createEntry({ contentDir: dir, type: 'ambassador', name: 'Nog Onbekend', today: TODAY });
  assert.ok(result.ok);
  assert.match(await readFile(result.file, 'utf8'), new RegExp(`^actor:  ${PLACEHOLDER}$`, 'm'));
  assert.deepEqual(result.notes, [nl.authoring.newUnknownActor('nog-onbekend')]);
});

test('an existing file is never overwritten', async () => {
  const dir = await contentCopy();
  const existing = path.join(dir, 'actors', 'stad-testel.md');
  const before = await readFile(existing, 'utf8');
  const result = await createEntry({ contentDir: dir, type: 'actor', name: 'Stad Testel', today: TODAY });
  assert.deepEqual(result, { ok: false, message: nl.authoring.newExists(existing) });
  assert.equal(await readFile(existing, 'utf8'), before);
});

test('a name without a letter or digit and an unknown type are refused', async () => {
  const dir = await contentCopy();
  assert.deepEqual(await createEntry({ contentDir: dir, type: 'actor', name: '‘!?’', today: TODAY }), { ok: false, message: nl.authoring.newEmptySlug('‘!?’') });
  assert.deepEqual(await createEntry({ contentDir: dir, type: 'blog', name: 'x', today: TODAY }), {
    ok: false,
    message: nl.authoring.newUnknownType('blog', Object.keys(NEW_ENTRY_TYPES)),
  });
});

test('npm run new writes the file, says what to do next, and exits 1 instead of overwriting', async () => {
  const dir = await contentCopy();
  const first = runCli('new-entry.ts', ['actor', 'Stad', 'Sint-Niklaas', '--content', dir]);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout.split('\n')[0], nl.authoring.newCreated(path.join(dir, 'actors', 'stad-sint-niklaas.md')));
  assert.match(first.stdout, /npm run check/);
  const second = runCli('new-entry.ts', ['actor', 'Stad Sint-Niklaas', '--content', dir]);
  assert.equal(second.status, 1);
  assert.equal(second.stderr.trim(), nl.authoring.newExists(path.join(dir, 'actors', 'stad-sint-niklaas.md')));
  const usage = runCli('new-entry.ts', ['actor']);
  assert.equal(usage.status, 2);
  assert.equal(usage.stderr.trim(), nl.authoring.newUsage);
});
