import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { computeLadder, sourceEndedOn, sourceHoldsOn, type LadderInputs } from '../../src/compute/ladder.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { actorSchema } from '../../src/schema/actor.ts';
import { ambassadorSchema } from '../../src/schema/ambassador.ts';
import { eventSchema } from '../../src/schema/event.ts';
import { ladderFileSchema } from '../../src/schema/ladder-file.ts';

const FIXTURE = 'tests/fixtures/indicators';

async function modelOn(asOf: string) {
  const result = await prepareSite({ contentDir: FIXTURE, asOf });
  assert.ok(result.ok, 'the indicator fixture is valid');
  return result.model;
}

describe('the engagement ladder', () => {
  it('gives an actor every step it reached, in ladder order, with the first date of each', async () => {
    const model = await modelOn('2018-12-31');
    const alfa = model.actors.find((actor) => actor.slug === 'alfa');
    assert.ok(alfa);
    assert.deepEqual(
      alfa.reached.map((step) => [step.step, step.date]),
      [
        ['contact', '2018-01-10'],
        ['gathering', '2018-04-01'],
        ['declaration', '2018-03-01'],
        ['ambassador', '2018-06-01'],
        ['action-in-call', '2018-05-01'],
        ['showcase', '2018-05-01'],
      ],
    );
  });

  it('keeps every source of a step, earliest first', async () => {
    const model = await modelOn('2018-12-31');
    const gathering = model.actors.find((actor) => actor.slug === 'alfa')?.reached.find((step) => step.step === 'gathering');
    assert.deepEqual(gathering?.sources, [
      { kind: 'event', slug: 'eerste', date: '2018-04-01' },
      { kind: 'event', slug: 'tweede', date: '2018-09-01' },
    ]);
  });

  it('puts an actor on action-outside-call for an initiative without a call', async () => {
    const model = await modelOn('2018-12-31');
    const bravo = model.actors.find((actor) => actor.slug === 'bravo');
    assert.deepEqual(bravo?.reached.find((step) => step.step === 'action-outside-call')?.sources, [{ kind: 'initiative', slug: 'buurtwerk', date: '2018-08-15' }]);
  });

  it('credits the showcase step to the initiative shown, from its start', async () => {
    const model = await modelOn('2018-12-31');
    const showcase = model.actors.find((actor) => actor.slug === 'alfa')?.reached.find((step) => step.step === 'showcase');
    assert.deepEqual(showcase?.sources, [{ kind: 'initiative', slug: 'samen', date: '2018-05-01' }]);
  });

  it('does not count anything dated after the as-of date', async () => {
    const model = await modelOn('2018-06-30');
    const charlie = model.actors.find((actor) => actor.slug === 'charlie');
    assert.deepEqual(charlie?.reached, []);
    assert.equal(charlie?.reachedAllTime.length, 2);
    // The workshop of 2019-02-01 is upcoming: delta has not reached the workshop step.
    assert.equal(model.ladder.find((rung) => rung.step === 'workshop')?.actors.length, 0);
  });

  it('lists for every step the actors that reached it, earliest first', async () => {
    const model = await modelOn('2018-12-31');
    assert.equal(model.ladder.length, 11);
    assert.deepEqual(model.ladder.find((rung) => rung.step === 'contact')?.actors, [
      { slug: 'alfa', date: '2018-01-10' },
      { slug: 'bravo', date: '2018-02-01' },
      { slug: 'charlie', date: '2018-07-01' },
      { slug: 'echo', date: '2018-12-01' },
    ]);
  });

  it('links actors to the initiatives, events and ambassadorships they appear in, and to whom they invited', async () => {
    const model = await modelOn('2018-12-31');
    const alfa = model.actors.find((actor) => actor.slug === 'alfa');
    assert.deepEqual(alfa?.initiatives, ['samen']);
    assert.deepEqual(alfa?.events, ['eerste', 'tweede']);
    assert.deepEqual(alfa?.ambassadorships, ['alfa']);
  });
});

