import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { prepareSite } from '../../../src/model/prepare-site.ts';
import { buildView } from '../../../src/site/build-view.ts';
import type { SiteView } from '../../../src/site/view.ts';
import { renderWithEleventy } from '../outputs/render-with-eleventy.ts';
import { fileForUrl, REPO_ROOT } from '../support/fixture-site.ts';

// Sportclub Eendracht Leest (content/actors/) signed on 25 January 2018 and never reported. Under
// content/ladder.yaml's rules its first progress report was due within 6 months (by 24 July 2018),
// with 30 days' grace: the last day was 23 August 2018, and from 24 August 2018 it has lapsed.
const SLUG = 'sportclub-eendracht-leest';
const PAGE = `/engagement/${SLUG}/`;

/** What one surface says about the actor, on one as-of date. */
interface Surfaces {
  page: string;
  svg: string;
  darkSvg: string;
  png: string;
  json: { status: { standing: string; text: string; badgeText: string; ended: boolean; endedOn: string | null; since: string | null } };
  listing: string;
  monitoring: string;
  method: string;
}

/** The text of an HTML fragment without tags and with runs of white space collapsed. */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The content of content/ as of a day: its files from the view, the pages that show the status rendered by Eleventy. */
async function surfacesOn(asOf: string): Promise<Surfaces> {
  const prepared = await prepareSite({ contentDir: `${REPO_ROOT}/content`, asOf });
  assert.ok(prepared.ok, prepared.ok ? '' : JSON.stringify(prepared.problems, null, 2));
  const view: SiteView = buildView(prepared.model);
  const file = (url: string) => view.files.find((entry) => entry.url === url)?.content ?? assert.fail(`no file ${url}`);
  const urls = [PAGE, '/engagement/', '/monitoring/', '/monitoring/methode/'];
  const output = await renderWithEleventy({ ...view, pages: view.pages.filter((page) => urls.includes(page.url)) });
  const html = (url: string) => readFile(fileForUrl(output, url), 'utf8');
  const listing = await html('/engagement/');
  const entry = listing.match(new RegExp(`<li><a href="${PAGE}">[\\s\\S]*?</li>`))?.[0] ?? assert.fail('the actor is not in the listing');
  return {
    page: text((await html(PAGE)).match(/<section class="status-box[\s\S]*?<\/section>/)?.[0] ?? ''),
    svg: file(`${PAGE}badge.svg`),
    darkSvg: file(`${PAGE}badge-donker.svg`),
    png: view.rasters?.find((raster) => raster.url === `${PAGE}badge.png`)?.svg ?? '',
    json: JSON.parse(file(`${PAGE}index.json`)),
    listing: text(entry),
    monitoring: text((await html('/monitoring/')).match(/<section aria-labelledby="engagement-per-status"[\s\S]*?<\/section>/)?.[0] ?? ''),
    method: text((await html('/monitoring/methode/')).match(/<section aria-labelledby="vernieuwing-regels"[\s\S]*?<\/section>/)?.[0] ?? ''),
  };
}

/** The two lines of a badge SVG. */
function badgeLines(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].slice(0, 2).map((match) => match[1] ?? '');
}

describe('a declaration signed in 2018 and never reported, on every surface', () => {
  let standing: Surfaces;
  let lapsed: Surfaces;
  before(async () => {
    standing = await surfacesOn('2018-06-01');
    lapsed = await surfacesOn('2018-10-18');
  });

  test('before its deadline the badge page says Ondertekenaar since the signing', () => {
    assert.match(standing.page, /Ondertekenaar sinds 25 januari 2018/);
    assert.doesNotMatch(standing.page, /verlopen/i);
  });

  test('before its deadline the badge, light and dark, SVG and PNG, reads Ondertekenaar', () => {
    for (const svg of [standing.svg, standing.darkSvg, standing.png]) assert.deepEqual(badgeLines(svg), ['Ondertekenaar', 'Integratiepact sinds 2018']);
  });

  test('before its deadline index.json and the listing say active and Ondertekenaar', () => {
    assert.deepEqual(
      [standing.json.status.standing, standing.json.status.text, standing.json.status.badgeText, standing.json.status.ended],
      ['active', 'Ondertekenaar sinds 25 januari 2018', 'Ondertekenaar Integratiepact sinds 2018', false],
    );
    assert.equal(standing.listing, 'Sportclub Eendracht Leest Ondertekenaar sinds 25 januari 2018');
  });

  test('past its deadline the badge page says verlopen since the first day after the grace, with the rules a link away', () => {
    assert.match(lapsed.page, /Verklaring verlopen sinds 24 augustus 2018/);
    assert.match(lapsed.page, /Zo lang geldt een engagement: de regels/);
    assert.doesNotMatch(lapsed.page, /Ondertekenaar sinds/);
  });

  test('past its deadline the badge, light and dark, SVG and PNG, says verlopen and never Ondertekenaar sinds 2018, in grey', () => {
    for (const svg of [lapsed.svg, lapsed.darkSvg, lapsed.png]) {
      assert.deepEqual(badgeLines(svg), ['Verklaring verlopen', 'Integratiepact 2018']);
      assert.doesNotMatch(svg, /sinds|#0b5c6b/);
    }
    assert.match(lapsed.svg, /aria-label="Sportclub Eendracht Leest: Verklaring verlopen Integratiepact 2018"/);
  });

  test('past its deadline the badge keeps the outer size of every other badge of the site', () => {
    const size = (svg: string) => svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/)?.slice(1);
    assert.deepEqual(size(lapsed.svg), size(standing.svg));
  });

  test('past its deadline index.json says lapsed, since when, and that a report was missed', () => {
    assert.deepEqual(lapsed.json.status, {
      level: 'ondertekenaar',
      standing: 'lapsed',
      text: 'Verklaring verlopen sinds 24 augustus 2018',
      badgeText: 'Verklaring verlopen Integratiepact 2018',
      ended: true,
      since: '2018-01-25',
      endedOn: '2018-08-24',
      dueBy: null,
      due: 'report',
    });
  });

  test('past its deadline the listing keeps it, under Verlopen engagement, saying verlopen', () => {
    assert.equal(lapsed.listing, 'Sportclub Eendracht Leest Verklaring verlopen sinds 24 augustus 2018');
  });

  test('the monitoring counts the declarations per standing on each date', () => {
    // 2018-06-01: Minderhedenforum, Unie, Voka and the sportclub signed; Poppunt and Leuven had not yet.
    assert.match(standing.monitoring, /Ondertekende engagementsverklaringen per status, op 1 juni 2018 Status Aantal Actief 4 Te vernieuwen of te rapporteren 0 Verlopen 0 Ingetrokken 0 Totaal 4/);
    // 2018-10-18: Minderhedenforum reported, Poppunt and Leuven signed recently; Unie and Voka owe a report soon; the sportclub lapsed.
    assert.match(lapsed.monitoring, /op 18 oktober 2018 Status Aantal Actief 3 Te vernieuwen of te rapporteren 2 Verlopen 1 Ingetrokken 0 Totaal 6/);
    assert.match(lapsed.monitoring, /Ambassadeursrollen per status, op 18 oktober 2018 Status Aantal Actief 2 Te vernieuwen of te rapporteren 0 Verlopen 0 Afgelopen 0 Totaal 2/);
  });

  test('the methodology page states the rules with the numbers content/ladder.yaml gives the build', () => {
    assert.match(lapsed.method, /Een engagementsverklaring geldt 24 maanden \(2 jaar\) na de ondertekening of na de laatste vernieuwing/);
    assert.match(lapsed.method, /De laatste 60 dagen vóór het einde van de termijn staat er „te vernieuwen”/);
    assert.match(lapsed.method, /Een engagementsverklaring vraagt een voortgangsrapport binnen 6 maanden na de ondertekening, na de laatste vernieuwing of na het vorige rapport, met 30 dagen uitstel/);
    assert.match(lapsed.method, /Een ambassadeursrol geldt 12 maanden \(1 jaar\) na de start van de rol/);
  });
});
