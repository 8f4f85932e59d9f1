import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { MAX_CONTENT_FILE_BYTES, readText } from '../../src/load/read-text.ts';
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

/** readText on a file of tests/fixtures/boundaries/encodings, reported under its own name. */
async function readEncoding(file: string) {
  return readText(path.join(fixtureDir('boundaries/encodings'), file), file);
}

const UTF8_HINT = 'Open het in je teksteditor en bewaar het opnieuw met codering "UTF-8".';

test('a UTF-16 file is named as UTF-16 on line 1, whichever byte order its mark gives', async () => {
  for (const file of ['utf16-le.md', 'utf16-be.md']) {
    assert.deepEqual(await readEncoding(file), {
      ok: false,
      problem: { code: 'not-utf8', file, line: 1, column: 1, field: '', message: 'Dit bestand is in UTF-16 opgeslagen; de site leest alleen UTF-8.', hint: UTF8_HINT },
    });
  }
});

test('a file with only one of the two UTF-16 mark bytes, in either place, is plain not-UTF-8, not UTF-16', async () => {
  for (const file of ['ff-then-text.md', 'fe-then-text.md', 'text-then-fe.md', 'text-then-ff.md']) {
    assert.deepEqual(await readEncoding(file), {
      ok: false,
      problem: { code: 'not-utf8', file, line: 1, column: 1, field: '', message: 'Dit bestand is niet in UTF-8 opgeslagen; letters met accenten zouden verminkt worden.', hint: UTF8_HINT },
    });
  }
});

test('a NUL byte is placed on its line, counting CRLF once and a lone CR as one line', async () => {
  // a CRLF b CR c CR d NUL: the NUL is on line 4 (a CRLF counted twice and lone CRs not at all would say 3).
  assert.deepEqual(await readEncoding('nul-after-mixed-ends.md'), {
    ok: false,
    problem: {
      code: 'not-utf8',
      file: 'nul-after-mixed-ends.md',
      line: 4,
      column: 1,
      field: '',
      message: 'Dit bestand bevat nul-tekens (NUL): het is geen gewoon tekstbestand, of het is in UTF-16 opgeslagen.',
      hint: UTF8_HINT,
    },
  });
});

test('a bad byte on the last line, without a line end after it, is found on that line and not blamed on an é before it', async () => {
  // Line 1 "café" ends in a two-byte é, line 2 is "ok", line 3 "Caf" + the Latin-1 byte 0xE9 and no LF.
  const result = await readEncoding('latin1-last-line.md');
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.problem.line, 3);
});

test('a folder where a file is expected is refused as not a file, with what to do', async () => {
  assert.deepEqual(await readText(fixtureDir('boundaries/encodings'), 'actors/map.md'), {
    ok: false,
    problem: {
      code: 'missing-file',
      file: 'actors/map.md',
      line: 1,
      column: 1,
      field: '',
      message: 'Dit is geen gewoon bestand (maar bijvoorbeeld een map of een apparaat); het wordt niet gelezen.',
      hint: 'Vervang het door een gewoon tekstbestand.',
    },
  });
});

test('a file of exactly the largest size is read, and one byte more is refused with both sizes in megabytes', async () => {
  // Generated, not committed: a megabyte of text is no fixture to keep in Git.
  const dir = await mkdtemp(path.join(tmpdir(), 'read-text-size-'));
  const atLimit = path.join(dir, 'op-de-grens.md');
  await writeFile(atLimit, 'a'.repeat(MAX_CONTENT_FILE_BYTES));
  const read = await readText(atLimit, 'op-de-grens.md');
  assert.equal(read.ok && read.text.length, MAX_CONTENT_FILE_BYTES);

  const over = path.join(dir, 'te-groot.md');
  await writeFile(over, 'a'.repeat(MAX_CONTENT_FILE_BYTES + 1));
  const tooLarge = await readText(over, 'te-groot.md');
  assert.deepEqual(tooLarge, {
    ok: false,
    problem: {
      code: 'file-too-large',
      file: 'te-groot.md',
      line: 1,
      column: 1,
      field: '',
      message: 'Dit bestand is 1 MB groot; een inhoudsbestand mag hoogstens 1 MB zijn.',
      hint: 'Kort de tekst in of verdeel hem over meer bestanden; afbeeldingen horen als bestand in content/media/, niet in de tekst.',
    },
  });
});

test('a file size is given in megabytes with one decimal, as editors write it', async () => {
  // 1.55 MB is rounded to one decimal ("1,6 MB"), not written with more ("1,55 MB").
  const dir = await mkdtemp(path.join(tmpdir(), 'read-text-size-'));
  const file = path.join(dir, 'groot.md');
  await writeFile(file, 'a'.repeat(Math.round(1.55 * 1024 * 1024)));
  const result = await readText(file, 'groot.md');
  assert.equal(!result.ok && result.problem.message, 'Dit bestand is 1,6 MB groot; een inhoudsbestand mag hoogstens 1 MB zijn.');
});
