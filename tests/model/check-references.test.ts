import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureProblems, onlyProblem, where } from './prepare-fixture.ts';

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
  assert.equal(problem.message, '"het-muziekhuis" staat ook als oude naam bij actors/muziekhuis.md.');
  assert.equal(problem.hint, 'Een oude naam kan maar naar één actor doorverwijzen; houd hem bij één van beide.');
});

test('an alias equal to an existing actor\'s slug is reported as duplicate-slug', async () => {
  const problem = await onlyProblem('alias-is-slug');
  assert.deepEqual(where(problem), { code: 'duplicate-slug', file: 'actors/muziekhuis.md', line: 5, column: 5, field: 'aliases.0' });
  assert.equal(problem.message, '"stad-testel" is de naam van een bestaande actor (actors/stad-testel.md) en kan dus geen oude naam zijn.');
  assert.equal(problem.hint, 'Verwijder deze alias, of hernoem eerst het andere bestand.');
});

test('actors that invite each other in a circle are reported once, on the first actor\'s invited_by', async () => {
  const problem = await onlyProblem('invitation-cycle');
  assert.deepEqual(where(problem), { code: 'invitation-cycle', file: 'actors/kring-a.md', line: 4, column: 13, field: 'invited_by' });
  assert.equal(problem.message, 'de uitnodigingen lopen in een kring: kring-a → kring-b → kring-a.');
  assert.equal(problem.hint, 'Iemand moet de eerste zijn: laat invited_by weg bij de actor die als eerste meedeed.');
});

test('unknown event participants, an unknown ambassador actor, an actor inviting itself and a former name are each reported once, on their spot', async () => {
  // tests/fixtures/boundaries/bad-references: minimal/ plus one reference of each kind that no one-error folder holds.
  assert.deepEqual(await fixtureProblems('boundaries/bad-references'), [
    {
      code: 'invitation-cycle',
      message: 'een actor kan zichzelf niet uitnodigen.',
      hint: 'Schrijf de actor die deze actor aanbracht, of laat invited_by weg.',
      file: 'actors/zelfstarter.md',
      line: 4,
      column: 13,
      field: 'invited_by',
    },
    {
      code: 'unknown-reference',
      message: '"nergens-bekend" is geen bekende actor.',
      hint: 'Schrijf de bestandsnaam van een actor in content/actors/, zonder .md.',
      file: 'ambassadors/nergens.md',
      line: 2,
      column: 8,
      field: 'actor',
    },
    {
      code: 'unknown-reference',
      message: '"stad-testl" is geen bekende actor (bedoelde je "stad-testel"?).',
      hint: 'Schrijf de bestandsnaam van een actor in content/actors/, zonder .md.',
      file: 'events/onbekende-deelnemer.md',
      line: 6,
      column: 5,
      field: 'participants.0',
    },
    {
      code: 'unknown-reference',
      message: '"testel-stad" is een oude naam van actor "stad-testel".',
      hint: 'Schrijf stad-testel.',
      file: 'events/oude-naam.md',
      line: 5,
      column: 29,
      field: 'participants.1',
    },
  ]);
});

test('an indicator id or a taxonomy id written twice is reported on the second, and an empty taxonomy says so', async () => {
  // tests/fixtures/boundaries/duplicate-ids: minimal/ with "cultuur" twice in sectors, no regions, "dubbel" twice in targets.yaml.
  assert.deepEqual(await fixtureProblems('boundaries/duplicate-ids'), [
    {
      code: 'unknown-taxonomy',
      message: '"vlaanderen" is geen bekende regio. Kies uit: (de lijst is leeg).',
      hint: 'Of voeg de regio toe aan content/taxonomies.yaml onder regions.',
      file: 'actors/stad-testel.md',
      line: 4,
      column: 9,
      field: 'region',
    },
    { code: 'duplicate-id', message: 'de indicator "dubbel" staat twee keer in de lijst.', hint: 'Geef elke indicator een eigen id.', file: 'targets.yaml', line: 7, column: 7, field: '1.id' },
    { code: 'duplicate-id', message: '"cultuur" staat twee keer in sectors.', hint: 'Geef elke term een eigen id.', file: 'taxonomies.yaml', line: 6, column: 9, field: 'sectors.2.id' },
  ]);
});

test('an unknown inviter, an unknown theme, an unknown call and an unknown actor in a partner chain are each reported on their own field', async () => {
  // tests/fixtures/boundaries/bad-initiative-references: minimal/ plus actors/nieuwkomer.md (invited_by: stad-testl)
  // and initiatives/verkeerde-termen.md (its second theme "diversitijd", call "oproep-2012", chain actor "stad-testl").
  assert.deepEqual(await fixtureProblems('boundaries/bad-initiative-references'), [
    {
      code: 'unknown-reference',
      message: '"stad-testl" is geen bekende actor (bedoelde je "stad-testel"?).',
      hint: 'Schrijf de bestandsnaam van een actor in content/actors/, zonder .md.',
      file: 'actors/nieuwkomer.md',
      line: 4,
      column: 13,
      field: 'invited_by',
    },
    {
      code: 'unknown-taxonomy',
      message: '"diversitijd" is geen bekende thema. Kies uit: diversiteit, racisme (bedoelde je "diversiteit"?).',
      hint: 'Of voeg de thema toe aan content/taxonomies.yaml onder themes.',
      file: 'initiatives/verkeerde-termen.md',
      line: 8,
      column: 5,
      field: 'themes.1',
    },
    {
      code: 'unknown-taxonomy',
      message: '"oproep-2012" is geen bekende oproep. Kies uit: oproep-2021 (bedoelde je "oproep-2021"?).',
      hint: 'Of voeg de oproep toe aan content/taxonomies.yaml onder calls.',
      file: 'initiatives/verkeerde-termen.md',
      line: 9,
      column: 7,
      field: 'call',
    },
    {
      code: 'unknown-reference',
      message: '"stad-testl" is geen bekende actor (bedoelde je "stad-testel"?).',
      hint: 'Schrijf de bestandsnaam van een actor in content/actors/, zonder .md.',
      file: 'initiatives/verkeerde-termen.md',
      line: 12,
      column: 13,
      field: 'chain.1.actor',
    },
  ]);
});
