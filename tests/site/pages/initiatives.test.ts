import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { SiteModel } from '../../../src/model/site-model.ts';
import { buildView } from '../../../src/site/build-view.ts';
import { chainSteps } from '../../../src/site/pages/initiatives.ts';
import { PublicActors } from '../../../src/site/public-actors.ts';
import { fixtureModel } from '../../model/prepare-fixture.ts';
import { renderWithEleventy } from '../outputs/render-with-eleventy.ts';

/** Every file under a folder, as [relative path, text]. */
async function allFiles(root: string): Promise<[string, string][]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.filter((entry) => entry.isFile()).map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(root, file), await readFile(file, 'latin1')] as [string, string];
    }),
  );
}

describe('an initiative with a partner chain (seed 003)', () => {
  let model: SiteModel;
  let html: string;
  let files: [string, string][];
  before(async () => {
    model = await fixtureModel('chain');
    const output = await renderWithEleventy(buildView(model));
    html = await readFile(path.join(output, 'initiatieven', 'vroegtijdige-arbeidsintegratie', 'index.html'), 'utf8');
    files = await allFiles(output);
    await rm(output, { recursive: true, force: true });
  });

  test('the chain is printed as an ordered list of steps, each with its partner and role, in the order written', () => {
    const list = /<ol class="chain">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const steps = [...list.matchAll(/<li class="chain-step">([\s\S]*?)<\/li>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    assert.deepEqual(steps, [
      'Schakel 1 van 3 Fedasil Screening van recent aangekomen bewoners en doorverwijzing',
      'Schakel 2 van 3 VDAB Inschrijving en begeleiding naar werk; delen van cijfergegevens met Fedasil',
      'Schakel 3 van 3 Een partner die niet bij naam genoemd wordt Maatschappelijke oriëntatie en inburgering',
    ]);
    assert.match(list, /<a href="\/actoren\/vdab\/">VDAB<\/a>/);
    assert.match(html, /<h2 id="keten">De keten<\/h2>\s*<p>Zo werken de 3 partners na elkaar samen, in volgorde\.<\/p>/);
  });

  test('the partner without consent is counted in its place but named in no output file, nor its file name', () => {
    assert.equal(chainSteps(model.initiatives[0]!, new PublicActors(model))[2]?.actor, null);
    const leaks = files.filter(([, text]) => /Agentschap Integratie|agii/i.test(text)).map(([file]) => file);
    assert.deepEqual(leaks, []);
  });

  test('an initiative without a chain prints no chain section', async () => {
    const plain = await fixtureModel('minimal');
    assert.equal(plain.initiatives.every((initiative) => initiative.chain === undefined), true);
    assert.deepEqual(chainSteps({ ...model.initiatives[0]!, chain: undefined } as never, new PublicActors(model)), []);
  });
});
