import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { prepareSite } from '../../../../src/model/prepare-site.ts';
import type { SiteModel } from '../../../../src/model/site-model.ts';
import { measureNames } from '../../../../src/site/describe-measure.ts';
import { indicatorPageData } from '../../../../src/site/pages/monitoring/indicator-page.ts';

// tests/fixtures/manual-gap: "bezoekers" is first measured 850 on 2018-09-30 and has no baseline.
async function modelOn(asOf: string): Promise<SiteModel> {
  const result = await prepareSite({ contentDir: 'tests/fixtures/manual-gap', asOf });
  assert.ok(result.ok, 'the manual-gap fixture is valid');
  return result.model;
}

function pageOf(model: SiteModel, id: string) {
  const indicator = model.indicators.find((entry) => entry.id === id);
  assert.ok(indicator);
  return indicatorPageData(model, indicator, measureNames(model));
}

describe('the page of an indicator /monitoring/<id>/', () => {
  test('shows the quarters before the first measurement as "Nog geen gegevens" in the table and as a break in the chart, never 0', async () => {
    const page = pageOf(await modelOn('2018-10-18'), 'bezoekers');
    assert.deepEqual(
      page.chart.rows.map((row) => [row.isoDate, row.value, row.status.label]),
      [
        ['2018-03-31', '–', 'Nog geen gegevens'],
        ['2018-06-30', '–', 'Nog geen gegevens'],
        ['2018-09-30', '850', 'Ver achter op schema'],
        ['2018-10-18', '850', 'Ver achter op schema'],
      ],
    );
    // Marks only where there is a figure; one line from 30 September on, none through the empty quarters.
    assert.deepEqual(page.chart.geometry.points.map((point) => point.date), ['2018-09-30', '2018-10-18']);
    assert.equal(page.chart.geometry.valueLines.length, 1);
    assert.equal(page.chart.geometry.valueLines[0]!.split(' ').length, 2);
  });

  test('says on the day before the first measurement that there is no figure yet, and why', async () => {
    const page = pageOf(await modelOn('2018-09-29'), 'bezoekers');
    assert.equal(page.status.id, 'no-data');
    assert.deepEqual(page.worked, ['Er is nog geen cijfer: de eerste meting dateert van 30 september 2018.']);
    assert.deepEqual(page.facts.find((fact) => fact.label === 'Waarde'), { label: 'Waarde', value: '–' });
  });

  test('names its source, and links its CSV, the CSV of all indicators and the method', async () => {
    const page = pageOf(await modelOn('2018-10-18'), 'bezoekers');
    assert.equal(page.source.text, 'Een cijfer van buiten de site, door de redactie overgenomen en met zijn datum ingevuld.');
    assert.equal(page.source.list, undefined, 'a figure from elsewhere has no list on the site');
    assert.deepEqual(page.downloads.map((link) => link.url), ['/data/indicatoren/bezoekers.csv', '/monitoring/monitoring.csv', '/monitoring/methode/']);
    assert.equal(page.backLink.url, '/monitoring/');
  });
});
