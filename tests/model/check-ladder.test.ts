import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureModel, fixtureProblems, where } from './prepare-fixture.ts';

describe('the ladder check', () => {
  it('reports every ladder problem of ladder-problems once, located, with its stable code', async () => {
    const problems = await fixtureProblems('ladder-problems');
    assert.deepEqual(problems.map(where), [
      { code: 'unknown-step', file: 'actors/alfa.md', line: 5, column: 12, field: 'steps.0.step' },
      { code: 'step-not-manual', file: 'actors/alfa.md', line: 6, column: 12, field: 'steps.1.step' },
      { code: 'unknown-taxonomy', file: 'events/sessie.md', line: 3, column: 7, field: 'type' },
      { code: 'bad-ladder', file: 'ladder.yaml', line: 8, column: 18, field: 'steps.1.event_types' },
      { code: 'missing-field', file: 'ladder.yaml', line: 11, column: 11, field: 'steps.2.from' },
      { code: 'unknown-taxonomy', file: 'ladder.yaml', line: 15, column: 19, field: 'steps.3.event_types.0' },
      { code: 'unknown-step', file: 'ladder.yaml', line: 20, column: 15, field: 'badges.levels.0.steps.0' },
      { code: 'missing-field', file: 'ladder.yaml', line: 21, column: 21, field: 'badges.levels.0.while_active' },
      { code: 'low-contrast', file: 'ladder.yaml', line: 27, column: 15, field: 'badges.levels.1.colour' },
      { code: 'unknown-step', file: 'targets.yaml', line: 4, column: 34, field: '0.measure.step' },
    ]);
  });

  it('names the ladder steps and suggests the closest one for a mistyped step id', async () => {
    const [actorStep] = await fixtureProblems('ladder-problems');
    assert.equal(actorStep?.message, '"employr" is geen stap van de ladder. Kies uit: committed, employer, trained, met (bedoelde je "employer"?).');
    assert.equal(actorStep?.hint, 'Of voeg de stap toe aan content/ladder.yaml onder steps.');
  });

  it('says which sources reach a step that an actor recorded by hand', async () => {
    const problem = (await fixtureProblems('ladder-problems')).find((entry) => entry.code === 'step-not-manual');
    assert.equal(problem?.message, 'de stap "committed" wordt niet met de hand vastgelegd: ladder.yaml zegt dat ze bereikt wordt door declaration.');
  });

  it('gives the contrast a badge colour reaches with white, in Dutch notation', async () => {
    const problem = (await fixtureProblems('ladder-problems')).find((entry) => entry.code === 'low-contrast');
    assert.equal(problem?.message, 'wit op #ffcc00 haalt maar 1,5:1; de badge heeft minstens 4,5:1 nodig.');
  });

  it('asks for a ladder.yaml when content with actors has none, and places no step without it', async () => {
    const problems = await fixtureProblems('ladder-missing');
    assert.deepEqual(problems.map((problem) => [where(problem), problem.message]), [
      [{ code: 'unknown-step', file: 'actors/alfa.md', line: 5, column: 12, field: 'steps.0.step' }, '"contact" is geen stap: deze content heeft geen ladder.yaml.'],
      [{ code: 'missing-file', file: 'ladder.yaml', line: 1, column: 1, field: '' }, 'ladder.yaml ontbreekt: actoren hebben een engagementsladder nodig.'],
    ]);
  });

  it('needs no ladder.yaml for content without actors, and then has an empty ladder', async () => {
    const model = await fixtureModel('ladder-none');
    assert.deepEqual(model.ladder, []);
    assert.deepEqual(model.ladderFile, { steps: [], badges: { rules: {}, levels: [] } });
  });
});
