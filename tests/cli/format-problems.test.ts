import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblemLine, formatProblems, terminalSafe } from '../../src/cli/format-problems.ts';
import type { Problem } from '../../src/problems/problem.ts';

/** A problem whose file name, field, message and hint all carry what a hostile file could put there. */
const hostile: Problem = {
  code: 'unknown-field',
  file: 'content/actors/\u001b[2Jnep.md',
  line: 3,
  column: 1,
  field: 'x\u001b[32m',
  message: 'is geen bekend veld\r\u001b[1A\u001b[2KAlles in orde\u009b31m\u202e.',
  hint: 'Toegestaan:\u0007 name\nsector',
};

test('escape sequences, bell, C1 controls and bidi overrides never reach the terminal', () => {
  assert.equal(
    formatProblemLine(hostile),
    'content/actors/[2Jnep.md:3:1  x[32m: is geen bekend veld [1A[2KAlles in orde31m.  [unknown-field]\n    → Toegestaan: name sector',
  );
});

test('the text format holds no control character except the line ends it puts there itself', () => {
  const text = formatProblems([hostile], 'text');
  assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  assert.deepEqual(text.split('\n').map((line) => line.slice(0, 12)), ['content/acto', '    → Toeges', '', '1 probleem g', '']);
});

test('the JSON format keeps every character, with controls and bidi marks written as \\u escapes', () => {
  const json = formatProblems([hostile], 'json');
  assert.doesNotMatch(json, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  assert.deepEqual(JSON.parse(json).problems[0], hostile);
  assert.ok(json.includes('Alles in orde\\u009b31m\\u202e.'));
});

test('the GitHub format holds no control character and stays one command per problem', () => {
  const github = formatProblems([hostile], 'github');
  assert.doesNotMatch(github, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  assert.equal(github.split('\n').length, 2);
  assert.ok(github.startsWith('::error file=content/actors/[2Jnep.md,line=3,col=1,'));
});

test('ordinary Dutch text with accents and dashes is left exactly as it is', () => {
  assert.equal(terminalSafe('Voka – Vlaams netwerk, café “De Ëik”'), 'Voka – Vlaams netwerk, café “De Ëik”');
});
