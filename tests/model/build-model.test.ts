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

describe('the site model of the valid fixture and its order', () => {
  test('actors carry their region term and, by slug, whom they invited and what they did and attended; none is an empty list', async () => {
    const model = await fixtureModel('valid');
    assert.deepEqual(
      model.actors.map((actor) => [actor.slug, actor.regionTerm, actor.invited, actor.initiatives, actor.events, actor.ambassadorships]),
      [
        ['bakkerij-peeters', undefined, [], ['testel-zonder-racisme'], ['workshop-2021-02-17'], []],
        ['jeugdhuis-de-tent', undefined, [], [], ['workshop-2021-01-20'], []],
        ['muziekhuis', { id: 'vlaanderen', label: 'Heel Vlaanderen' }, [], ['muziek-voor-iedereen'], ['workshop-2021-02-17'], []],
        ['stad-testel', { id: 'vlaams-brabant', label: 'Provincie Vlaams-Brabant' }, ['bakkerij-peeters', 'muziekhuis'], ['testel-zonder-racisme'], ['workshop-2021-01-20'], ['stad-testel']],
      ],
    );
  });

  test('initiatives carry their theme terms and call term with the labels of taxonomies.yaml', async () => {
    const model = await fixtureModel('valid');
    assert.deepEqual(model.initiatives.map((initiative) => [initiative.slug, initiative.themeTerms, initiative.callTerm]), [
      ['testel-zonder-racisme', [{ id: 'racisme', label: 'Racisme' }], undefined],
      ['muziek-voor-iedereen', [{ id: 'diversiteit', label: 'Diversiteit' }], { id: 'oproep-2021', label: 'Oproep 2021' }],
    ]);
  });

  test('actors are sorted by name as a reader expects (É with the E), not by file name; pages by order, then title', async () => {
    // tests/fixtures/boundaries/model-order: minimal/ plus actors aa-zuid.md (Zuidpunt) and zz-eiland.md (Éiland),
    // and pages a-alfa (order 2), b-beta and c-ark (both order 1).
    const model = await fixtureModel('boundaries/model-order');
    assert.deepEqual(model.actors.map((actor) => [actor.slug, actor.name, actor.events]), [
      ['zz-eiland', 'Éiland', []],
      ['stad-testel', 'Stad Testel', []],
      ['aa-zuid', 'Zuidpunt', []],
    ]);
    assert.deepEqual(model.pages.map((page) => [page.slug, page.order, page.title]), [
      ['c-ark', 1, 'Ark'],
      ['b-beta', 1, 'Beta'],
      ['a-alfa', 2, 'Alfa'],
    ]);
  });
});
