import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { prepareSite } from '../../../src/model/prepare-site.ts';
import type { SiteModel } from '../../../src/model/site-model.ts';
import { homeFigures } from '../../../src/site/pages/home-figures.ts';
import { fixtureModel, REPO_ROOT } from '../../model/prepare-fixture.ts';

async function exampleModel(name: string): Promise<SiteModel> {
  const result = await prepareSite({ contentDir: path.join(REPO_ROOT, 'examples', name) });
  if (!result.ok) assert.fail(`examples/${name} should pass`);
  return result.model;
}

describe('the home page figures follow the programme\'s own ladder', () => {
  test('a programme whose ladder has no declaration step shows no figure of running declarations, only its actors', async () => {
    const model = await exampleModel('begeleidingsprogramma-brussel');
    const figures = homeFigures(model, ['actors', 'signatories']);
    assert.equal(figures.length, 1);
    assert.equal(figures.some((figure) => figure.label.includes('engagementsverklaring')), false);
    assert.match(figures[0]!.label, /organisaties? op deze site/);
  });

  test('a programme whose ladder has no ambassador step shows no ambassador figure', async () => {
    const model = await exampleModel('ketensamenwerking');
    const figures = homeFigures(model, ['ambassadors']);
    assert.deepEqual(figures, []);
  });

  test('a programme whose ladder has a declaration step still shows its signatories', async () => {
    const model = await exampleModel('ketensamenwerking');
    const figures = homeFigures(model, ['signatories']);
    assert.equal(figures.length, 1);
  });

  test('the Integratiepact-like fixture keeps all four kinds', async () => {
    const model = await fixtureModel('boundaries/valid');
    assert.equal(homeFigures(model, ['actors', 'signatories', 'ambassadors', 'initiatives']).length, 4);
  });
});
