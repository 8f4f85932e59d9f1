import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onlyProblem, where } from './prepare-fixture.ts';

test('an unknown actor in a list is reported on its item with the actor probably meant', async () => {
  const problem = await onlyProblem('unknown-reference');
  assert.deepEqual(where(problem), { code: 'unknown-reference', file: 'initiatives/verkeerde-actor.md', line: 5, column: 5, field: 'actors.0' });
  assert.match(problem.message, /"stad-testl"/);
  assert.match(problem.message, /bedoelde je "stad-testel"\?/);
});

test('an unknown taxonomy id is reported on its value with the allowed ids and the one probably meant', async () => {
  const problem = await onlyProblem('unknown-taxonomy');
  assert.deepEqual(where(problem), { code: 'unknown-taxonomy', file: 'actors/onbekende-sector.md', line: 3, column: 9, field: 'sector' });
  assert.match(problem.message, /Kies uit: cultuur, lokaal-bestuur/);
  assert.match(problem.message, /bedoelde je "cultuur"\?/);
  assert.match(problem.hint ?? '', /taxonomies\.yaml onder sectors/);
});

test('an alias already claimed by another actor is reported on the second claim', async () => {
  const problem = await onlyProblem('duplicate-alias');
  // muziekhuis.md is read first and keeps the alias; zaal-noord.md lists it second, on line 6.
  assert.deepEqual(where(problem), { code: 'duplicate-alias', file: 'actors/zaal-noord.md', line: 6, column: 5, field: 'aliases.1' });
  assert.match(problem.message, /actors\/muziekhuis\.md/);
});

test('an alias equal to an existing actor\'s slug is reported as duplicate-slug', async () => {
  const problem = await onlyProblem('alias-is-slug');
  assert.deepEqual(where(problem), { code: 'duplicate-slug', file: 'actors/muziekhuis.md', line: 5, column: 5, field: 'aliases.0' });
  assert.match(problem.message, /actors\/stad-testel\.md/);
});

test('actors that invite each other in a circle are reported once, on the first actor\'s invited_by', async () => {
  const problem = await onlyProblem('invitation-cycle');
  assert.deepEqual(where(problem), { code: 'invitation-cycle', file: 'actors/kring-a.md', line: 4, column: 13, field: 'invited_by' });
  assert.match(problem.message, /kring-a → kring-b → kring-a/);
});
