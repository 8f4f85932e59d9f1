import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { prepareSite } from '../../../../src/model/prepare-site.ts';
import type { SiteModel } from '../../../../src/model/site-model.ts';
import { measureNames } from '../../../../src/site/describe-measure.ts';
import { indicatorPageData } from '../../../../src/site/pages/monitoring/indicator-page.ts';
import { monitoringData } from '../../../../src/site/pages/monitoring/overview.ts';
import { PublicActors } from '../../../../src/site/public-actors.ts';

// tests/fixtures/visibility/content (see its README.md): on 2018-06-15 link and geheim (no consent)
// show the badge, weggehaald removed it on 2018-05-15, traag was never found, geheim's last check
// could not read its page; afbeelding is first found the day after.
async function modelOn(asOf: string): Promise<SiteModel> {
  const result = await prepareSite({ contentDir: 'tests/fixtures/visibility/content', asOf });
  assert.ok(result.ok, 'the visibility fixture is valid');
  return result.model;
}

const visibleRow = (model: SiteModel) => monitoringData(model, new PublicActors(model)).funnel?.rows.find((row) => row.label === 'Zichtbaar maken van de deelname op de eigen website');

describe('verified badges on /monitoring/ and on the visible indicator’s page', () => {
  test('the funnel says how many show the badge now and how many removed it since when, beside the count of the step ever reached', async () => {
    const model = await modelOn('2018-06-15');
    const row = visibleRow(model);
    assert.equal(row?.text, '3 van 10');
    assert.equal(
      row?.visibility,
      'Nagekeken op de eigen websites (laatste controle op 15 juni 2018): 2 organisaties tonen de badge nu, 1 haalde hem weer weg (niet meer gevonden sinds 15 mei 2018), 1 nog nooit gevonden, bij 1 kon de laatste controle de pagina niet lezen. Alleen een controle die de badge vond telt, vanaf die dag; wie hem later weghaalde, bereikte de stap wel en blijft meetellen.',
    );
  });

  test('the indicator’s page carries the same line under its figures', async () => {
    const model = await modelOn('2018-06-15');
    const indicator = model.indicators.find((entry) => entry.id === 'ladder-visible');
    assert.ok(indicator);
    assert.equal(indicatorPageData(model, indicator, measureNames(model)).visibility, visibleRow(model)?.visibility);
  });

  test('before the removal was found the badge still counts as shown; a check after the as-of date is not yet known', async () => {
    const row = visibleRow(await modelOn('2018-05-14'));
    assert.equal(row?.text, '2 van 10');
    assert.equal(row?.visibility, 'Nagekeken op de eigen websites (laatste controle op 1 mei 2018): 2 organisaties tonen de badge nu.');
  });

  test('before any check the line says nothing is verified yet; steps not reached by a badge have no line', async () => {
    const model = await modelOn('2018-02-28');
    const rows = monitoringData(model, new PublicActors(model)).funnel?.rows ?? [];
    assert.deepEqual(rows.map((row) => row.visibility), [undefined, 'Nog geen enkele website nagekeken: deze stap telt alleen badges die een controle vond.']);
  });

  test('names no actor, the one without consent included', async () => {
    const model = await modelOn('2018-06-15');
    const text = JSON.stringify(monitoringData(model, new PublicActors(model)));
    for (const name of ['Geheime kring', 'geheim', 'Weggehaald vzw', 'Link vzw']) assert.ok(!text.includes(name), name);
  });
});
