import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { prepareSite } from '../../../../src/model/prepare-site.ts';
import type { SiteModel } from '../../../../src/model/site-model.ts';
import { monitoringData } from '../../../../src/site/pages/monitoring/overview.ts';
import { PublicActors } from '../../../../src/site/public-actors.ts';
import { fixtureModel, REPO_ROOT } from '../../../model/prepare-fixture.ts';

async function exampleModel(name: string): Promise<SiteModel> {
  const result = await prepareSite({ contentDir: path.join(REPO_ROOT, 'examples', name) });
  if (!result.ok) assert.fail(`examples/${name} should pass`);
  return result.model;
}

describe('the sections of /monitoring/ with nothing to show are absent', () => {
  for (const name of ['federaal-diversiteitsplan-2018', 'diversiteitsbudget-2018']) {
    test(`examples/${name}, plans only, and no indicators, has only its plans: no summary, indicator, ladder, spiral growth, event or initiative section`, async () => {
      const model = await exampleModel(name);
      const data = monitoringData(model, new PublicActors(model));
      assert.deepEqual([data.funnel, data.spiral, data.events, data.initiatives], [undefined, undefined, undefined, undefined]);
      assert.deepEqual([data.summary, data.groups], [[], []]);
      assert.deepEqual(data.toc.map((link) => link.url), ['#actieplannen']);
    });
  }

  test('examples/begeleidingsprogramma-brussel, actors and events but no initiatives, no indicators and no initiatives, keeps ladder, spiral and events only', async () => {
    const model = await exampleModel('begeleidingsprogramma-brussel');
    const data = monitoringData(model, new PublicActors(model));
    assert.deepEqual(data.toc.map((link) => link.url), ['#trechter', '#spiraalgroei', '#activiteiten']);
    assert.equal(data.funnel?.rows.length, 4);
    assert.equal(data.initiatives, undefined);
  });

  test('a programme with actors, events and initiatives keeps every section', async () => {
    const model = await fixtureModel('valid');
    const data = monitoringData(model, new PublicActors(model));
    assert.deepEqual(
      data.toc.map((link) => link.url).filter((url) => url !== '#actieplannen'),
      ['#samenvatting', '#indicatoren', '#trechter', '#spiraalgroei', '#activiteiten', '#initiatieven'],
    );
  });
});
