import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { computePlan } from '../../../src/compute/plans.ts';
import type { SiteModel } from '../../../src/model/site-model.ts';
import { planSchema } from '../../../src/schema/plan.ts';
import { buildView } from '../../../src/site/build-view.ts';
import { formatQuarters, planPageData, planPages, type GroupView, type PlanPageData } from '../../../src/site/pages/plans.ts';
import { planExports } from '../../../src/site/outputs/plans.ts';
import { PublicActors } from '../../../src/site/public-actors.ts';
import { fixtureModel } from '../../model/prepare-fixture.ts';
import { renderWithEleventy } from '../outputs/render-with-eleventy.ts';

/** Text without tags and entities, whitespace collapsed, for reading a page as a person does. */
const text = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();

/** A CSV of toExcelCsv back as rows of cells (no quoted separators in these fixtures). */
const csvRows = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(';'));

describe('the action plan pages', () => {
  let model: SiteModel;
  let html: Record<string, string>;
  let csv: Record<string, string>;
  before(async () => {
    model = await fixtureModel('plans/content');
    const view = buildView(model);
    const output = await renderWithEleventy({
      ...view,
      pages: view.pages.filter((page) => page.template === 'plan'),
      files: view.files.filter((file) => file.url.startsWith('/data/plans/')),
    });
    html = {};
    csv = {};
    for (const slug of ['klein-plan', 'begroting-diversiteit-2018']) {
      html[slug] = await readFile(path.join(output, 'monitoring', slug, 'index.html'), 'utf8');
      csv[slug] = await readFile(path.join(output, 'data', 'plans', `${slug}.csv`), 'utf8');
    }
    await rm(output, { recursive: true, force: true });
  });

  test('every plan gets a page at /monitoring/<id>/ under the monitoring crumb, and a CSV at /data/plans/<id>.csv', () => {
    const pages = planPages(model, new PublicActors(model));
    assert.deepEqual(pages.map((page) => [page.url, page.template, page.breadcrumbs.map((crumb) => crumb.url).join(' ')]), [
      ['/monitoring/begroting-diversiteit-2018/', 'plan', '/ /monitoring/'],
      ['/monitoring/klein-plan/', 'plan', '/ /monitoring/'],
    ]);
    assert.deepEqual(planExports(model).map((entry) => entry.url), ['/data/plans/begroting-diversiteit-2018.csv', '/data/plans/klein-plan.csv']);
  });

  test('nested groups are nested sections whose headings go down one level per depth: h2, h3, h4', () => {
    const headings = [...html['klein-plan']!.matchAll(/<h([1-6])[^>]*>([^<]*)<\/h\1>/g)].map((match) => `h${match[1]} ${match[2]}`);
    assert.deepEqual(headings, [
      'h1 Klein actieplan 2021',
      'h2 Inhoud van het plan',
      'h2 Overzicht',
      'h3 Acties per status',
      'h3 Begroting',
      'h3 Mandagen',
      'h3 Financiële kerncijfers',
      'h2 1. Luik A',
      'h3 1.1 Deel A.1',
      'h4 1.1.1 Deel A.1.1',
      'h2 2. Luik B',
    ]);
    // Of every <section> opened and closed, keep the group sections: "(" opens one, ")" closes it.
    const stack: boolean[] = [];
    let outline = '';
    for (const match of html['klein-plan']!.matchAll(/<section class="([^"]*)"|<\/section>/g)) {
      if (match[1] !== undefined) {
        stack.push(match[1].startsWith('plan-group'));
        if (stack.at(-1)) outline += '(';
      } else if (stack.pop()) {
        outline += ')';
      }
    }
    assert.deepEqual(
      outline,
      '((()))()',
      'Luik A holds Deel A.1, which holds Deel A.1.1; Luik B stands beside Luik A',
    );
  });

  test('a group nested deeper than h6 still gets an h6', () => {
    let group: Record<string, unknown> = { title: 'Niveau 7', actions: [{ title: 'A', status: 'done' }] };
    for (let level = 6; level >= 1; level--) group = { title: `Niveau ${level}`, groups: [group] };
    const input = planSchema.parse({ title: 'Diep', period: { start: '2021-01-01', end: '2021-12-31' }, groups: [group] });
    const data = planPageData(computePlan({ slug: 'diep', file: 'diep.yaml', data: input }, { asOf: '2021-06-30', facts: { stepDates: new Map(), events: [], initiatives: [], ambassadors: [] } }));
    const levels: number[] = [];
    const walk = (groups: GroupView[]) => groups.forEach((g) => (levels.push(g.level), walk(g.groups)));
    walk(data.groups);
    assert.deepEqual(levels, [2, 3, 4, 5, 6, 6, 6]);
  });

  test('the overview shows every status in words with its count and share, and the total', () => {
    const page = text(html['klein-plan']!);
    assert.match(page, /Gepland 1 13 % Lopend 2 25 % Uitgevoerd 2 25 % Uitgevoerd en lopend 1 13 % Uitgesteld 1 12 % Niet uitgevoerd 1 12 % Totaal 8 100 %/);
    // The coloured bar is decoration only: hidden from assistive technology.
    assert.match(html['klein-plan']!, /<svg class="plan-status-bar"[^>]*aria-hidden="true"/);
  });

  test('the overview shows planned, spent and the share spent per budget line, the person-days and the key figures', () => {
    const page = text(html['klein-plan']!);
    assert.match(page, /Regulier € 1\.500 € 1\.500 100 % Extra middelen € 500 € 0 0 % Totaal € 2\.000 € 1\.500 75 %/);
    assert.match(page, /Intern Extern Totaal 5 3,5 8,5/);
    assert.match(page, /Opdrachten Bureau Noord € 1\.200 Bureau Zuid € 300,50 Opdrachten, samen € 1\.500,50/);
  });

  test('each group summarizes the statuses, money and days of everything under it', () => {
    const page = text(html['klein-plan']!);
    assert.match(page, /1\. Luik A Het eerste luik\. Aantal 5 acties Status Lopend 1 \(20 %\) Uitgevoerd 2 \(40 %\) Uitgesteld 1 \(20 %\) Niet uitgevoerd 1 \(20 %\) Regulier € 1\.500 voorzien, € 1\.400 uitgegeven \(93,3 %\) Extra middelen € 500 voorzien, € 0 uitgegeven \(0 %\) Mandagen 5 intern, 3,5 extern/);
  });

  test('every action shows its indicator, target, value, status, timing, owners and status note', () => {
    const page = text(html['klein-plan']!);
    assert.match(page, /1 Gesprekken voeren Output: Verslagen van de gesprekken Trekker: Team A Timing: Q1–Q2 2021 Aantal gesprekken 4 3 75 % van het streefcijfer met de hand ingevuld Uitgevoerd 2 1,5 € 1\.000 € 800/);
    assert.match(page, /2 Werkplaatsen houden Timing: Q1–Q3 2021 Aantal werkplaatsen Geteld op de site: [^.]*Workshop[^.]*\. 4 1 25 % van het streefcijfer geteld op de site Lopend 3 € 500 € 600 € 200 € 0/);
    assert.match(page, /3 Brochure maken Uitgesteld Uitgesteld naar 2022\./);
    assert.match(page, /6 Website bijwerken Trekkers: Stad Testel, Webbureau Timing: Q4 2021 Lopend/);
  });

  test('a page has a column only for what some action of the plan fills in', () => {
    const seed = model.plans.find((plan) => plan.slug === 'begroting-diversiteit-2018')!;
    const data: PlanPageData = planPageData(seed);
    assert.deepEqual(
      { ...data.columns, budget: data.columns.budget.map((line) => `${line.planned} | ${line.spent}`) },
      {
        indicator: false,
        target: false,
        value: false,
        days: false,
        budget: ['Begroting 2018: voorzien | Begroting 2018: uitgegeven', 'Begroting TOM 2018: voorzien | Begroting TOM 2018: uitgegeven'],
      },
    );
    const header = html['begroting-diversiteit-2018']!.match(/<thead>\s*<tr>([\s\S]*?)<\/tr>\s*<\/thead>/g)?.at(-1) ?? '';
    assert.deepEqual([...header.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1]), [
      'Nr.', 'Actie', 'Status', 'Begroting 2018: voorzien', 'Begroting 2018: uitgegeven', 'Begroting TOM 2018: voorzien', 'Begroting TOM 2018: uitgegeven',
    ]);
  });

  test('the seed 004 page shows the totals the seed prints', () => {
    const page = text(html['begroting-diversiteit-2018']!);
    assert.match(page, /Begroting 2018 € 236\.000 € 215\.800 91,4 % Begroting TOM 2018 € 798\.000 € 756\.500 94,8 % Totaal € 1\.034\.000 € 972\.300 94 %/);
    assert.match(page, /Totaal 176 100 %/);
  });

  test('the plan pages are valid HTML with no inline style or script', async () => {
    const validator = new HtmlValidate({ root: true, extends: ['html-validate:recommended'] });
    for (const [slug, page] of Object.entries(html)) {
      const report = await validator.validateString(page);
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
      assert.deepEqual(messages, [], `${slug}:\n${messages.join('\n')}`);
      assert.doesNotMatch(page, /\sstyle=|<script/);
    }
  });

  test('the CSV holds every action, flat, with its group path, and agrees with the page', () => {
    const rows = csvRows(csv['klein-plan']!);
    assert.deepEqual(rows[0], [
      'number', 'group_number', 'group_path', 'title', 'description', 'output', 'indicator', 'target', 'value', 'value_source', 'percent',
      'kpis', 'status', 'status_label', 'status_note', 'timing', 'owners', 'leads', 'partners', 'days_internal', 'days_external',
      'regulier_planned', 'regulier_planned_note', 'regulier_spent', 'regulier_spent_note', 'extra_planned', 'extra_planned_note', 'extra_spent', 'extra_spent_note',
    ]);
    assert.equal(rows.length, 1 + 8);
    assert.deepEqual(rows[1], ['1', '1', 'Luik A', 'Gesprekken voeren', '', 'Verslagen van de gesprekken', 'Aantal gesprekken', '4', '3', 'met de hand', '75', '', 'done', 'Uitgevoerd', '', '2021-Q1 | 2021-Q2', 'Team A', '', '', '2', '1,5', '1000', '', '800', '', '', '', '', '']);
    assert.deepEqual(rows[5]?.slice(0, 4), ['5', '1.1.1', 'Luik A › Deel A.1 › Deel A.1.1', 'Drukken']);
    // The columns add up to the overview: regular planned 1.500, spent 1.500; extra planned 500.
    const sum = (column: number) => rows.slice(1).reduce((total, row) => total + Number((row[column] ?? '').replace(',', '.') || 0), 0);
    assert.deepEqual([sum(21), sum(23), sum(25), sum(27), sum(19), sum(20)], [1500, 1500, 500, 0, 5, 3.5]);
  });

  test('the seed 004 CSV sums to the seed TOTAAL line', () => {
    const rows = csvRows(csv['begroting-diversiteit-2018']!);
    const header = rows[0]!;
    assert.equal(rows.length, 1 + 176);
    const sum = (name: string) => rows.slice(1).reduce((total, row) => total + Number(row[header.indexOf(name)] || 0), 0);
    assert.deepEqual(['regulier_planned', 'regulier_spent', 'tom_planned', 'tom_spent'].map(sum), [236_000, 215_800, 798_000, 756_500]);
  });
});

