import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { prepareSite } from '../../../src/model/prepare-site.ts';
import type { SiteModel } from '../../../src/model/site-model.ts';
import { homePages, type HomeData } from '../../../src/site/pages/home.ts';
import { PublicActors } from '../../../src/site/public-actors.ts';
import { REPO_ROOT } from '../../model/prepare-fixture.ts';

async function homeOf(name: string): Promise<HomeData> {
  const result = await prepareSite({ contentDir: path.join(REPO_ROOT, 'examples', name) });
  if (!result.ok) assert.fail(`examples/${name} should pass`);
  const model: SiteModel = result.model;
  return homePages(model, new PublicActors(model))[0]!.data as HomeData;
}

describe('the home page and the programme\'s action plans', () => {
  test('a plan-only programme links each of its plans and the monitoring overview', async () => {
    const data = await homeOf('federaal-diversiteitsplan-2018');
    assert.ok(data.plans);
    assert.ok(data.plans.links.length > 0);
    assert.ok(data.plans.links.every((link) => /^\/monitoring\/[a-z0-9-]+\/$/.test(link.url)));
    assert.deepEqual(data.plans.monitoring, { label: 'Hoe ver het programma staat: de monitoring', url: '/monitoring/' });
    assert.equal(data.plans.title, 'Actieplannen');
  });

  test('a programme without plans has no plans section on its home page', async () => {
    const data = await homeOf('begeleidingsprogramma-brussel');
    assert.equal(data.plans, undefined);
  });
});
