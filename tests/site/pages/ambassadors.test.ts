import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ambassadorPages, type AmbassadorListing } from '../../../src/site/pages/ambassadors.ts';
import { PublicActors } from '../../../src/site/public-actors.ts';
import type { PageView } from '../../../src/site/view.ts';
import { fixtureModel } from '../../model/prepare-fixture.ts';

// tests/fixtures/boundaries/valid: anker (public) is ambassador since 2019-02-01; kaap (not public)
// from 2019-01-01 until 2019-06-30, the as-of date.
const KAAP = ['kaap', 'Kaap', 'Kaap Geheim spreekt hier niet'];

async function pagesOn(asOf: string): Promise<PageView[]> {
  const model = await fixtureModel('boundaries/valid', asOf);
  return ambassadorPages(model, new PublicActors(model));
}

const listing = (pages: PageView[]) => pages.find((page) => page.template === 'ambassador-list')?.data as AmbassadorListing;

describe('the ambassador pages and an ambassadorship of an actor without consent', () => {
  test('the listing names only the public ambassador and counts the other one while it runs', async () => {
    const pages = await pagesOn('2019-06-30');
    assert.deepEqual(pages.map((page) => page.url), ['/ambassadeurs/', '/ambassadeurs/anker/']);
    const data = listing(pages);
    assert.deepEqual(
      data.groups.map((group) => [group.title, group.items.map((item) => item.url)]),
      [['Actieve ambassadeurs', ['/ambassadeurs/anker/']]],
    );
    assert.equal(data.unnamed, '1 ambassadeur van een organisatie die niet bij naam genoemd wil worden.');
  });

  test('the listing still counts it, and still does not name it, once it has ended', async () => {
    const pages = await pagesOn('2019-07-01');
    assert.deepEqual(pages.map((page) => page.url), ['/ambassadeurs/', '/ambassadeurs/anker/']);
    const data = listing(pages);
    assert.deepEqual(data.groups.map((group) => group.title), ['Actieve ambassadeurs']);
    assert.equal(data.unnamed, '1 ambassadeur van een organisatie die niet bij naam genoemd wil worden.');
  });

  test('no page carries its actor\'s name, slug or quote', async () => {
    for (const asOf of ['2019-01-01', '2019-06-30', '2019-07-01']) {
      const text = JSON.stringify(await pagesOn(asOf));
      for (const secret of KAAP) assert.equal(text.includes(secret), false, `${asOf}: ${secret}`);
    }
  });

  test('before the public ambassadorship starts there is nobody to name, only the count', async () => {
    const pages = await pagesOn('2019-01-01');
    assert.deepEqual(pages.map((page) => page.url), ['/ambassadeurs/']);
    assert.deepEqual(listing(pages).groups, []);
    assert.equal(listing(pages).unnamed, '1 ambassadeur van een organisatie die niet bij naam genoemd wil worden.');
  });
});
