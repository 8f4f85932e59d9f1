import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { CMS_VERSION, cmsBundle, cmsStaticCopies, localizeCmsBundle } from '../../src/authoring/cms-bundle.ts';
import { cmsConfig, cmsConfigYaml, type CmsConfig, type Field } from '../../src/authoring/cms-config.ts';
import { cmsBackendFromEnv, cmsFiles, cmsIndexHtml } from '../../src/authoring/cms-files.ts';
import { DOCUMENTS, type DocumentName } from '../../src/authoring/documents.ts';
import { childFields, type JsonSchema } from '../../src/authoring/json-schema-tree.ts';
import { documentJsonSchema } from '../../src/authoring/json-schemas.ts';
import { REFERENCES } from '../../src/authoring/references.ts';
import { FIELD_DOCS } from '../../src/messages/field-docs.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { AUTHORING_CONTENT, REPO_ROOT, TEST_BACKEND } from './support/admin-site.ts';
import { jsonSchemaValidator } from './support/json-schema-validator.ts';

const prepared = await prepareSite({ contentDir: AUTHORING_CONTENT });
if (!prepared.ok) throw new Error('tests/fixtures/authoring/content moet geldig zijn');
const model = prepared.model;
const config: CmsConfig = cmsConfig({ siteName: model.site.name, siteUrl: model.site.url, taxonomies: model.taxonomies, backend: TEST_BACKEND });

const COLLECTION_DOCUMENTS: Record<string, DocumentName> = { actors: 'actor', initiatives: 'initiative', events: 'event', ambassadors: 'ambassador', pages: 'page' };

