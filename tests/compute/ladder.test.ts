import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareSite } from '../../src/model/prepare-site.ts';

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
      { kind: 'event', slug: 'eerste' },
      { kind: 'event', slug: 'tweede' },
    ]);
  });

  it('puts an actor on action-outside-call for an initiative without a call', async () => {
    const model = await modelOn('2018-12-31');
    const bravo = model.actors.find((actor) => actor.slug === 'bravo');
    assert.deepEqual(bravo?.reached.find((step) => step.step === 'action-outside-call')?.sources, [{ kind: 'initiative', slug: 'buurtwerk' }]);
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