describe('the engagement ladder on its boundaries', () => {
  // tests/fixtures/boundaries/valid: sources written and filed out of date order, a badge verified from 2019-06-15, a non-public ambassador.
  async function boundaryModel(asOf?: string) {
    const result = await prepareSite({ contentDir: 'tests/fixtures/boundaries/valid', ...(asOf ? { asOf } : {}) });
    assert.ok(result.ok, 'the boundaries fixture is valid');
    return result.model;
  }

  it('puts an actor on the visible step from the first check that found its badge (visibility.yaml), with the badge as source', async () => {
    const anker = (await boundaryModel()).actors.find((actor) => actor.slug === 'anker');
    assert.deepEqual(anker?.reached.find((step) => step.step === 'visible'), {
      step: 'visible',
      label: 'Zichtbaar maken van de deelname op de (eigen) website',
      date: '2019-06-15',
      sources: [{ kind: 'badge', date: '2019-06-15' }],
    });
    const before = (await boundaryModel('2019-06-14')).actors.find((actor) => actor.slug === 'anker');
    assert.equal(before?.reached.some((step) => step.step === 'visible'), false);
  });

  it('dates a step by its earliest source and lists the sources earliest first, whatever order they were written in', async () => {
    const model = await boundaryModel();
    const anker = model.actors.find((actor) => actor.slug === 'anker');
    assert.deepEqual(
      anker?.reachedAllTime.map((step) => [step.step, step.date, step.sources]),
      [
        ['contact', '2019-03-01', [{ kind: 'manual', date: '2019-03-01' }]],
        ['workshop', '2019-04-01', [{ kind: 'manual', note: 'Eerste werkplaats.', date: '2019-04-01' }, { kind: 'manual', note: 'Tweede werkplaats.', date: '2019-05-01' }]],
        ['ambassador', '2019-02-01', [{ kind: 'ambassador', slug: 'anker', date: '2019-02-01' }]],
        ['visible', '2019-06-15', [{ kind: 'badge', date: '2019-06-15' }]],
      ],
    );
    // a-later.md (05-10) is read before b-eerder.md (02-01).
    const boei = model.actors.find((actor) => actor.slug === 'boei');
    assert.deepEqual(
      boei?.reachedAllTime.map((step) => [step.step, step.date, step.sources]),
      [
        ['contact', '2019-06-30', [{ kind: 'manual', date: '2019-06-30' }]],
        ['gathering', '2019-02-01', [{ kind: 'event', slug: 'b-eerder', date: '2019-02-01' }, { kind: 'event', slug: 'a-later', date: '2019-05-10' }]],
      ],
    );
  });

  it('counts a step dated on the as-of date as reached on that day, and not the day before', async () => {
    const reachedBy = async (asOf: string) => (await boundaryModel(asOf)).actors.find((actor) => actor.slug === 'boei')?.reached.map((step) => step.step);
    assert.deepEqual(await reachedBy('2019-06-30'), ['contact', 'gathering']);
    assert.deepEqual(await reachedBy('2019-06-29'), ['gathering']);
  });

  it('puts an actor without consent on the ambassador step like any other', async () => {
    const model = await boundaryModel();
    assert.deepEqual(model.ladder.find((rung) => rung.step === 'ambassador')?.actors, [
      { slug: 'kaap', date: '2019-01-01' },
      { slug: 'anker', date: '2019-02-01' },
    ]);
  });
});

describe('a ladder from content', () => {
  // tests/fixtures/ladder-three-levels: three steps reached by a declaration, by hand and by an ambassadorship.
  it('has the steps of ladder.yaml in their order, with their short names', async () => {
    const result = await prepareSite({ contentDir: 'tests/fixtures/ladder-three-levels' });
    assert.ok(result.ok);
    assert.deepEqual(
      result.model.ladder.map((rung) => [rung.step, rung.short, rung.actors.map((actor) => actor.slug)]),
      [
        ['committed', 'Engagement', ['voortrekker', 'ingetrokken', 'werkgever', 'vastberaden']],
        ['employer', 'Werkgever', ['voortrekker', 'werkgever']],
        ['leader', 'Voortrekker', ['voortrekker']],
      ],
    );
  });

  it('puts an actor on each step its sources reach, and keeps when a declaration was withdrawn and an ambassadorship ended', async () => {
    const result = await prepareSite({ contentDir: 'tests/fixtures/ladder-three-levels' });
    assert.ok(result.ok);
    const ladderOf = (slug: string) => result.model.actors.find((actor) => actor.slug === slug)?.reachedAllTime.map((step) => [step.step, step.sources]);
    assert.deepEqual(ladderOf('voortrekker'), [
      ['committed', [{ kind: 'declaration', date: '2021-01-10' }]],
      ['employer', [{ kind: 'manual', date: '2021-01-20' }]],
      ['leader', [{ kind: 'ambassador', slug: 'voortrekker', until: '2021-06-30', date: '2021-02-01' }]],
    ]);
    assert.deepEqual(ladderOf('ingetrokken'), [['committed', [{ kind: 'declaration', withdrawn: '2021-04-01', date: '2021-01-15' }]]]);
    assert.deepEqual(ladderOf('nieuw'), []);
  });

  it('gives no step for a source the ladder does not list: a badge shown reaches nothing here', async () => {
    const result = await prepareSite({ contentDir: 'tests/fixtures/ladder-three-levels' });
    assert.ok(result.ok);
    const sources = new Set(result.model.actors.flatMap((actor) => actor.reachedAllTime.flatMap((step) => step.sources.map((source) => source.kind))));
    assert.deepEqual([...sources].sort(), ['ambassador', 'declaration', 'manual']);
  });
});