test('the form configuration is valid by Sveltia CMS’s own JSON Schema, for each Git backend', () => {
  const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8')) as object;
  const validate = jsonSchemaValidator(schema, { strict: false });
  assert.ok(validate(config), JSON.stringify(validate.errors, null, 2));
  for (const env of [
    { CMS_BACKEND: 'github', CMS_BASE_URL: 'https://auth.example.be' },
    { CMS_BACKEND: 'gitlab', CMS_APP_ID: 'abc', CMS_API_ROOT: 'https://git.example.be/api/v4' },
    { CMS_BACKEND: 'gitea', CMS_APP_ID: 'abc', CMS_API_ROOT: 'https://git.example.be/api/v1' },
  ]) {
    const other = cmsConfig({ siteName: 'x', siteUrl: 'https://x.example.be', taxonomies: model.taxonomies, backend: cmsBackendFromEnv(env) });
    assert.ok(validate(other), `${env.CMS_BACKEND}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the form has one collection per Markdown collection, in its content folder', () => {
  assert.deepEqual(
    config.collections.map((collection) => [collection.name, collection.folder]),
    Object.keys(COLLECTION_DOCUMENTS).map((name) => [name, `content/${name}`]),
  );
});

/** Compares a form field with its JSON Schema node: name, Dutch label, required, and choices or sub-fields. */
function assertFieldMatches(document: DocumentName, fieldPath: string, field: Field, node: JsonSchema, required: boolean): void {
  const where = `${document}.${fieldPath}`;
  assert.equal(field.label, FIELD_DOCS[document][fieldPath]?.label, where);
  assert.equal(field.hint, FIELD_DOCS[document][fieldPath]?.hint, where);
  assert.equal(field.required, required, `${where}: required`);
  const reference = REFERENCES[document]?.[fieldPath];
  if (reference && 'taxonomy' in reference) {
    assert.equal(field.widget, 'select', where);
    assert.deepEqual(field.options, model.taxonomies[reference.taxonomy].map((term) => ({ label: term.label, value: term.id })), where);
    assert.equal(field.multiple, node.type === 'array', where);
    return;
  }
  if (reference && 'series' in reference) {
    // The form has no series collection: the name is typed, and check verifies it.
    assert.equal(field.widget, 'string', where);
    return;
  }
  if (reference) {
    assert.deepEqual([field.widget, field.collection, field.value_field, field.multiple], ['relation', 'actors', '{{slug}}', node.type === 'array'], where);
    if (node.minItems) assert.equal(field.min, node.minItems, where);
    return;
  }
  if (node.enum) {
    assert.equal(field.widget, 'select', where);
    assert.deepEqual((field.options as { value: string }[]).map((option) => option.value), node.enum, where);
  }
  const inner = node.type === 'array' && node.items?.type === 'object' ? node.items : node.type === 'object' ? node : undefined;
  if (inner) {
    const children = childFields(inner, fieldPath);
    const subFields = field.fields as Field[];
    assert.deepEqual(subFields.map((sub) => sub.name), children.map((child) => child.key), where);
    children.forEach((child, index) => assertFieldMatches(document, child.path, subFields[index]!, child.node, child.required));
  }
}

test('every schema field is in the form with its Dutch label and hint, required as the schema says, and the right choices', () => {
  for (const collection of config.collections) {
    const document = COLLECTION_DOCUMENTS[collection.name]!;
    const schema = documentJsonSchema(document);
    const fields = childFields(schema, '');
    assert.deepEqual(collection.fields.map((field) => field.name), [...fields.map((field) => field.key), 'body'], collection.name);
    fields.forEach((schemaField, index) => assertFieldMatches(document, schemaField.path, collection.fields[index]!, schemaField.node, schemaField.required));
    assert.equal(collection.label_singular, DOCUMENTS[document].title);
  }
});

test('required dates start at today, optional ones stay empty, and text limits carry over', () => {
  const initiative = config.collections.find((collection) => collection.name === 'initiatives')!;
  const field = (name: string) => initiative.fields.find((candidate) => candidate.name === name)!;
  assert.deepEqual([field('start').widget, field('start').format, field('start').default], ['datetime', 'YYYY-MM-DD', '{{now}}']);
  assert.equal(field('end').default, undefined);
  assert.equal(field('summary').maxlength, 200);
  assert.equal(config.output && (config.output as { omit_empty_optional_fields: boolean }).omit_empty_optional_fields, true);
});

test('the YAML the CMS loads reads back as the same configuration', () => {
  assert.deepEqual(parse(cmsConfigYaml(config)), config);
});

test('the /admin/ files are the page, its configuration and the bundle, with no inline script', () => {
  const files = cmsFiles(model, TEST_BACKEND);
  assert.deepEqual(files.map((file) => file.url), [
    '/admin/index.html',
    '/admin/config.yml',
    '/admin/sveltia-cms.js',
    '/admin/controles.js',
    `/admin/sveltia@${CMS_VERSION}/locales/nl.json`,
  ]);
  const html = files[0]!.content;
  assert.match(html, /<script src="sveltia-cms.js"><\/script>\n<script src="controles.js"><\/script>/);
  assert.doesNotMatch(html, /<script>|<script [^>]*>[^<]/);
  assert.match(html, /noindex/);
  assert.match(cmsIndexHtml('A & <B>'), /<title>A &amp; &lt;B&gt; – redactie<\/title>/);
});

test('the bundle fetches nothing from a CDN: its translations, version file and fonts are copied from npm packages', () => {
  const bundle = cmsBundle();
  assert.doesNotMatch(bundle, /`https:\/\/unpkg\.com\/@sveltia\/cms`/);
  assert.doesNotMatch(bundle, /cdn\.jsdelivr\.net\/fontsource/);
  const copies = cmsStaticCopies();
  assert.ok(Object.keys(copies).length >= 5);
  assert.ok(Object.values(copies).includes(`admin/sveltia@${CMS_VERSION}/locales/de.json`));
  assert.ok(!Object.values(copies).includes(`admin/sveltia@${CMS_VERSION}/locales/nl.json`), 'nl.json is generated, not copied');
  for (const from of Object.keys(copies)) assert.ok(existsSync(path.join(REPO_ROOT, from)), `${from} ontbreekt`);
  assert.throws(() => localizeCmsBundle('no cdn here'), /pas src\/authoring\/cms-bundle.ts aan/);
});

test('the Git backend comes from CMS_* variables, and an unknown backend is refused', () => {
  assert.deepEqual(cmsBackendFromEnv({}), { name: 'github', repo: 'eigenaar/repository', branch: 'main' });
  assert.deepEqual(cmsBackendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'pact/site', CMS_BRANCH: 'inhoud', CMS_API_ROOT: 'https://git.example.be/api/v1', CMS_APP_ID: 'abc' }), {
    name: 'gitea',
    repo: 'pact/site',
    branch: 'inhoud',
    api_root: 'https://git.example.be/api/v1',
    app_id: 'abc',
  });
  assert.equal(cmsBackendFromEnv({ CMS_BACKEND: 'gitlab', CMS_APP_ID: 'abc' }).auth_type, 'pkce');
  assert.throws(() => cmsBackendFromEnv({ CMS_BACKEND: 'svn' }), /CMS_BACKEND="svn"/);
});

/** A form field by its path of names (`person.consent`) in a collection. */
function formField(collectionName: string, fieldPath: string): Field {
  let fields = config.collections.find((collection) => collection.name === collectionName)!.fields;
  let found: Field | undefined;
  for (const name of fieldPath.split('.')) {
    found = fields.find((candidate) => candidate.name === name);
    assert.ok(found, `${collectionName}.${fieldPath}`);
    fields = (found.fields as Field[] | undefined) ?? [];
  }
  return found!;
}

test('entries that are counted or published cannot be deleted or duplicated from the form; pages can', () => {
  const options = Object.fromEntries(config.collections.map((collection) => [collection.name, [collection.delete, collection.duplicate]]));
  assert.deepEqual(options, {
    actors: [false, false],
    initiatives: [false, false],
    events: [false, false],
    ambassadors: [false, false],
    pages: [true, true],
  });
});

test('only an actor’s slug can be edited once saved, with a Dutch hint pointing at "Vroegere namen" and the slug pattern', () => {
  const slugs = Object.fromEntries(config.collections.map((collection) => [collection.name, collection.slug as { editable: unknown; hint?: string }]));
  assert.deepEqual(slugs.actors?.editable, ['update']);
  assert.match(slugs.actors?.hint ?? '', /Vroegere namen/);
  for (const name of ['initiatives', 'events', 'ambassadors', 'pages']) assert.equal(slugs[name]?.editable, false, name);
});

test('consent to name a person is a required choice that starts empty and offers only a written yes', () => {
  const consent = formField('ambassadors', 'person.consent');
  assert.deepEqual(
    { widget: consent.widget, required: consent.required, default: consent.default, options: consent.options },
    { widget: 'select', required: true, default: undefined, options: [{ label: 'Ja, de persoon gaf schriftelijk toestemming', value: true }] },
  );
  const date = formField('ambassadors', 'person.consent_date');
  assert.deepEqual([date.widget, date.required, date.default], ['datetime', true, undefined]);
});

test('a date inside a block starts empty, untouched numbers are not written, and the actor’s own consent switch starts off', () => {
  for (const [collection, fieldPath] of [['actors', 'declaration.signed'], ['actors', 'steps.date'], ['actors', 'badge.since']] as const) {
    assert.equal(formField(collection, fieldPath).default, undefined, fieldPath);
  }
  assert.equal(formField('pages', 'order').default, undefined);
  assert.deepEqual([formField('actors', 'public').widget, formField('actors', 'public').default], ['boolean', false]);
  assert.deepEqual([formField('actors', 'logo').widget, formField('initiatives', 'image.src').widget], ['image', 'image']);
});

test('no hint in the form speaks of files, ids, true or date formats', () => {
  const hints: string[] = [];
  const collect = (fields: Field[]) => {
    for (const field of fields) {
      if (typeof field.hint === 'string') hints.push(`${field.name}: ${field.hint}`);
      if (Array.isArray(field.fields)) collect(field.fields as Field[]);
    }
  };
  for (const collection of config.collections) collect(collection.fields);
  assert.ok(hints.length > 40);
  const developerWords = /\.md\b|content\/|taxonomies|\btrue\b|\bfalse\b|JJJJ|UU:MM|\bid\b|ids\b|bestandsna(am|men)/i;
  assert.deepEqual(hints.filter((hint) => developerWords.test(hint)), []);
});
