import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { prepareSite } from '../../../../src/model/prepare-site.ts';
import { methodData } from '../../../../src/site/pages/monitoring/method.ts';
import { REPO_ROOT } from '../../../model/prepare-fixture.ts';

async function sourcesOf(name: string): Promise<string[]> {
  const result = await prepareSite({ contentDir: path.join(REPO_ROOT, 'examples', name) });
  if (!result.ok) assert.fail(`examples/${name} should pass`);
  return methodData(result.model).ladderSources;
}

describe('the method page describes the programme\'s own ladder', () => {
  test('each step of examples/ketensamenwerking is described by its label and its from: sources, nothing of another programme', async () => {
    assert.deepEqual(await sourcesOf('ketensamenwerking'), [
      '„Partner in een bestaande samenwerking”: met de hand bij de actor genoteerd door de redactie, op de datum die erbij staat.',
      '„Een samenwerkingsovereenkomst afgesloten”: met de hand bij de actor genoteerd door de redactie, op de datum die erbij staat; het ondertekenen van de engagementsverklaring, op de datum van ondertekening.',
      '„De ketensamenwerking mee uitgetest”: met de hand bij de actor genoteerd door de redactie, op de datum die erbij staat; vermeld staan bij een initiatief binnen een oproep, op de startdatum van het initiatief; vermeld staan bij een initiatief buiten een oproep, op de startdatum van het initiatief.',
    ]);
  });

  test('an event step names its event types by their labels from taxonomies.yaml', async () => {
    const sources = await sourcesOf('begeleidingsprogramma-brussel');
    assert.equal(sources.length, 4);
    assert.match(sources[1]!, /^„Deelgenomen aan een gezamenlijke vergadering van de geselecteerde instellingen”: .*; deelname aan een activiteit van de soort „[^”]+”, op de datum van de activiteit/);
    assert.equal(sources.some((source) => source.includes('oproep')), false);
  });
});
