import assert from 'node:assert/strict';
import { test } from 'node:test';
import { duplicateNameKey } from '../../src/model/check-duplicates.ts';
import { fixtureModel, fixtureProblems, onlyProblem, where } from './prepare-fixture.ts';

test('a second actor with the same name is duplicate-name at its name, pointing at the existing file', async () => {
  const problem = await onlyProblem('duplicate-name');
  assert.deepEqual(where(problem), { code: 'duplicate-name', file: 'actors/stad-testel-1.md', line: 2, column: 7, field: 'name' });
  assert.equal(problem.message, '"Stad  testel" is ook de naam van actors/stad-testel.md (bedoelde je die actor?).');
  assert.match(problem.hint ?? '', /werk actors\/stad-testel\.md bij/);
});

test('names are the same regardless of case, accents, punctuation and spacing, and differ by any letter or digit', () => {
  assert.equal(duplicateNameKey('Stad Leuven'), duplicateNameKey('  stad-LEUVEN '));
  assert.equal(duplicateNameKey('Café ‘t Hoekske'), duplicateNameKey('Cafe t Hoekske'));
  assert.notEqual(duplicateNameKey('Stad Leuven'), duplicateNameKey('Stad Leuven 2'));
  assert.notEqual(duplicateNameKey('Stad Leuven'), duplicateNameKey('Stad Lueven'));
  assert.equal(duplicateNameKey('Ærø & Œuvre'), 'ærø œuvre');
});

test('actors with different names pass', async () => {
  const model = await fixtureModel('valid');
  const keys = model.actors.map((actor) => duplicateNameKey(actor.name));
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(keys.length >= 3);
});

test('of three actors with one name, the shortest file name is the existing one, then the first alphabetically; each other is reported once', async () => {
  // tests/fixtures/boundaries/duplicate-names: minimal/ plus actors/a-stad-testel-kopie.md (first alphabetically, but longer)
  // and actors/testel-stad.md (as long as stad-testel, but after it), both named Stad Testel.
  const problems = await fixtureProblems('boundaries/duplicate-names');
  assert.deepEqual(problems.map((problem) => [problem.file, problem.message]), [
    ['actors/a-stad-testel-kopie.md', '"Stad Testel" is ook de naam van actors/stad-testel.md (bedoelde je die actor?).'],
    ['actors/testel-stad.md', '"STAD TESTEL" is ook de naam van actors/stad-testel.md (bedoelde je die actor?).'],
  ]);
  assert.equal(
    problems[0]?.hint,
    'Eén organisatie is één actor: werk actors/stad-testel.md bij en verwijder deze kopie zolang ze niet gepubliceerd is; zijn het twee organisaties, geef elk dan een naam die ze onderscheidt.',
  );
});
