import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { presenceOf, visibilityOn, visibilitySummary } from '../../src/compute/visibility.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import type { VisibilityRun } from '../../src/schema/visibility.ts';

const present = (first: string, last = first): VisibilityRun => ({ result: 'present', found: 'link', first, last });
const absent = (first: string, last = first): VisibilityRun => ({ result: 'absent', first, last });
const unreadable = (first: string, last = first): VisibilityRun => ({ result: 'unchecked', reason: 'timeout', first, last });

describe('stretches of verified presence', () => {
  it('has none without a check that found the badge, however many absent or unreadable checks', () => {
    assert.deepEqual(presenceOf([]), []);
    assert.deepEqual(presenceOf([absent('2018-01-01'), unreadable('2018-02-01')]), []);
  });

  it('starts on the first check that found the badge and ends on the first later check that did not', () => {
    assert.deepEqual(presenceOf([absent('2018-01-01'), present('2018-02-01', '2018-03-01'), absent('2018-04-01', '2018-05-01')]), [{ from: '2018-02-01', removed: '2018-04-01' }]);
  });

  it('is neither started nor ended by a page that could not be read', () => {
    assert.deepEqual(presenceOf([present('2018-02-01'), unreadable('2018-03-01'), present('2018-04-01')]), [{ from: '2018-02-01' }]);
    assert.deepEqual(presenceOf([unreadable('2018-01-01'), absent('2018-02-01')]), []);
  });

  it('opens a new stretch when a removed badge comes back', () => {
    assert.deepEqual(presenceOf([present('2018-02-01'), absent('2018-03-01'), present('2018-04-01')]), [{ from: '2018-02-01', removed: '2018-03-01' }, { from: '2018-04-01' }]);
  });
});

describe('an actor’s badge on a day', () => {
  const runs = [present('2018-02-01', '2018-03-01'), absent('2018-04-01', '2018-05-01'), unreadable('2018-06-01')];

  it('is unknown before the first check', () => {
    assert.equal(visibilityOn(runs, '2018-01-31'), undefined);
  });

  it('is shown from the day of the first check that found it, and checked up to that day within a run', () => {
    assert.deepEqual(visibilityOn(runs, '2018-02-01'), { state: 'shown', firstShown: '2018-02-01', lastChecked: '2018-02-01', lastUnchecked: false });
    assert.deepEqual(visibilityOn(runs, '2018-03-31'), { state: 'shown', firstShown: '2018-02-01', lastChecked: '2018-03-01', lastUnchecked: false });
  });

  it('is removed from the first check that no longer found it, and stays so while the page cannot be read', () => {
    assert.deepEqual(visibilityOn(runs, '2018-04-01'), { state: 'removed', firstShown: '2018-02-01', removed: '2018-04-01', lastChecked: '2018-04-01', lastUnchecked: false });
    assert.deepEqual(visibilityOn(runs, '2018-07-01'), { state: 'removed', firstShown: '2018-02-01', removed: '2018-04-01', lastChecked: '2018-06-01', lastUnchecked: true });
  });

  it('is never found when no check found it', () => {
    assert.deepEqual(visibilityOn([absent('2018-01-01')], '2018-01-01'), { state: 'never', lastChecked: '2018-01-01', lastUnchecked: false });
  });

  it('counts actors without naming them, leaving out those not checked by the day', () => {
    const file = { a: [present('2018-01-01')], b: runs, c: [absent('2018-01-01')], d: [present('2018-09-01')], e: [present('2018-03-01'), absent('2018-05-01')] };
    assert.deepEqual(visibilitySummary(file, ['a', 'b', 'c', 'd', 'e', 'f'], '2018-07-01'), {
      shown: 1, removed: 2, firstRemoved: '2018-04-01', never: 1, unchecked: 1, lastChecked: '2018-06-01',
    });
    assert.deepEqual(visibilitySummary({}, ['a'], '2018-07-01'), { shown: 0, removed: 0, never: 0, unchecked: 0 });
  });

  it('gives the earliest removal whatever order the actors come in', () => {
    const file = { early: [present('2018-01-01'), absent('2018-04-01')], late: [present('2018-01-01'), absent('2018-05-01')] };
    assert.equal(visibilitySummary(file, ['late', 'early'], '2018-07-01').firstRemoved, '2018-04-01');
    assert.equal(visibilitySummary(file, ['early', 'late'], '2018-07-01').firstRemoved, '2018-04-01');
  });
});

describe('the visible step and its indicator follow verified presence (tests/fixtures/visibility/content)', () => {
  async function on(asOf: string) {
    const result = await prepareSite({ contentDir: 'tests/fixtures/visibility/content', asOf });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    return result.model;
  }
  const visible = async (asOf: string) => {
    const model = await on(asOf);
    return {
      actors: model.ladder.find((rung) => rung.step === 'visible')?.actors.map((actor) => actor.slug),
      value: model.indicators.find((indicator) => indicator.id === 'ladder-visible')?.value,
    };
  };

  it('counts a badge verified on the as-of date itself, and one first verified the day after only from that day', async () => {
    // link: first found 2018-06-15; afbeelding: 2018-06-16. badge.since (2018-01-15 for all) counts for nobody.
    assert.deepEqual(await visible('2018-06-14'), { actors: ['weggehaald', 'geheim'], value: 2 });
    assert.deepEqual(await visible('2018-06-15'), { actors: ['weggehaald', 'geheim', 'link'], value: 3 });
    assert.deepEqual(await visible('2018-06-16'), { actors: ['weggehaald', 'geheim', 'link', 'afbeelding'], value: 4 });
  });

  it('keeps a removed badge as a step reached (the ladder counts steps ever reached), its source ended on the removal', async () => {
    const weggehaald = (await on('2018-06-15')).actors.find((actor) => actor.slug === 'weggehaald');
    assert.deepEqual(weggehaald?.reached.find((step) => step.step === 'visible')?.sources, [{ kind: 'badge', date: '2018-03-01', removed: '2018-05-15' }]);
  });

  it('counts nothing from badge.since alone: an actor with a claim and no verified check is not visible', async () => {
    const traag = (await on('2018-12-31')).actors.find((actor) => actor.slug === 'traag');
    assert.equal(traag?.badge?.since, '2018-01-15');
    assert.deepEqual(traag?.reachedAllTime, []);
  });
});
