import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblems } from '../../src/cli/format-problems.ts';
import { runCli } from '../cli/run-cli.ts';

test('check --format github prints a wrong entry as an error annotation on its file, line and column', () => {
  const run = runCli('check.ts', ['--content', 'tests/fixtures/invalid/unknown-taxonomy', '--format', 'github']);
  assert.equal(run.status, 1);
  assert.equal(
    run.stdout,
    '::error file=tests/fixtures/invalid/unknown-taxonomy/actors/onbekende-sector.md,line=3,col=9,title=unknown-taxonomy (sector)::' +
      'sector: "cultur" is geen bekende sector. Kies uit: cultuur, lokaal-bestuur (bedoelde je "cultuur"?). ' +
      'Of voeg de sector toe aan content/taxonomies.yaml onder sectors.\n',
  );
});

test('an annotation escapes what GitHub reads as syntax (% in the message, : and , in properties) and keeps a message on one line', () => {
  const line = formatProblems(
    [{ code: 'bad-date', file: 'content/actors/a,b:c.md', line: 4, column: 2, field: 'steps.0.date', message: '100% fout\nop twee regels', hint: 'Schrijf 2021-01-01.' }],
    'github',
  );
  assert.equal(line, '::error file=content/actors/a%2Cb%3Ac.md,line=4,col=2,title=bad-date (steps.0.date)::steps.0.date: 100%25 fout op twee regels Schrijf 2021-01-01.\n');
});
