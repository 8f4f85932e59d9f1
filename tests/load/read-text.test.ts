import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { readText } from '../../src/load/read-text.ts';
import { fixtureDir, fixtureModel, fixtureProblems, onlyProblem, where } from '../model/prepare-fixture.ts';

/** The raw bytes of a fixture file. */
function bytes(fixture: string, file: string): Buffer {
  return readFileSync(path.join(fixtureDir(fixture), file));
}

test('the Latin-1 fixture really is Latin-1 on disk (é as the single byte 0xE9)', () => {
  const raw = bytes('invalid/not-utf8', 'actors/cafe.md');
  assert.equal(isUtf8(raw), false);
  assert.ok(raw.includes(Buffer.from([0x43, 0x61, 0x66, 0xe9])), 'expected "Caf" followed by byte 0xE9');
});

test('a file that is not UTF-8 is reported as not-utf8 on the first line with a bad byte', async () => {
  const problem = await onlyProblem('not-utf8');
  assert.deepEqual(where(problem), { code: 'not-utf8', file: 'actors/cafe.md', line: 2, column: 1, field: '' });
  assert.match(problem.hint ?? '', /UTF-8/);
});

test('the byte-order-mark fixtures really start with EF BB BF', () => {
  for (const [fixture, file] of [['accepted/bom', 'actors/stad-testel.md'], ['accepted/bom', 'site.yaml'], ['invalid/bom-line', 'actors/met-bom.md']] as const) {
    assert.deepEqual([...bytes(fixture, file).subarray(0, 3)], [0xef, 0xbb, 0xbf], `${fixture}/${file}`);
  }
});

test('the CRLF fixtures really end their lines with CR LF', () => {
  for (const [fixture, file] of [['accepted/crlf', 'actors/stad-testel.md'], ['accepted/crlf', 'site.yaml'], ['invalid/crlf-line', 'actors/met-crlf.md']] as const) {
    const text = bytes(fixture, file).toString('utf8');
    assert.equal(text.split('\r\n').length - 1, text.split('\n').length - 1, `${fixture}/${file}: every LF follows a CR`);
    assert.ok(text.includes('\r\n'), `${fixture}/${file}`);
  }
});

test('a content folder saved with a byte-order mark loads without problems', async () => {
  const model = await fixtureModel('accepted/bom');
  assert.equal(model.site.name, 'Testpact');
  assert.deepEqual(model.actors.map((actor) => [actor.slug, actor.name, actor.sector]), [['stad-testel', 'Stad Testel', 'lokaal-bestuur']]);
});

test('a content folder saved with CRLF line endings loads without problems and without CRs in its text', async () => {
  const model = await fixtureModel('accepted/crlf');
  const actor = model.actors[0];
  assert.equal(actor?.name, 'Stad Testel');
  assert.equal(actor?.body.includes('\r'), false);
  assert.equal(model.site.period.start, '2021-01-01');
});

test('an error in a file with a byte-order mark is on its real line and column', async () => {
  const problem = await onlyProblem('bom-line');
  // "sector: cultur" is line 3; the value starts in column 9, the mark is not counted.
  assert.deepEqual(where(problem), { code: 'unknown-taxonomy', file: 'actors/met-bom.md', line: 3, column: 9, field: 'sector' });
});

test('an error in a file with CRLF line endings is on its real line and column', async () => {
  const problem = await onlyProblem('crlf-line');
  assert.deepEqual(where(problem), { code: 'bad-url', file: 'actors/met-crlf.md', line: 4, column: 10, field: 'website' });
});

test('readText drops the byte-order mark and turns CRLF into LF', async () => {
  const result = await readText(path.join(fixtureDir('accepted/crlf'), 'site.yaml'), 'site.yaml');
  assert.equal(result.ok, true);
  assert.equal(result.ok && /\r/.test(result.text), false);
  const bom = await readText(path.join(fixtureDir('accepted/bom'), 'site.yaml'), 'site.yaml');
  assert.equal(bom.ok && bom.text.charCodeAt(0), '#'.charCodeAt(0));
});

test('a content folder saved with lone CR line endings loads without problems and without CRs in its text', async () => {
  // tests/fixtures/boundaries/lone-cr: minimal/ saved with CR alone (old Mac editors) after every line.
  const raw = bytes('boundaries/lone-cr', 'actors/stad-testel.md').toString('utf8');
  assert.equal(raw.includes('\n'), false, 'the fixture holds no LF at all');
  const model = await fixtureModel('boundaries/lone-cr');
  assert.equal(model.site.period.end, '2021-12-31');
  assert.deepEqual(model.actors.map((actor) => [actor.slug, actor.name, actor.body]), [['stad-testel', 'Stad Testel', 'Eerste regel.\nTweede regel.\n']]);
});

test('readText turns a lone CR into LF', async () => {
  const result = await readText(path.join(fixtureDir('boundaries/lone-cr'), 'site.yaml'), 'site.yaml');
  assert.ok(result.ok);
  assert.equal(result.text.split('\n')[1], 'name: Testpact');
  assert.equal(result.text.includes('\r'), false);
});

test('an error in a file with lone CR line endings is on its real line and column', async () => {
  const problems = await fixtureProblems('boundaries/lone-cr-line');
  assert.deepEqual(problems.map(where), [{ code: 'unknown-taxonomy', file: 'actors/met-cr.md', line: 3, column: 9, field: 'sector' }]);
});
