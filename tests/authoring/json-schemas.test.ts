import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { DOCUMENT_NAMES, DOCUMENTS, schemaFileName, type DocumentName } from '../../src/authoring/documents.ts';
import { allFields } from '../../src/authoring/json-schema-tree.ts';
import { documentJsonSchema, jsonSchemaFiles } from '../../src/authoring/json-schemas.ts';
import { COLLECTIONS } from '../../src/schema/collections.ts';
import { REPO_ROOT } from './support/admin-site.ts';
import { jsonSchemaValidator } from './support/json-schema-validator.ts';

const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'authoring', 'frontmatter');

/** The data of a fixture: a Markdown file's frontmatter or a whole YAML file, read as the loader does (CORE schema). */
async function fixtureData(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  if (!file.endsWith('.md')) return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  assert.ok(match, `${file} heeft geen frontmatter`);
  return yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
}

test('the committed JSON Schemas are exactly what npm run schemas generates', async () => {
  for (const file of jsonSchemaFiles()) {
    const committed = await readFile(path.join(REPO_ROOT, file.path), 'utf8').catch(() => '(ontbreekt)');
    assert.equal(committed, file.text, `${file.path} is verouderd: voer npm run schemas uit`);
  }
  const onDisk = (await readdir(path.join(REPO_ROOT, 'schemas'))).sort();
  assert.deepEqual(onDisk, DOCUMENT_NAMES.map(schemaFileName).sort());
});

test('every Markdown collection has its JSON Schema, with the schema check validates it with', () => {
  for (const [name, collection] of Object.entries(COLLECTIONS)) {
    const document = DOCUMENT_NAMES.find((candidate) => (DOCUMENTS[candidate] as { collection?: string }).collection === name);
    assert.ok(document, `${name} heeft geen JSON Schema: voeg het toe aan src/authoring/documents.ts`);
    assert.equal(DOCUMENTS[document].schema, collection.schema);
  }
});

test('every field in every JSON Schema carries a Dutch title and description', () => {
  for (const name of DOCUMENT_NAMES) {
    const fields = allFields(documentJsonSchema(name));
    assert.ok(fields.length > 0, name);
    for (const field of fields) {
      assert.ok(field.node.title && field.node.description, `${name}.${field.path} mist een titel of beschrijving`);
    }
  }
});

/** The files of the example content a document kind's glob names (`content/actors/*.md`, `content/site.yaml`). */
async function contentFiles(name: DocumentName): Promise<string[]> {
  const glob = DOCUMENTS[name].glob;
  if (!glob.includes('*')) return [path.join(REPO_ROOT, glob)];
  const folder = path.join(REPO_ROOT, path.dirname(glob));
  const extension = path.extname(glob);
  return (await readdir(folder)).filter((file) => file.endsWith(extension)).map((file) => path.join(folder, file));
}

test('each YAML data file in content/ names its JSON Schema on its first line', async () => {
  for (const name of DOCUMENT_NAMES.filter((candidate) => DOCUMENTS[candidate].glob.endsWith('.yaml'))) {
    for (const file of await contentFiles(name)) {
      const relative = path.relative(path.dirname(file), path.join(REPO_ROOT, 'schemas', schemaFileName(name))).split(path.sep).join('/');
      assert.equal((await readFile(file, 'utf8')).split('\n')[0], `# yaml-language-server: $schema=${relative}`, path.relative(REPO_ROOT, file));
    }
  }
});

test('the editor settings map every content file to its JSON Schema', async () => {
  const settings = JSON.parse(await readFile(path.join(REPO_ROOT, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
  for (const name of DOCUMENT_NAMES) assert.equal(settings['yaml.schemas'][`./schemas/${schemaFileName(name)}`], DOCUMENTS[name].glob);
});

test('the example content in content/ passes its JSON Schemas', async () => {
  for (const name of DOCUMENT_NAMES) {
    const validate = jsonSchemaValidator(documentJsonSchema(name));
    const files = await contentFiles(name);
    for (const file of files) {
      assert.ok(validate(await fixtureData(file)), `${path.relative(REPO_ROOT, file)}: ${JSON.stringify(validate.errors)}`);
    }
  }
});

test('the JSON Schemas and the validator give the same verdict on every valid and invalid fixture', async () => {
  let compared = 0;
  for (const name of await readdir(FIXTURES)) {
    const document = name as DocumentName;
    const validate = jsonSchemaValidator(documentJsonSchema(document));
    for (const file of await readdir(path.join(FIXTURES, name))) {
      if (file.startsWith('check-only-')) continue;
      const data = await fixtureData(path.join(FIXTURES, name, file));
      const expected = file.startsWith('valid-') || file.startsWith('valid.');
      const byZod = DOCUMENTS[document].schema.safeParse(data);
      assert.equal(byZod.success, expected, `${name}/${file}: zod zegt ${byZod.success ? 'geldig' : JSON.stringify(byZod.error?.issues)}`);
      assert.equal(validate(data), expected, `${name}/${file}: JSON Schema zegt ${validate.errors ? JSON.stringify(validate.errors) : 'geldig'}`);
      compared += 1;
    }
  }
  assert.ok(compared >= 30, `only ${compared} fixtures compared`);
});

test('what JSON Schema cannot express (calendar days, the order of two dates or times) only check refuses', async () => {
  let compared = 0;
  for (const name of await readdir(FIXTURES)) {
    const document = name as DocumentName;
    const validate = jsonSchemaValidator(documentJsonSchema(document));
    for (const file of (await readdir(path.join(FIXTURES, name))).filter((file) => file.startsWith('check-only-'))) {
      const data = await fixtureData(path.join(FIXTURES, name, file));
      assert.equal(DOCUMENTS[document].schema.safeParse(data).success, false, `${name}/${file} must fail check`);
      assert.equal(validate(data), true, `${name}/${file}: JSON Schema is expected to be weaker here; if it now refuses, rename the fixture to invalid-`);
      compared += 1;
    }
  }
  assert.equal(compared, 6);
});
