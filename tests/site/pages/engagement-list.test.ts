import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generateContent } from '../../../scripts/bench/generate-content.ts';
import { prepareSite } from '../../../src/model/prepare-site.ts';
import type { SiteModel } from '../../../src/model/site-model.ts';
import { engagementPages, type EngagementListData } from '../../../src/site/pages/engagement.ts';
import { PublicActors } from '../../../src/site/public-actors.ts';
import type { PageView } from '../../../src/site/view.ts';

let dir: string;
let model: SiteModel;
let listPages: PageView<EngagementListData>[];

before(async () => {
  // The benchmark's generator gives enough signatories to need more than one overview page.
  dir = await mkdtemp(join(tmpdir(), 'engagement-list-'));
  await generateContent({ dir, entries: 600 });
  const result = await prepareSite({ contentDir: dir });
  assert.ok(result.ok, 'the generated content is valid');
  model = result.model;
  listPages = engagementPages(model, new PublicActors(model)).filter((page) => page.template === 'engagement-list') as PageView<EngagementListData>[];
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the /engagement/ overview', () => {
  test('is split over pages of at most 40 names, each linking to the others', () => {
    assert.ok(listPages.length > 1, `more than one page (got ${listPages.length})`);
    assert.equal(listPages[0]?.url, '/engagement/');
    assert.equal(listPages[1]?.url, '/engagement/pagina/2/');
    for (const page of listPages) {
      const names = page.data.sections.reduce((sum, section) => sum + section.items.length, 0);
      assert.ok(names <= 40, `${page.url} has ${names} names`);
      assert.equal(page.data.pager?.pages.length, listPages.length);
    }
  });

  test('names every public signatory and ambassador exactly once over all pages, with the whole count on each part', () => {
    const seen = listPages.flatMap((page) => page.data.sections.flatMap((section) => section.items.map((item) => `${section.title}|${item.url}`)));
    assert.equal(new Set(seen).size, seen.length);
    const counts = new Map<string, Set<string>>();
    for (const page of listPages) for (const section of page.data.sections) counts.set(section.title, (counts.get(section.title) ?? new Set()).add(section.count));
    for (const [title, values] of counts) assert.equal(values.size, 1, `"${title}" shows one count on every page`);
  });
});
