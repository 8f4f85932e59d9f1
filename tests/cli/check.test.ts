import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasStackTrace, runCli } from './run-cli.ts';

const ALL = 'tests/fixtures/invalid/all-at-once';
const ALL_CODES = [
  'not-utf8', 'duplicate-key', 'bad-date', 'yaml-syntax', 'invitation-cycle', 'empty-file', 'forbidden-frontmatter-engine',
  'unclosed-frontmatter', 'not-markdown', 'unknown-taxonomy', 'bad-slug', 'duplicate-name', 'duplicate-slug', 'unknown-field', 'wrong-type',
  'duplicate-alias', 'missing-frontmatter', 'consent-required', 'consent-required', 'bad-time', 'end-before-start', 'too-long', 'unknown-reference',
];
const PROBLEM_LINE = /^(.+):(\d+):(\d+)  (.+)  \[([a-z0-9-]+)\]$/;

const text = runCli('check.ts', ['--content', ALL]);

test('check exits 1 on the all-at-once folder', () => {
  assert.equal(text.status, 1, text.stderr);
});

test('check prints every problem as file:line:col  field: message  [code], in file order', () => {
  const lines = text.stdout.split('\n').filter((line) => PROBLEM_LINE.test(line));
  assert.deepEqual(lines.map((line) => PROBLEM_LINE.exec(line)?.[5]), ALL_CODES);
  assert.ok(lines.every((line) => line.startsWith(`${ALL}/`)), 'files are shown under the folder given to --content');
  assert.ok(lines.includes(`${ALL}/actors/tikfout.md:4:1  websit: is geen bekend veld (bedoelde je "website"?).  [unknown-field]`));
  assert.ok(lines.includes(`${ALL}/actors/geen-datum.md:5:11  declaration.signed: "2018-02-30" bestaat niet op de kalender.  [bad-date]`));
  assert.ok(lines.includes(`${ALL}/actors/Stad Leuven.md:1:1  De bestandsnaam "Stad Leuven.md" mag alleen kleine letters zonder accenten, cijfers en koppeltekens bevatten.  [bad-slug]`));
});

test('check prints each hint indented under its problem', () => {
  const lines = text.stdout.split('\n');
  const badSlug = lines.findIndex((line) => line.includes('[bad-slug]'));
  assert.equal(lines[badSlug + 1], '    → Hernoem het bestand naar stad-leuven.md.');
});

test('check ends with the number of problems found', () => {
  assert.match(text.stdout, /\n23 problemen gevonden\. /);
});

test('check prints no stack trace for broken content', () => {
  assert.equal(hasStackTrace(text.stdout), false, text.stdout);
  assert.equal(hasStackTrace(text.stderr), false, text.stderr);
  assert.equal(text.stderr, '');
});

test('check exits 0 on the valid folder and says what it checked, per kind', () => {
  const run = runCli('check.ts', ['--content', 'tests/fixtures/valid']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.stdout, 'Alles in orde: 4 actoren, 2 initiatieven, 1 ambassadeur, 3 activiteiten, 1 pagina, 6 indicatoren nagekeken, geen problemen.\n');
});

test('check --format github prints one ::error workflow command per problem', () => {
  const run = runCli('check.ts', ['--content', ALL, '--format', 'github']);
  assert.equal(run.status, 1);
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 23);
  for (const line of lines) assert.match(line, /^::error file=tests\/fixtures\/invalid\/all-at-once\/[^,]+,line=\d+,col=\d+,title=[^:]+::.+$/);
  assert.ok(lines.includes(`::error file=${ALL}/actors/geen-datum.md,line=5,col=11,title=bad-date (declaration.signed)::declaration.signed: "2018-02-30" bestaat niet op de kalender. Controleer dag en maand (februari heeft 28 of 29 dagen).`));
});

test('check --format json prints the problems as parseable JSON', () => {
  const run = runCli('check.ts', ['--content', ALL, '--format', 'json']);
  assert.equal(run.status, 1);
  const parsed = JSON.parse(run.stdout) as { ok: boolean; count: number; problems: { code: string; file: string; line: number; column: number; field: string; message: string }[] };
  assert.equal(parsed.ok, false);
  assert.equal(parsed.count, 23);
  assert.deepEqual(parsed.problems.map((problem) => problem.code), ALL_CODES);
  const date = parsed.problems.find((problem) => problem.code === 'bad-date');
  assert.deepEqual(date && { file: date.file, line: date.line, column: date.column, field: date.field }, { file: `${ALL}/actors/geen-datum.md`, line: 5, column: 11, field: 'declaration.signed' });
});

test('check --format json on valid content prints ok with no problems', () => {
  const run = runCli('check.ts', ['--content', 'tests/fixtures/valid', '--format', 'json']);
  assert.equal(run.status, 0);
  assert.deepEqual(JSON.parse(run.stdout), { ok: true, count: 0, problems: [], checked: { actors: 4, initiatives: 2, ambassadors: 1, events: 3, pages: 1, plans: 0, series: 0, indicators: 6 } });
});

test('an unknown format is one Dutch line on stderr and exit status 2, without a stack trace', () => {
  const run = runCli('check.ts', ['--content', 'tests/fixtures/valid', '--format', 'xml']);
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, '--format "xml" bestaat niet. Kies uit: text, json, github.\n');
});

test('an --as-of that is not a calendar date is refused with exit status 2', () => {
  const run = runCli('check.ts', ['--content', 'tests/fixtures/valid', '--as-of', '2021-02-30']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--as-of "2021-02-30"/);
  assert.equal(hasStackTrace(run.stderr), false, run.stderr);
});
