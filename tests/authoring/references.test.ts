import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { stringify } from 'yaml';
import { DOCUMENTS, type DocumentKind, type DocumentName } from '../../src/authoring/documents.ts';
import { fieldKind } from '../../src/authoring/field-kind.ts';
import { allFields } from '../../src/authoring/json-schema-tree.ts';
import { documentJsonSchema } from '../../src/authoring/json-schemas.ts';
import { REFERENCES } from '../../src/authoring/references.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { AUTHORING_CONTENT } from './support/admin-site.ts';

/** One valid entry per document that can refer to others, valid in tests/fixtures/authoring/content. */
const BASES: Partial<Record<DocumentName, Record<string, unknown>>> = {
  actor: { name: 'Buurthuis', sector: 'cultuur', region: 'vlaanderen', invited_by: 'stad-testel', aliases: ['oud-buurthuis'] },
  initiative: { title: 'Taalcafé', summary: 'Buren praten.', actors: ['stad-testel'], themes: ['racisme'], call: 'oproep-2021', status: 'planned', start: '2021-01-01' },
  ambassador: { actor: 'stad-testel', since: '2021-01-01' },
  event: { title: 'Workshop', type: 'workshop', date: '2021-01-20', participants: ['stad-testel'], series: 'workshops-2021' },
};

/** The problems of the fixture folder plus one entry. */
async function problemsWith(document: DocumentName, data: Record<string, unknown>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'references-'));
  await cp(AUTHORING_CONTENT, dir, { recursive: true });
  const folder = path.join(dir, (DOCUMENTS[document] as DocumentKind).collection!);
  await mkdir(folder, { recursive: true });
  const slug = document === 'ambassador' ? 'stad-testel' : 'nieuw';
  await writeFile(path.join(folder, `${slug}.md`), `---\n${stringify(data)}---\n`);
  return (await prepareSite({ contentDir: dir })).problems;
}

test('the reference table of the form and the scaffold matches what check verifies', async () => {
  for (const [document, base] of Object.entries(BASES) as [DocumentName, Record<string, unknown>][]) {
    assert.deepEqual(await problemsWith(document, base), [], `${document}: the base entry must be valid`);
    // Top-level fields only: a nested id (a ladder step inside steps:) cannot be set on its own here.
    const slugFields = allFields(documentJsonSchema(document)).filter((field) => {
      if (field.path.includes('.')) return false;
      const kind = fieldKind(field.node);
      return kind === 'slug' || (kind === 'list' && field.node.items !== undefined && fieldKind(field.node.items) === 'slug');
    });
    for (const field of slugFields) {
      const list = field.node.type === 'array';
      const problems = await problemsWith(document, { ...base, [field.key]: list ? ['bestaat-niet'] : 'bestaat-niet' });
      const reference = REFERENCES[document]?.[field.path];
      const expected = reference === undefined ? [] : [['taxonomy' in reference ? 'unknown-taxonomy' : 'unknown-reference', list ? `${field.path}.0` : field.path]];
      assert.deepEqual(problems.map((problem) => [problem.code, problem.field]), expected, `${document}.${field.path}`);
    }
  }
});
