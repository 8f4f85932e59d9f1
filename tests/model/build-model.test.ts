import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureModel } from './prepare-fixture.ts';

// tests/fixtures/boundaries/valid (see its README): every date sits on a boundary of the as-of date.
describe('the site model on the boundaries of the as-of date', () => {
  test('an event on the as-of date itself is no longer upcoming; the day before it still is', async () => {
    const upcoming = async (asOf: string) => (await fixtureModel('boundaries/valid', asOf)).events.map((event) => [event.slug, event.upcoming]);
    assert.deepEqual(await upcoming('2019-05-10'), [['b-eerder', false], ['c-plandag', false], ['a-later', false]]);
    assert.deepEqual(await upcoming('2019-05-09'), [['b-eerder', false], ['c-plandag', false], ['a-later', true]]);
  });

  test('an ambassadorship is active from its since day up to and including its until day', async () => {
    const active = async (asOf: string) => (await fixtureModel('boundaries/valid', asOf)).ambassadors.map((ambassador) => [ambassador.slug, ambassador.active]);
    // Sorted by since: kaap (01-01) before anker (02-01), although anker.md is read first.
    assert.deepEqual(await active('2019-01-31'), [['kaap', true], ['anker', false]]);
    assert.deepEqual(await active('2019-02-01'), [['kaap', true], ['anker', true]]);
    assert.deepEqual(await active('2019-06-30'), [['kaap', true], ['anker', true]]);
    assert.deepEqual(await active('2019-07-01'), [['kaap', false], ['anker', true]]);
  });

  test('an actor lists the events it took part in, and its ambassadorships, by slug', async () => {
    const model = await fixtureModel('boundaries/valid');
    const boei = model.actors.find((actor) => actor.slug === 'boei');
    assert.deepEqual(boei?.events, ['a-later', 'b-eerder']);
    assert.deepEqual(model.actors.map((actor) => [actor.slug, actor.ambassadorships]), [['anker', ['anker']], ['boei', []], ['kaap', ['kaap']]]);
  });
});
