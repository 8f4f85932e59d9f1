import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { credentialPlan } from '../../src/credentials/credential-plan.ts';
import { buildView } from '../../src/site/build-view.ts';
import { PublicActors } from '../../src/site/public-actors.ts';
import { outputPath, reservedFolders, routes } from '../../src/site/routes.ts';
import { declareUrls, reservedFolderList } from '../../src/site/url-owners.ts';
import { urlCollisions } from '../../src/site/url-problems.ts';
import { REPO_ROOT } from './support/fixture-site.ts';

/** Content folders whose view the declaration must match exactly: every entry type, aliases, a hidden actor, plans. */
const FOLDERS = ['tests/fixtures/site', 'tests/fixtures/badges', 'tests/fixtures/valid', 'content'];

async function model(folder: string) {
  const result = await prepareSite({ contentDir: path.join(REPO_ROOT, folder) });
  if (!result.ok) throw new Error(`${folder} does not prepare: ${result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`);
  return result.model;
}

describe('the declared URLs', () => {
  for (const folder of FOLDERS) {
    test(`are exactly the URLs buildView produces for ${folder}, outside the folders the site fills as a whole`, async () => {
      const site = await model(folder);
      const view = buildView(site);
      const folders = reservedFolderList().map((entry) => entry.folder);
      const inFolder = (url: string) => folders.some((prefix) => url.startsWith(prefix));
      const produced = [
        ...view.pages.map((page) => page.url),
        ...view.files.map((file) => file.url),
        ...view.feeds.events.map((feed) => feed.url),
        ...view.feeds.initiatives.map((feed) => feed.url),
        ...(view.rasters ?? []).map((raster) => raster.url),
        ...(view.media ?? []).map((media) => media.url),
        // The signed credentials are written by the build after Eleventy, from the credential plan.
        ...(() => {
          const plan = credentialPlan(site, new PublicActors(site), []);
          return plan.published ? [plan.issuerUrl, plan.lists.revocation, plan.lists.suspension, ...plan.credentials.flatMap((credential) => [credential.url, ...credential.aliasUrls])] : [];
        })(),
      ].filter((url) => !inFolder(url));
      const declared = declareUrls(site, new PublicActors(site)).urls.map((entry) => entry.url);
      assert.deepEqual([...new Set(declared)].sort(), [...new Set(produced)].sort());
      assert.equal(declared.length, new Set(declared).size, 'no URL is declared twice');
    });
  }

  test('of the site itself never collide with each other, so every collision has a content file to fix', async () => {
    const site = await model('tests/fixtures/valid');
    const plan = declareUrls(site, new PublicActors(site));
    assert.deepEqual(urlCollisions({ ...plan, urls: plan.urls.filter((entry) => entry.owner.kind === 'generated') }), []);
  });

  test('withhold every URL of an actor without consent, under its slug and its former names', async () => {
    const site = await model('tests/fixtures/site');
    const plan = declareUrls(site, new PublicActors(site));
    const hidden = 'geheime-vereniging-zuiderlicht';
    assert.ok(plan.urls.every((entry) => !entry.url.includes(hidden)));
    assert.deepEqual(
      plan.withheld.filter((entry) => entry.url.includes(hidden)).map((entry) => entry.reason),
      // The page, its six files and the credential, and the actor page.
      Array(9).fill('privacy'),
    );
  });

  test('lock entry pages and badge files, not calendars or CSV files', async () => {
    const site = await model('tests/fixtures/site');
    const locked = new Set(declareUrls(site, new PublicActors(site)).urls.filter((entry) => entry.locked).map((entry) => entry.url));
    for (const url of ['/actoren/stad-testel/', '/engagement/stad-testel/badge.png', '/initiatieven/taalcafe-kaleidoscoop/', '/activiteiten/workshop-2025-01-20/', '/ambassadeurs/stad-testel/', '/over/']) {
      assert.ok(locked.has(url), url);
    }
    for (const url of ['/activiteiten/workshop-2025-01-20.ics', '/', '/data/actors.csv']) assert.ok(!locked.has(url), url);
  });
});

describe('the routes', () => {
  test('put every generated listing inside its reserved folder', () => {
    assert.ok(routes.initiativesByTheme('taal').startsWith(reservedFolders.initiativesByTheme));
    assert.ok(routes.initiativesByYear('2020').startsWith(reservedFolders.initiativesByYear));
    assert.ok(routes.actorsBySector('jeugd').startsWith(reservedFolders.actorsBySector));
    assert.ok(routes.actorsByRegion('limburg').startsWith(reservedFolders.actorsByRegion));
    assert.ok(routes.eventsByYear('2020').startsWith(reservedFolders.eventsByYear));
    assert.ok(routes.paged(routes.initiatives, 2).startsWith(reservedFolders.paged(routes.initiatives)));
    assert.ok(routes.media('media/logo.png').startsWith(reservedFolders.media));
    assert.ok(routes.feedEvents.startsWith(reservedFolders.feeds) && routes.brandCss.startsWith(reservedFolders.assets));
  });

  test('name the file a static host serves for a URL', () => {
    assert.equal(outputPath('/'), 'index.html');
    assert.equal(outputPath('/zoeken/'), 'zoeken/index.html');
    assert.equal(outputPath('/activiteiten/activiteiten.ics'), 'activiteiten/activiteiten.ics');
  });
});
