import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildView } from '../../../src/site/build-view.ts';
import type { SeriesDetail } from '../../../src/site/pages/series.ts';
import { fixtureModel } from '../../model/prepare-fixture.ts';

describe('the series page', () => {
  it('shows the whole programme in the order of steps, undated steps between the meetings', async () => {
    const model = await fixtureModel('series');
    const page = buildView(model).pages.find((entry) => entry.url === '/activiteiten/reeks/begeleidingsprogramma/');
    assert.ok(page);
    assert.equal(page.template, 'series');
    const data = page.data as SeriesDetail;
    assert.equal(data.period, 'juni 2020 – december 2021');
    assert.equal(data.timelineIntro, '12 stappen, in de volgorde van het programma.');
    assert.deepEqual(
      data.timeline.map((step) => [step.date, step.title, step.url ?? '', step.status]),
      [
        ['10 juni 2020', 'Eerste gezamenlijke vergadering', '/activiteiten/vergadering-1/', 'Voorbij'],
        ['8 juli 2020', 'Tweede gezamenlijke vergadering', '/activiteiten/vergadering-2/', 'Voorbij'],
        ['Zonder vaste datum', 'Acties te ondernemen door de instelling', '', ''],
        ['september – oktober 2020', 'Eerste vergadering van het Diversiteam', '/activiteiten/diversiteam-1/', 'Voorbij'],
        ['Zonder vaste datum', 'Acties te ondernemen door de instelling', '', ''],
        ['november – december 2020', 'Tweede vergadering van het Diversiteam', '/activiteiten/diversiteam-2/', 'Voorbij'],
        ['Zonder vaste datum', 'Acties te ondernemen door de instelling', '', ''],
        ['januari 2021', 'Derde gezamenlijke vergadering', '/activiteiten/vergadering-3/', 'Voorbij'],
        ['februari – maart 2021', 'Derde vergadering van het Diversiteam', '/activiteiten/diversiteam-3/', 'Nog te komen'],
        ['Zonder vaste datum', 'Acties te ondernemen door de instelling', '', ''],
        ['september – oktober 2021', 'Vierde opvolgingsvergadering en algemene balans', '/activiteiten/vergadering-4/', 'Nog te komen'],
        ['december 2021', 'Acties te ondernemen door de instelling', '', 'Nog te komen'],
      ],
    );
    assert.deepEqual(data.timeline.map((step) => step.isoDate), ['2020-06-10', '2020-07-08', '', '', '', '', '', '2021-01', '', '', '', '2021-12']);
  });

  it('names the organiser only with consent and shows the consenting contact person', async () => {
    const model = await fixtureModel('series');
    const data = buildView(model).pages.find((entry) => entry.url === '/activiteiten/reeks/begeleidingsprogramma/')?.data as SeriesDetail;
    assert.deepEqual(data.organiser?.links, [{ label: 'Bruxeo', url: '/actoren/bruxeo/' }]);
    assert.deepEqual(data.contact, {
      name: 'Joelle Jablan',
      role: 'Diversiteit en inclusie adviseur',
      email: 'joelle.jablan@bruxeo.example',
      phone: '02\u00a0210\u00a053\u00a004',
      phoneHref: 'tel:022105304',
    });
  });
});
