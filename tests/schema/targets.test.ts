import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupLabel, indicatorSchema } from '../../src/schema/targets.ts';
import { fixtureModel } from '../model/prepare-fixture.ts';

describe('indicator groups', () => {
  it('takes any Dutch as the heading, diacritics included, and folds it to an id', () => {
    assert.deepEqual(groupLabel('Coördinatie'), { id: 'coordinatie', label: 'Coördinatie' });
    assert.deepEqual(groupLabel({ label: 'Coördinatie', mark: 'SD 1' }), { id: 'coordinatie', label: 'Coördinatie', mark: 'SD 1' });
    assert.deepEqual(groupLabel('Opvolging in de instelling'), { id: 'opvolging-in-de-instelling', label: 'Opvolging in de instelling' });
  });

  it('keeps the heading of an id as older content wrote it', () => {
    assert.deepEqual(groupLabel('engagementsladder'), { id: 'engagementsladder', label: 'Engagementsladder' });
    assert.deepEqual(groupLabel('breed-draagvlak'), { id: 'breed-draagvlak', label: 'Breed draagvlak' });
  });

  it('refuses an empty heading and an unknown field in the block', () => {
    const base = { id: 'x', label: 'X', measure: { count: 'events' }, target: 1, due: '2021-12-31' };
    assert.equal(indicatorSchema.safeParse({ ...base, group: 'Coördinatie' }).success, true);
    assert.equal(indicatorSchema.safeParse({ ...base, group: '  ' }).success, false);
    assert.equal(indicatorSchema.safeParse({ ...base, group: { label: 'Coördinatie', merk: 'SD 1' } }).success, false);
  });

  it('passes group: Coördinatie in a content folder and carries heading and mark to the indicator', async () => {
    const model = await fixtureModel('series');
    assert.deepEqual(
      model.indicators.map((indicator) => [indicator.group, indicator.groupLabel, indicator.groupMark]),
      [
        ['coordinatie', 'Coördinatie', 'SD 1'],
        ['opvolging-in-de-instelling', 'Opvolging in de instelling', undefined],
      ],
    );
  });
});
