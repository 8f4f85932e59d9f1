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

describe('the ladder check, message by message', () => {
  it('gives every problem of ladder-problems its Dutch message and what to do', async () => {
    const problems = await fixtureProblems('ladder-problems');
    const types = 'Of voeg de soort toe aan content/taxonomies.yaml onder event_types.';
    const step = 'Of voeg de stap toe aan content/ladder.yaml onder steps.';
    assert.deepEqual(problems.map((problem) => [problem.field, problem.message, problem.hint]), [
      ['steps.0.step', '"employr" is geen stap van de ladder. Kies uit: committed, employer, trained, met (bedoelde je "employer"?).', step],
      ['steps.1.step', 'de stap "committed" wordt niet met de hand vastgelegd: ladder.yaml zegt dat ze bereikt wordt door declaration.', 'Verwijder deze regel, of voeg manual toe aan from: van committed in content/ladder.yaml.'],
      ['type', '"werkshop" is geen bekende soort activiteit. Kies uit: workshop (bedoelde je "workshop"?).', 'Of voeg de soort activiteit toe aan content/taxonomies.yaml onder event_types.'],
      ['steps.1.event_types', 'event_types telt alleen als from: ook event bevat; de stap "employer" wordt niet door activiteiten bereikt.', 'Voeg event toe aan from:, of laat event_types weg.'],
      ['steps.2.from', 'de stap "trained" wordt bereikt door een activiteit, maar zegt niet welke soort.', 'Voeg event_types: [soort] toe met soorten uit content/taxonomies.yaml, onder event_types.'],
      ['steps.3.event_types.0', '"werkshop" is geen bekende soort activiteit. Kies uit: workshop (bedoelde je "workshop"?).', types],
      ['badges.levels.0.steps.0', '"leadr" is geen stap van de ladder. Kies uit: committed, employer, trained, met.', step],
      ['badges.levels.0.while_active', 'het niveau "leader" kan aflopen (while_active: true) maar zegt niet hoe het afgelopen niveau heet.', 'Voeg ended: {label: …, line: …} toe, bijvoorbeeld {label: Vroeger ambassadeur, line: Ambassadeur tot}.'],
      ['badges.levels.1.colour', 'wit op #ffcc00 haalt maar 1,5:1; de badge heeft minstens 4,5:1 nodig.', 'Kies een donkerdere kleur, bijvoorbeeld "#1d4f91".'],
      ['0.measure.step', '"employers" is geen stap van de ladder. Kies uit: committed, employer, trained, met (bedoelde je "employer"?).', step],
    ]);
  });

  it('reports a step id and a badge level id written twice, and unknown steps and kinds of activity in the measures of indicators and plans, at any depth', async () => {
    // tests/fixtures/ladder-duplicates: minimal/ with "contact" twice in steps and "ondertekenaar" twice in
    // badges.levels, an indicator counting events of type werkshop, and plans/metingen.yaml with a measure
    // of step kontakt in an action and one of type gatherin in a KPI of a subgroup.
    const problems = await fixtureProblems('ladder-duplicates');
    const steps = 'contact, gathering, workshop, steering-group, sounding-board, declaration, ambassador, action-in-call, action-outside-call, visible, contact, showcase';
    const types = 'gathering, workshop, steering-group, sounding-board, acceleration-day, support-session, other';
    assert.deepEqual(problems.map((problem) => [where(problem), problem.message, problem.hint]), [
      [{ code: 'duplicate-id', file: 'ladder.yaml', line: 47, column: 9, field: 'steps.10.id' }, '"contact" staat twee keer in steps.', 'Geef elk een eigen id.'],
      [{ code: 'duplicate-id', file: 'ladder.yaml', line: 72, column: 11, field: 'badges.levels.2.id' }, '"ondertekenaar" staat twee keer in badges.levels.', 'Geef elk een eigen id.'],
      [
        { code: 'unknown-step', file: 'plans/metingen.yaml', line: 7, column: 59, field: 'groups.0.actions.0.measure.step' },
        `"kontakt" is geen stap van de ladder. Kies uit: ${steps} (bedoelde je "contact"?).`,
        'Of voeg de stap toe aan content/ladder.yaml onder steps.',
      ],
      [
        { code: 'unknown-taxonomy', file: 'plans/metingen.yaml', line: 14, column: 71, field: 'groups.0.groups.0.actions.0.kpis.0.measure.type' },
        `"gatherin" is geen bekende soort activiteit. Kies uit: ${types} (bedoelde je "gathering"?).`,
        'Of voeg de soort toe aan content/taxonomies.yaml onder event_types.',
      ],
      [
        { code: 'unknown-taxonomy', file: 'targets.yaml', line: 5, column: 34, field: '0.measure.type' },
        `"werkshop" is geen bekende soort activiteit. Kies uit: ${types} (bedoelde je "workshop"?).`,
        'Of voeg de soort toe aan content/taxonomies.yaml onder event_types.',
      ],
    ]);
  });

  it('checks no step against a ladder.yaml that breaks its own schema: only that file is reported', async () => {
    // tests/fixtures/ladder-invalid: minimal/ with a step without label, and an actor naming the unknown step kontakt.
    const problems = await fixtureProblems('ladder-invalid');
    assert.deepEqual(problems.map(where), [{ code: 'missing-field', file: 'ladder.yaml', line: 2, column: 5, field: 'steps.0.label' }]);
  });
});
