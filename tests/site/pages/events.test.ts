import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event, SiteModel } from '../../../src/model/site-model.ts';
import { eventPage, SERIES_NEIGHBOURS, type EventDetail } from '../../../src/site/pages/events.ts';
import { PublicActors } from '../../../src/site/public-actors.ts';
import { fixtureModel } from '../../model/prepare-fixture.ts';

/** The fixture's model with its series grown to `count` meetings, numbered in date order. */
function withSeriesOf(model: SiteModel, count: number): SiteModel {
  const first = model.events.find((event) => event.slug === 'vergadering-1')!;
  const meetings: Event[] = Array.from({ length: count }, (_, i) => ({ ...first, slug: `bijeenkomst-${i + 1}`, title: `Bijeenkomst ${i + 1}` }));
  return { ...model, events: meetings, series: model.series.map((series) => ({ ...series, events: meetings.map((event) => event.slug) })) };
}

function detail(model: SiteModel, slug: string): EventDetail {
  const event = model.events.find((entry) => entry.slug === slug)!;
  return eventPage(event, model, new PublicActors(model)).data as EventDetail;
}

describe('the page of an event in a series', () => {
  it('lists every other event of a series of seven, in date order, and no link to all of them', async () => {
    const model = await fixtureModel('series');
    const data = detail(model, 'vergadering-2');
    assert.deepEqual(
      data.series.map((link) => link.label),
      [
        'Eerste gezamenlijke vergadering (10 juni 2020)',
        'Eerste vergadering van het Diversiteam (september – oktober 2020)',
        'Tweede vergadering van het Diversiteam (november – december 2020)',
        'Derde gezamenlijke vergadering (januari 2021)',
        'Derde vergadering van het Diversiteam (februari – maart 2021)',
        'Vierde opvolgingsvergadering en algemene balans (september – oktober 2021)',
      ],
    );
    assert.equal(data.series[0]?.url, '/activiteiten/vergadering-1/');
    assert.equal(data.seriesAll, undefined);
  });

  it('lists only the six nearest of a longer series and links to the series page for all of them', async () => {
    const model = withSeriesOf(await fixtureModel('series'), 12);
    assert.equal(SERIES_NEIGHBOURS, 6);
    const middle = detail(model, 'bijeenkomst-6');
    assert.deepEqual(
      middle.series.map((link) => link.url),
      ['/activiteiten/bijeenkomst-3/', '/activiteiten/bijeenkomst-4/', '/activiteiten/bijeenkomst-5/', '/activiteiten/bijeenkomst-7/', '/activiteiten/bijeenkomst-8/', '/activiteiten/bijeenkomst-9/'],
    );
    assert.deepEqual(middle.seriesAll, { label: 'Alle 12 activiteiten van Begeleidingsprogramma 2020–2021', url: '/activiteiten/reeks/begeleidingsprogramma/' });
    assert.deepEqual(
      detail(model, 'bijeenkomst-12').series.map((link) => link.label),
      ['Bijeenkomst 6 (10 juni 2020)', 'Bijeenkomst 7 (10 juni 2020)', 'Bijeenkomst 8 (10 juni 2020)', 'Bijeenkomst 9 (10 juni 2020)', 'Bijeenkomst 10 (10 juni 2020)', 'Bijeenkomst 11 (10 juni 2020)'],
    );
  });

  it('links to the series page from a series of eight, one more than the list shows', async () => {
    const model = withSeriesOf(await fixtureModel('series'), SERIES_NEIGHBOURS + 2);
    const data = detail(model, 'bijeenkomst-1');
    assert.equal(data.series.length, SERIES_NEIGHBOURS);
    assert.equal(data.seriesAll?.label, 'Alle 8 activiteiten van Begeleidingsprogramma 2020–2021');
  });

  it('lists nothing for an event without a series', async () => {
    const model = await fixtureModel('series');
    const { series: _, ...alone } = model.events.find((event) => event.slug === 'vergadering-1')!;
    const data = eventPage(alone, model, new PublicActors(model)).data as EventDetail;
    assert.deepEqual(data.series, []);
    assert.equal(data.seriesAll, undefined);
  });
});
