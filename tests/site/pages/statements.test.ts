import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { statementPages, statementUrlsWithoutPage, type StatementData } from '../../../src/site/pages/statements.ts';
import { PublicActors } from '../../../src/site/public-actors.ts';
import { declareUrls } from '../../../src/site/url-owners.ts';
import { IDENTITY_CONTENT, modelOf } from '../support/identity-model.ts';

const model = await modelOf(IDENTITY_CONTENT);
const pages = statementPages(model, new PublicActors(model));
const byUrl = (url: string) => {
  const page = pages.find((candidate) => candidate.url === url);
  assert.ok(page, url);
  return { page, data: page.data as StatementData };
};

describe('the statements the site generates', () => {
  test('are contact, privacy and accessibility, at /contact/, /privacy/ and /toegankelijkheid/', () => {
    assert.deepEqual(pages.map((page) => [page.url, page.template]), [['/contact/', 'statement'], ['/privacy/', 'statement'], ['/toegankelijkheid/', 'statement']]);
  });

  test('the contact page gives e-mail, phone and the postal address from site.yaml, each linked where it helps', () => {
    const { data } = byUrl('/contact/');
    assert.deepEqual(data.sections[0]?.details, [
      { label: 'E-mail', lines: ['diversiteit@example.be'], url: 'mailto:diversiteit@example.be' },
      { label: 'Telefoon', lines: ['02\u00a0123\u00a045\u00a067'], url: 'tel:021234567' },
      { label: 'Adres', lines: ['Dienst Diversiteit', 'Wetstraat 1', '1000 Brussel'] },
    ]);
  });

  test('the accessibility statement states the standard, status, limits, audit date, method and the complaints route of content', () => {
    const { page, data } = byUrl('/toegankelijkheid/');
    assert.ok(data.intro.includes('De norm is WCAG 2.2, niveau AA (Richtlijnen voor de toegankelijkheid van webcontent).'));
    assert.deepEqual(data.sections.map((part) => part.id), ['stand-van-zaken', 'niet-toegankelijk', 'opstelling', 'feedback', 'handhaving']);
    assert.deepEqual(data.sections[1]?.items, ['De grafieken hebben geen beschrijving in tekst.']);
    assert.deepEqual(data.sections[2]?.paragraphs, ['Deze verklaring werd opgesteld op basis van een toetsing van 2 mei 2024.', 'Hoe getoetst werd: externe audit door een testbureau.']);
    assert.match(data.sections[4]?.paragraphs[0] ?? '', /bij de Federale Ombudsman\.$/);
    // The programme's own page of the same slug gives the title and is added under "Meer informatie".
    assert.equal(page.title, 'Toegankelijkheid van deze site');
    assert.equal(data.bodyHtml, '<p>De grafieken krijgen in het najaar een beschrijving in tekst.</p>\n');
  });

  test('without facts in site.yaml the accessibility statement says the site was not audited and names the Vlaamse Ombudsdienst', async () => {
    const bare = await modelOf(IDENTITY_CONTENT);
    delete bare.site.accessibility;
    const data = statementPages(bare, new PublicActors(bare))[2]?.data as StatementData;
    assert.deepEqual(data.sections.map((part) => part.id), ['stand-van-zaken', 'feedback', 'handhaving']);
    assert.match(data.sections[0]?.paragraphs[0] ?? '', /^Deze website werd nog niet getoetst/);
    assert.match(data.sections[2]?.paragraphs[0] ?? '', /bij de Vlaamse Ombudsdienst\.$/);
  });

  test('a statement with a content page is owned by that page; the others by the site', () => {
    assert.deepEqual(statementUrlsWithoutPage(model), ['/contact/', '/privacy/']);
    const owners = declareUrls(model, new PublicActors(model)).urls.filter((entry) => ['/contact/', '/privacy/', '/toegankelijkheid/'].includes(entry.url));
    assert.deepEqual(owners.map((entry) => [entry.url, entry.owner.kind]), [['/contact/', 'generated'], ['/privacy/', 'generated'], ['/toegankelijkheid/', 'entry']]);
  });
});
