import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSeries } from '../../src/compute/series.ts';
import { fixtureModel } from '../model/prepare-fixture.ts';

describe('series timelines', () => {
  it('without steps is the events of the series in date order, a day before a month and a range by its start', async () => {
    const model = await fixtureModel('series');
    const [series] = buildSeries([{ slug: 'begeleidingsprogramma', file: 'series/begeleidingsprogramma.md', body: '', data: { title: 'Zonder stappen', steps: [] } }], model.events);
    assert.deepEqual(series?.timeline, [
      'vergadering-1', 'vergadering-2', 'diversiteam-1', 'diversiteam-2', 'vergadering-3', 'diversiteam-3', 'vergadering-4',
    ].map((slug) => ({ kind: 'event', slug })));
  });

  it('with steps keeps their order and reads each step date, leaving an undated step without one', async () => {
    const model = await fixtureModel('series');
    const [series] = buildSeries(
      [{ slug: 'begeleidingsprogramma', file: 'x.md', body: '', data: { title: 'Met stappen', period: '2020-06..2021-12', steps: [{ title: 'Actie', date: '2021-12' }, { event: 'vergadering-4' }, { title: 'Zonder datum', text: 'Uitleg' }] } }],
      model.events,
    );
    assert.deepEqual(series?.timeline.map((step) => (step.kind === 'event' ? step.slug : [step.title, step.when?.first ?? null, step.when?.last ?? null])), [
      ['Actie', '2021-12-01', '2021-12-31'],
      'vergadering-4',
      ['Zonder datum', null, null],
    ]);
    assert.equal(series?.periodWhen?.last, '2021-12-31');
    assert.equal(series?.events.length, 7);
  });
});
