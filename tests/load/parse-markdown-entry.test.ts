import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseMarkdownEntry } from '../../src/load/parse-markdown-entry.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { fixtureDir, onlyProblem, REPO_ROOT, where } from '../model/prepare-fixture.ts';

const MARKER_NAME = 'integratiepact-frontmatter-ran.txt';
const JS_ENTRY = path.join(fixtureDir('invalid/forbidden-frontmatter-engine'), 'actors', 'met-code.md');

/** The problem of a parse that must fail; fails the test when the parse succeeded. */
function parseProblem(text: string) {
  const result = parseMarkdownEntry(text, 'actors/x.md');
  if (result.ok) return assert.fail(`expected a problem for ${JSON.stringify(text)}`);
  return result.problem;
}

test('a file without frontmatter fences is reported as missing-frontmatter on line 1', async () => {
  const problem = await onlyProblem('missing-frontmatter');
  assert.deepEqual(where(problem), { code: 'missing-frontmatter', file: 'actors/zonder-velden.md', line: 1, column: 1, field: '' });
  assert.match(problem.hint ?? '', /---/);
});

test('frontmatter that is opened but never closed is reported as unclosed-frontmatter on line 1', async () => {
  const problem = await onlyProblem('unclosed-frontmatter');
  assert.deepEqual(where(problem), { code: 'unclosed-frontmatter', file: 'actors/niet-afgesloten.md', line: 1, column: 1, field: '' });
});

test('an empty Markdown file is reported as empty-file on line 1', async () => {
  const problem = await onlyProblem('empty-file');
  assert.deepEqual(where(problem), { code: 'empty-file', file: 'actors/leeg.md', line: 1, column: 1, field: '' });
});

test('a file holding only blank lines counts as empty too', () => {
  assert.equal(parseProblem('\n  \n\t\n').code, 'empty-file');
});

test('a ---js frontmatter is refused as forbidden-frontmatter-engine on line 1', async () => {
  const problem = await onlyProblem('forbidden-frontmatter-engine');
  assert.deepEqual(where(problem), { code: 'forbidden-frontmatter-engine', file: 'actors/met-code.md', line: 1, column: 1, field: '' });
  assert.match(problem.message, /"js"/);
});

test('preparing a folder with a ---js frontmatter runs none of its code', async () => {
  const marker = path.join(os.tmpdir(), MARKER_NAME);
  rmSync(marker, { force: true });
  delete (globalThis as Record<string, unknown>).__integratiepactFrontmatterRan;
  const result = await prepareSite({ contentDir: fixtureDir('invalid/forbidden-frontmatter-engine') });
  assert.equal(result.ok, false);
  assert.equal((globalThis as Record<string, unknown>).__integratiepactFrontmatterRan, undefined, 'the fixture set its global');
  assert.equal(existsSync(marker), false, 'the fixture wrote its marker file');
});

test('the ---js fixture is armed: an unguarded gray-matter would run it and write the marker', () => {
  // Proves the test above can fail: run plain gray-matter on the fixture in a child with its own temp folder.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ip-armed-'));
  try {
    const script = `require('gray-matter')(require('node:fs').readFileSync(${JSON.stringify(JS_ENTRY)}, 'utf8'));`;
    const child = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp }, encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    assert.equal(readFileSync(path.join(tmp, MARKER_NAME), 'utf8'), 'ran');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('any language tag on the opening fence is refused, whatever its spelling', () => {
  for (const opening of ['---js', '--- js', '---javascript', '---JS', '---coffee', '---toml', '---json ']) {
    const problem = parseProblem(`${opening}\n{ "name": "x" }\n---\nTekst.\n`);
    assert.equal(problem.code, 'forbidden-frontmatter-engine', `opening ${JSON.stringify(opening)}`);
    assert.equal(problem.line, 1);
  }
});

test('an opening fence that names yaml is accepted like a bare one', () => {
  const result = parseMarkdownEntry('---yaml\nname: Stad Testel\n---\nTekst.\n', 'actors/x.md');
  assert.equal(result.ok, true);
  assert.deepEqual(result.ok && result.data, { name: 'Stad Testel' });
});

test('a fence of four dashes is not a fence and the file is reported as missing frontmatter', () => {
  assert.equal(parseProblem('----\nname: x\n----\n').code, 'missing-frontmatter');
});

test('the body comes back without the blank lines after the closing fence', () => {
  const result = parseMarkdownEntry('---\nname: Stad Testel\n---\n\n\nEerste alinea.\n\nTweede.\n', 'actors/x.md');
  assert.equal(result.ok, true);
  assert.equal(result.ok && result.body, 'Eerste alinea.\n\nTweede.\n');
});

test('the YAML source keeps the frontmatter text and starts on file line 2', () => {
  const result = parseMarkdownEntry('---\nname: Stad Testel\nsector: cultuur\n---\nTekst.\n', 'actors/x.md');
  assert.deepEqual(result.ok && result.yaml, { text: 'name: Stad Testel\nsector: cultuur', firstLine: 2 });
});

test('frontmatter with only comments gives empty data, not an error', () => {
  const result = parseMarkdownEntry('---\n# nog niets ingevuld\n---\nTekst.\n', 'actors/x.md');
  assert.equal(result.ok, true);
  assert.deepEqual(result.ok && result.data, {});
});

test('a YAML error in frontmatter is reported on its own file line, not the line below', () => {
  // Line 3 of the file holds the bad indentation; the fence is line 1.
  const problem = parseProblem('---\nname: Stad Testel\n  sector: cultuur\n---\n');
  assert.equal(problem.code, 'yaml-syntax');
  assert.equal(problem.line, 3);
});

test('two parses of the same text both report its error: no cache hands back stale data', () => {
  const text = '---\nname: a\nname: b\n---\n';
  assert.equal(parseProblem(text).code, 'duplicate-key');
  assert.equal(parseProblem(text).code, 'duplicate-key');
});

test('each way an entry can fail to open is one problem on line 1 with its Dutch message and what to write instead', () => {
  const problem = (code: string, message: string, hint: string) => ({ code, file: 'actors/x.md', line: 1, column: 1, field: '', message, hint });
  assert.deepEqual(
    parseProblem(''),
    problem('empty-file', 'Dit bestand is leeg.', 'Begin met een regel ---, dan de velden, dan weer ---, en daaronder de beschrijving; of verwijder het bestand.'),
  );
  assert.deepEqual(
    parseProblem('---js\nname: x\n---\n'),
    problem('forbidden-frontmatter-engine', 'Voorwerk in "js" wordt geweigerd: alleen YAML is toegestaan, want code in inhoud zou uitgevoerd worden.', 'Schrijf de eerste regel als --- en de velden als YAML (veld: waarde).'),
  );
  assert.deepEqual(
    parseProblem('name: x\n'),
    problem('missing-frontmatter', 'Het bestand begint niet met de velden tussen twee regels ---.', 'Zet op de eerste regel ---, dan de velden, dan weer --- en daaronder de beschrijving.'),
  );
  assert.deepEqual(
    parseProblem('---\nname: x\n'),
    problem('unclosed-frontmatter', 'De velden bovenaan worden niet afgesloten met een regel ---.', 'Zet een regel met alleen --- onder het laatste veld.'),
  );
});

test('a first line with a language tag only counts as one when the line is nothing but the fence and the tag', () => {
  // Text before the fence, or words after the tag: no fence at all, so no frontmatter (not a refused engine).
  for (const opening of ['Titel ---js', '---js (oud)']) {
    assert.equal(parseProblem(`${opening}\nname: x\n---\nTekst.\n`).code, 'missing-frontmatter', opening);
  }
});