describe('a ladder whose steps come from few sources (tests/fixtures/ladder-three-levels)', () => {
  // committed only from a declaration, employer only by hand, leader only from an ambassadorship.
  const ladder = ladderFileSchema.parse(parse(readFileSync('tests/fixtures/ladder-three-levels/ladder.yaml', 'utf8')));
  const werkgever = actorSchema.parse({
    name: 'Werkgever',
    sector: 'zorg',
    steps: [{ step: 'committed', date: '2021-01-05' }, { step: 'employer', date: '2021-01-20' }],
    declaration: {
      signed: '2021-01-10',
      renewals: [{ date: '2022-01-01', title: 'Vernieuwd', text: 'Voor twee jaar.' }],
      reports: [{ date: '2021-07-01', title: 'Eerste rapport', text: 'Wat er gebeurde.' }],
    },
  });
  const inputs: LadderInputs = {
    ladder,
    actors: new Map([['werkgever', werkgever]]),
    events: [{ slug: 'bijeenkomst', data: eventSchema.parse({ title: 'Bijeenkomst', type: 'gathering', date: '2021-03-01', participants: ['werkgever'] }) }],
    initiatives: [],
    ambassadors: [{ slug: 'voortrekker', data: ambassadorSchema.parse({ actor: 'werkgever', since: '2021-02-01', renewals: [{ date: '2022-02-01', title: 'Vernieuwd', text: 'Nog een jaar.' }] }) }],
  };
  const expected = [
    { step: 'committed', label: 'Engagement ondertekend', date: '2021-01-10', sources: [{ kind: 'declaration', date: '2021-01-10', renewals: ['2022-01-01'], reports: ['2021-07-01'] }] },
    { step: 'employer', label: 'Werkgever met een inclusief aanwervingsbeleid', date: '2021-01-20', sources: [{ kind: 'manual', date: '2021-01-20' }] },
    { step: 'leader', label: 'Voortrekker die andere werkgevers meeneemt', date: '2021-02-01', sources: [{ kind: 'ambassador', slug: 'voortrekker', date: '2021-02-01', renewals: ['2022-02-01'] }] },
  ];

  it('keeps the renewal and report days of a declaration and an ambassadorship on their sources, and ignores a step recorded by hand that the ladder does not accept by hand', () => {
    assert.deepEqual(computeLadder(inputs).get('werkgever'), expected);
  });

  it('gives no step for an event type or a verified badge that no step lists, and needs no visibility file', () => {
    const visibility = { werkgever: [{ result: 'present' as const, found: 'link' as const, first: '2021-04-01', last: '2021-04-01' }] };
    assert.deepEqual(computeLadder({ ...inputs, visibility }).get('werkgever'), expected);
  });
});

describe('whether a source still holds on a day', () => {
  const badge = { kind: 'badge' as const, date: '2021-01-01', removed: '2021-06-01' };

  it('holds a verified badge up to the day before the first check that no longer found it, and not on that day', () => {
    assert.equal(sourceHoldsOn(badge, '2021-05-31'), true);
    assert.equal(sourceHoldsOn(badge, '2021-06-01'), false);
    assert.equal(sourceHoldsOn({ kind: 'badge', date: '2021-01-01' }, '2030-01-01'), true);
  });

  it('says a removed badge ended on its removal, and nothing while it still holds', () => {
    assert.equal(sourceEndedOn(badge, '2021-05-31'), undefined);
    assert.equal(sourceEndedOn(badge, '2021-06-01'), '2021-06-01');
  });
});