test('quarters are printed as runs: within a year, across years, and apart', () => {
  assert.equal(formatQuarters(['2018-Q1', '2018-Q2', '2018-Q3']), 'Q1–Q3 2018');
  assert.equal(formatQuarters(['2018-Q4', '2019-Q1']), 'Q4 2018 – Q1 2019');
  assert.equal(formatQuarters(['2018-Q1', '2018-Q3']), 'Q1 2018, Q3 2018');
  assert.equal(formatQuarters([]), '');
});

describe('a plan with imprecise amounts, several KPIs, marked leads and no statuses (seed 001)', () => {
  let model: SiteModel;
  let data: PlanPageData;
  before(async () => {
    model = await fixtureModel('plans/imprecise');
    data = planPageData(model.plans[0]!);
  });

  test('the overview sum is approximate and names the unknown amounts; the share is not computed', () => {
    assert.deepEqual(data.summary.budget, [
      { label: 'Begroting', planned: { text: '± € 11.000', url: '', note: '2 bedragen onbekend' }, spent: { text: '€ 2.500', url: '', note: '' }, share: 'niet te berekenen' },
    ]);
  });

  test('a group with the source\'s mark is headed by it instead of its outline number; the others keep their number', () => {
    assert.deepEqual(data.contents.map((link) => link.label), ['1. Alles onbekend', 'OD 2 Eén bedrag bij benadering', '3. Verwijzingen']);
  });

  test('each group says what is unknown or unrecorded instead of € 0', () => {
    assert.deepEqual(
      data.groups.map((group) => group.summary.budgetLines[0]?.text),
      [
        '2 voorziene bedragen onbekend, uitgaven niet geregistreerd',
        '± € 10.500 voorzien, € 2.500 uitgegeven (23,8 %)',
        '± € 500 voorzien, uitgaven niet geregistreerd',
      ],
    );
  });

  test('every amount is printed as the source gives it, a reference linking to the action it names', () => {
    const planned = data.groups.flatMap((group) => group.actions.map((action) => action.budget[0]?.planned));
    assert.deepEqual(planned, [
      { text: 'onbekend', url: '', note: '' },
      { text: 'onbekend', url: '', note: '' },
      { text: '€ 3.000', url: '', note: '' },
      { text: '± € 7.500', url: '', note: 'aanvraag projectsubsidie kabinet Demir' },
      { text: '€ 0', url: '', note: '' },
      { text: 'zie actie 3', url: '#actie-congres', note: '' },
      { text: 'n.v.t.', url: '', note: '' },
      { text: '± € 500', url: '', note: '' },
    ]);
    assert.equal(data.groups[1]!.actions[0]!.anchor, 'actie-congres');
  });

  test('leads are "Trekker" or "Trekkers" and the others "Partner(s)"; an owner without roles stays "Trekker"', () => {
    const actions = data.groups[1]!.actions;
    assert.deepEqual(actions.map((action) => action.owners.map((line) => `${line.label}: ${line.names}`)), [
      ['Trekkers: Werkgroep FDD, Stuurgroep diversiteit', 'Partner: Kabinet Demir'],
      ['Trekker: .be Proud! netwerk', 'Partner: Netwerk Federale diversiteit'],
      ['Trekker: Stuurgroep diversiteit'],
    ]);
  });

  test('an action without a status reads "Niet vermeld", and the overview counts them as "Onbekend", last', () => {
    assert.deepEqual(data.groups[0]!.actions.map((action) => action.status.label), ['Niet vermeld', 'Lopend']);
    assert.deepEqual(data.summary.statuses.map((row) => `${row.status.label} ${row.count} ${row.percentage}`).slice(-2), ['Niet uitgevoerd 0 0 %', 'Onbekend 6 75 %']);
    assert.equal(planPageData(model.plans[0]!).summary.statuses.length, 7);
  });

  test('several KPIs are listed with their own target, value and progress', () => {
    assert.deepEqual(data.groups[1]!.actions[0]!.kpis, [
      { label: 'een transversaal congres in het najaar', measure: '', figures: 'streefcijfer 1, waarde 1 (100 % van het streefcijfer)' },
      { label: 'een evaluatie van de resultaten', measure: '', figures: '' },
      { label: 'minstens 2 Plat Divers', measure: '', figures: 'streefcijfer 2, waarde 1 (50 % van het streefcijfer)' },
    ]);
  });

  test('the CSV carries the kind of every amount, the KPIs, leads and partners, byte for byte', () => {
    const [entry] = planExports(model);
    const bytes = entry!.content(model, new PublicActors(model));
    assert.equal(
      bytes,
      '\uFEFF' +
        [
          'number;group_number;group_path;title;description;output;indicator;target;value;value_source;percent;kpis;status;status_label;status_note;timing;owners;leads;partners;days_internal;days_external;budget_planned;budget_planned_note;budget_spent;budget_spent_note',
          '1;1;Alles onbekend;Juridische verankering;;;;;;;;;;Niet vermeld;;;;;;;;;onbekend;;',
          '2;1;Alles onbekend;Centrale bibliotheek;;;;;;;;;running;Lopend;;;;;;;;;onbekend;;',
          '3;2;Eén bedrag bij benadering;Federale dag van de diversiteit;;;;;;;;een transversaal congres in het najaar: waarde 1 / streefcijfer 1 | een evaluatie van de resultaten | minstens 2 Plat Divers: waarde 1 / streefcijfer 2;done;Uitgevoerd;;;Werkgroep FDD | Stuurgroep diversiteit | Kabinet Demir;Werkgroep FDD | Stuurgroep diversiteit;Kabinet Demir;;;3000;;2500;',
          '4;2;Eén bedrag bij benadering;.be Proud!;;;;;;;;;;Niet vermeld;;;.be Proud! netwerk | Netwerk Federale diversiteit;.be Proud! netwerk;Netwerk Federale diversiteit;;;7500;bij benadering: aanvraag projectsubsidie kabinet Demir;;',
          '5;2;Eén bedrag bij benadering;Gratis actie;;;;;;;;;;Niet vermeld;;;Stuurgroep diversiteit;;;;;0;;0;',
          '6;3;Verwijzingen;Plat Divers rond gender;;;;;;;;;;Niet vermeld;;;;;;;;;zie congres;;',
          '7;3;Verwijzingen;Exploratie genderindex;;;;;;;;;;Niet vermeld;;;;;;;;;n.v.t.;;',
          '8;3;Verwijzingen;Infobeurzen;;;;;;;;;;Niet vermeld;;;;;;;;500;bij benadering;;',
        ].join('\r\n') +
        '\r\n',
    );
  });
});
