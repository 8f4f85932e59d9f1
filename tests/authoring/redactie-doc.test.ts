import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { NEW_ENTRY_TYPES, DOCUMENTS } from '../../src/authoring/documents.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { PROBLEM_CODES } from '../../src/problems/problem.ts';
import { REPO_ROOT } from './support/admin-site.ts';

const guide = await readFile(path.join(REPO_ROOT, 'docs', 'redactie.md'), 'utf8');

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

test('the editors’ guide explains every problem code check can print, under its own heading', () => {
  const headed = [...guide.matchAll(/^### `([a-z0-9-]+)`$/gm)].map((match) => match[1]);
  const missing = PROBLEM_CODES.filter((code) => !headed.includes(code));
  assert.deepEqual(missing, [], `docs/redactie.md mist uitleg bij: ${missing.join(', ')}`);
  const unknown = headed.filter((code) => !(PROBLEM_CODES as readonly (string | undefined)[]).includes(code));
  assert.deepEqual(unknown, [], 'docs/redactie.md legt codes uit die niet (meer) bestaan');
});

test('every full example in the guide passes check when added to the example content', async () => {
  const examples = [...guide.matchAll(/bestand `content\/([a-z]+)\/([a-z0-9-]+\.md)`:\n\n```markdown\n([\s\S]*?)```/g)];
  const folders = examples.map((match) => match[1]);
  for (const type of Object.keys(NEW_ENTRY_TYPES) as (keyof typeof NEW_ENTRY_TYPES)[]) {
    assert.ok(folders.includes(DOCUMENTS[type].collection), `docs/redactie.md heeft geen volledig voorbeeld van ${type}`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'redactie-'));
  await cp(path.join(REPO_ROOT, 'content'), dir, { recursive: true });
  for (const [, folder, file, text] of examples) await writeFile(path.join(dir, folder!, file!), text!);
  const prepared = await prepareSite({ contentDir: dir });
  assert.deepEqual(prepared.problems, []);
  assert.ok(prepared.ok && prepared.model.actors.some((actor) => actor.slug === 'stad-sint-niklaas'));
});

test('every link inside the guide points at one of its headings', () => {
  const anchors = new Set([...guide.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));
  const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!);
  assert.ok(links.length > 10);
  assert.deepEqual(links.filter((link) => !anchors.has(link)), []);
});
