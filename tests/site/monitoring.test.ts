import assert from 'node:assert/strict';
import { appendFile, cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { buildSite } from '../../src/eleventy/build.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import type { SiteModel } from '../../src/model/site-model.ts';
import { buildView } from '../../src/site/build-view.ts';
import { measureNames } from '../../src/site/describe-measure.ts';
import { indicatorColumns } from '../../src/site/outputs/exports.ts';
import { methodData } from '../../src/site/pages/monitoring/method.ts';
import type { SiteView } from '../../src/site/view.ts';
import { decodeEntities, listFiles } from './support/html-scan.ts';
import { REPO_ROOT, tempDir } from './support/fixture-site.ts';

// tests/fixtures/indicators (its numbers are worked out in its README.md and in
// tests/compute/indicators.test.ts), copied with three additions that change none of its indicators:
// spiral growth (echo, without consent, invited by alfa, brought in charlie; bravo brought in delta),
// and echo on the initiative "buurtwerk" and the 2019 workshop, so the exports have someone to hide.
const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/indicators');
const AS_OF = '2018-10-18';
const UNNAMED = 'een organisatie die niet bij naam genoemd wil worden';
/** Every trace of the actor without consent. */
const SECRETS = ['Echo Verborgen vzw', 'Verborgen', '/actoren/echo/'];

interface Built {
  dir: string;
  model: SiteModel;
  view: SiteView;
  page: string;
  /** Every indicator page /monitoring/<id>/, in the order of the indicators. */
  indicatorPages: string;
  json: { asOf: string; thresholds: { onTrack: number; behind: number }; indicators: Record<string, string | number | null>[] };
  csv: string[][];
}

async function withInvitations(dir: string): Promise<void> {
  const edit = async (file: string, find: string, replace: string) => {
    const full = path.join(dir, file);
    const text = await readFile(full, 'utf8');
    assert.ok(text.includes(find), `${file} contains ${find}`);
    await writeFile(full, text.replace(find, replace));
  };
  await edit('actors/echo.md', 'public: false\n', 'public: false\ninvited_by: alfa\n');
  await edit('actors/charlie.md', 'public: true\n', 'public: true\ninvited_by: echo\n');
  await edit('actors/delta.md', 'public: true\n', 'public: true\ninvited_by: bravo\n');
  await edit('initiatives/buurtwerk.md', 'actors: [bravo]', 'actors: [bravo, echo]');
  await edit('events/werkplaats.md', 'participants: [delta]', 'participants: [delta, echo]');
}

/** A minimal RFC 4180 reader for the semicolon CSV the site writes (BOM, quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  assert.ok(text.startsWith('\uFEFF'), 'the CSV starts with a byte-order mark, so Excel reads UTF-8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      assert.notEqual(char, '\n', 'records end in CRLF');
      cell += char;
    }
  }
  assert.equal(cell, '', 'the last record ends in CRLF');
  return rows;
}

/** The CSV as objects by header. */
function records(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  assert.ok(header);
  return body.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

/** A number as the page prints it ("1.234,5", "67 %", "–") back to a number, or null. */
function dutchNumber(text: string): number | null {
  const clean = decodeEntities(text).replace(/<[^>]+>/g, '').replace('%', '').trim();
  if (clean === '–' || clean === '') return null;
  const value = Number(clean.replace(/\./g, '').replace(',', '.'));
  assert.ok(Number.isFinite(value), `"${text}" is a number`);
  return value;
}

/** A CSV cell with a decimal comma back to a number, or null when empty. */
const csvNumber = (text: string) => (text === '' ? null : Number(text.replace(',', '.')));

const round1 = (value: number | string | null | undefined) => (typeof value === 'number' ? Math.round(value * 10) / 10 : null);

let site: Built;

before(async () => {
  const root = await tempDir('monitoring');
  const content = path.join(root, 'content');
  await cp(FIXTURE, content, { recursive: true });
  await withInvitations(content);
  if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
  const result = await buildSite({ contentDir: content, outputDir: path.join(root, '_site'), asOf: AS_OF, quiet: true, lockFile: path.join(root, 'badges.lock.json') });
  if (!result.ok) assert.fail(result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'));
  const read = (file: string) => readFile(path.join(result.outputDir, file), 'utf8');
  site = {
    dir: result.outputDir,
    model: result.model,
    view: buildView(result.model),
    page: await read('monitoring/index.html'),
    indicatorPages: (await Promise.all(result.model.indicators.map((indicator) => read(`monitoring/${indicator.id}/index.html`)))).join('\n'),
    json: JSON.parse(await read('monitoring/monitoring.json')),
    csv: parseCsv(await read('monitoring/monitoring.csv')),
  };
});

/** The part of the page between two markers. */
function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `the page contains ${start}`);
  const to = html.indexOf(end, from + start.length);
  assert.ok(to >= 0, `the page contains ${end} after ${start}`);
  return html.slice(from, to);
}

/** Each history chart of the page: what its SVG draws, and what its table says. */
function charts(html: string) {
  return html
    .split('<figure class="chart-card"')
    .slice(1)
    .map((figure) => {
      const id = /id="verloop-([^"]+)"/.exec(figure)?.[1] ?? '';
      const axis = between(figure, '<g class="chart-y-axis">', '</g>');
      const ticks = [...axis.matchAll(/<text x="[^"]+" y="([^"]+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ y: Number(m[1]), value: dutchNumber(m[2]!)! }));
      const circles = [...figure.matchAll(/<circle cx="([^"]+)" cy="([^"]+)" r="[^"]+" data-date="([^"]+)"\/>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), date: m[3]! }));
      const rows = [...figure.matchAll(/<tr data-date="([^"]+)"[^>]*>.*?<td class="num">([^<]*)<\/td><td class="num">([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => ({
        date: m[1]!,
        value: dutchNumber(m[2]!),
        expected: dutchNumber(m[3]!),
        status: decodeEntities(m[4]!),
      }));
      return { id, ticks, circles, rows };
    });
}

/** The cells of an indicator's row in the page's indicator table, by data-field. */
function indicatorRow(html: string, id: string): Record<string, string> {
  const row = between(html, `data-indicator="${id}"`, '</tr>');
  const cells: Record<string, string> = {};
  for (const match of row.matchAll(/<td[^>]*data-field="([^"]+)"[^>]*>(.*?)<\/td>/gs)) cells[match[1]!] = match[2]!;
  cells.statusId = /data-status="([^"]+)"/.exec(row)?.[1] ?? '';
  return cells;
}

describe('the monitoring page /monitoring/', () => {
  test('states the as-of date and links every indicator to its own page, which has its chart', () => {
    assert.match(site.page, /<time datetime="2018-10-18">Stand van zaken op 18 oktober 2018<\/time>/);
    // Grouped: ladder, activiteiten, initiatieven, communicatie, in the order of first appearance.
    const linked = [...site.page.matchAll(/<th scope="row"><a href="\/monitoring\/([^/]+)\/">/g)].map((m) => m[1]);
    assert.deepEqual(linked, ['contacts', 'gatherings', 'declarations', 'ambassadors', 'gathering-events', 'initiatives-in-call', 'visitors']);
    assert.doesNotMatch(site.page, /<svg class="line-chart"/, 'the overview draws no history charts');
    assert.deepEqual(charts(site.indicatorPages).map((chart) => chart.id), ['contacts', 'gatherings', 'declarations', 'gathering-events', 'initiatives-in-call', 'ambassadors', 'visitors']);
  });

  test('weighs under 60 KB with its stylesheets on this fixture (a size, not a time)', async () => {
    const css = await Promise.all(['assets/site.css', 'assets/print.css'].map((file) => readFile(path.join(site.dir, file))));
    const bytes = Buffer.byteLength(site.page) + css.reduce((sum, file) => sum + file.length, 0);
    assert.ok(bytes < 60 * 1024, `${bytes} bytes`);
  });

  test("each chart draws exactly the numbers of its table: every mark's height read back through the y axis is the table's value", () => {
    for (const chart of charts(site.indicatorPages)) {
      assert.ok(chart.ticks.length >= 2, `${chart.id}: the y axis has ticks`);
      const [low, high] = [chart.ticks[0]!, chart.ticks.at(-1)!];
      const perPixel = (high.value - low.value) / (high.y - low.y);
      const valueAt = (y: number) => low.value + (y - low.y) * perPixel;
      for (const tick of chart.ticks) assert.ok(Math.abs(valueAt(tick.y) - tick.value) < 1e-6, `${chart.id}: the y axis is linear`);
      // Coordinates are rounded to 0.1 px; the table to 0.1.
      const tolerance = Math.abs(perPixel) * 0.051 + 0.051;
      const known = chart.rows.filter((row) => row.value !== null);
      assert.equal(chart.circles.length, known.length, `${chart.id}: one mark per known value`);
      known.forEach((row, index) => {
        const circle = chart.circles[index]!;
        assert.equal(circle.date, row.date, `${chart.id}: marks in the order of the table`);
        assert.ok(Math.abs(valueAt(circle.y) - row.value!) <= tolerance, `${chart.id} ${row.date}: drawn ${valueAt(circle.y)}, table ${row.value}`);
      });
      for (let index = 1; index < chart.circles.length; index++) assert.ok(chart.circles[index]!.x > chart.circles[index - 1]!.x, `${chart.id}: time runs left to right`);
    }
  });

  test('the history tables hold the quarter-end values computed by hand', () => {
    const byId = new Map(charts(site.indicatorPages).map((chart) => [chart.id, chart]));
    const contacts = byId.get('contacts')!;
    assert.deepEqual(contacts.rows.map((row) => row.date), ['2018-03-31', '2018-06-30', '2018-09-30', '2018-10-18']);
    // Baseline 10 plus bravo (02-01), then charlie (07-01); expected 10 + 10 × 59/334 = 11,77 on 03-31,
    // printed as a whole number of actors (the CSV keeps 11,77).
    assert.deepEqual(contacts.rows.map((row) => row.value), [11, 11, 12, 12]);
    assert.deepEqual(contacts.rows.map((row) => row.expected), [12, 14, 17, 18]);
    assert.deepEqual(contacts.rows.map((row) => row.status), ['Ver achter op schema', 'Ver achter op schema', 'Ver achter op schema', 'Ver achter op schema']);
    assert.deepEqual(byId.get('gatherings')!.rows.map((row) => row.value), [0, 2, 3, 3]);
    assert.deepEqual(byId.get('ambassadors')!.rows.map((row) => row.value), [0, 1, 1, 0]);
    assert.deepEqual(byId.get('visitors')!.rows.map((row) => row.value), [100, 250, 250, 250]);
  });

  test('every indicator shows value, target, percentage and a status in words with an icon; its page adds baseline and expected value', () => {
    const contacts = indicatorRow(site.page, 'contacts');
    assert.equal(dutchNumber(contacts.value!), 12);
    assert.equal(dutchNumber(contacts.target!), 20);
    assert.equal(dutchNumber(contacts.percent!), 60);
    const page = decodeEntities(between(site.indicatorPages, 'data-indicator="contacts"', '</article>'));
    // 10 + 10 × 260/334 = 17,78 actors expected: a whole number on the page.
    assert.match(page, /<dt>Beginwaarde<\/dt><dd>10 op 31 januari 2018<\/dd>/);
    assert.match(page, /<dt>Verwacht nu<\/dt><dd>18<\/dd>/);
    assert.match(page, /Waarde: 10 \+ 2 = 12\./);
    assert.match(page, /<a href="\/data\/indicatoren\/contacts\.csv">Verloop als CSV<\/a>/);
    assert.equal(contacts.statusId, 'off-track');
    assert.match(contacts.status!, /<svg class="ind-status-icon"[^>]*aria-hidden="true"[^>]*>.*<\/svg>Ver achter op schema<\/span>/s);
  });

  test('the funnel, the generations of spiral growth and the events held are counted as of the day', () => {
    const funnel = between(site.page, '<ol class="funnel">', '</ol>');
    // A step with an indicator links to that indicator's page.
    assert.match(funnel, /<a href="\/monitoring\/contacts\/">Interesse tonen via één-op-één ontmoetingen<\/a><\/span>\s*<span class="funnel-value">12 van 20<\/span>/);
    const generations = between(site.page, 'id="generaties"', '</table>');
    const counts = [...generations.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    // alfa and bravo came by themselves; echo and delta were brought in by them; charlie by echo.
    assert.deepEqual(counts, [2, 2, 1, 5]);
    const events = between(site.page, 'id="activiteiten-per-soort"', '</table>');
    // Two gatherings by 18 October 2018; the workshop of 2019 is not held yet.
    assert.match(events, /<th scope="row">Bijeenkomst<\/th><td class="num">2<\/td>/);
    assert.doesNotMatch(events, /Workshop/);
  });

  test('the invitation tree names public actors only: the actor without consent is a phrase, and the public actor it brought in hangs under it', () => {
    const tree = between(site.page, '<div class="spiral-tree">', '</div>').replace(/\s+/g, ' ');
    assert.match(tree, new RegExp(`Alfa vzw</a> ?<ul> ?<li><span class="unnamed">${UNNAMED}</span> ?<ul> ?<li><a href="/actoren/charlie/">Charlie stad</a>`));
    assert.match(tree, /Bravo nv<\/a> ?<ul> ?<li><a href="\/actoren\/delta\/">Delta school<\/a>/);
  });
});

describe('the monitoring exports', () => {
  test('monitoring.json and monitoring.csv carry every calculation component, with the same columns', () => {
    assert.equal(site.json.asOf, AS_OF);
    assert.deepEqual(site.json.thresholds, { onTrack: 0.95, behind: 0.6 });
    const names = indicatorColumns(measureNames(site.model)).map((column) => column.name);
    for (const name of ['baselineValue', 'baselineDate', 'start', 'due', 'countSinceBaseline', 'value', 'target', 'expected', 'elapsed', 'ratio', 'percent', 'status']) {
      assert.ok(names.includes(name), `${name} is exported`);
    }
    assert.deepEqual(site.csv[0], names);
    for (const indicator of site.json.indicators) assert.deepEqual(Object.keys(indicator), names);
  });

  test('the JSON holds the exact figures of the model, computed by hand for one indicator', () => {
    const contacts = site.json.indicators.find((indicator) => indicator.id === 'contacts')!;
    assert.deepEqual(
      { ...contacts, measure: undefined, label: undefined },
      {
        id: 'contacts',
        label: undefined,
        group: 'ladder',
        measure: undefined,
        baselineValue: 10,
        baselineDate: '2018-01-31',
        start: '2018-01-31',
        due: '2018-12-31',
        countSinceBaseline: 2,
        value: 12,
        target: 20,
        elapsed: 260 / 334,
        expected: 10 + 10 * (260 / 334),
        // (value − baseline) ÷ (expected − baseline), in that order of operations.
        ratio: 2 / (10 + 10 * (260 / 334) - 10),
        percent: 60,
        status: 'off-track',
        statusLabel: 'Ver achter op schema',
      },
    );
  });

  test('the CSV parses with semicolons and decimal commas to the same numbers as the JSON', () => {
    const rows = records(site.csv);
    assert.equal(rows.length, site.json.indicators.length);
    rows.forEach((row, index) => {
      const json = site.json.indicators[index]!;
      for (const [name, value] of Object.entries(json)) {
        if (typeof value === 'number' || value === null) assert.equal(csvNumber(row[name]!), value, `${json.id}.${name}`);
        else assert.equal(row[name], value, `${json.id}.${name}`);
      }
    });
  });

  test("the exports agree with the page's numbers and statuses", () => {
    for (const indicator of site.json.indicators) {
      const cells = indicatorRow(site.page, String(indicator.id));
      // Counted measures print whole numbers; the figure typed in from elsewhere one decimal.
      const shown = (value: string | number | null | undefined) => (indicator.id === 'visitors' ? round1(value) : typeof value === 'number' ? Math.round(value) : null);
      assert.equal(dutchNumber(cells.value!), shown(indicator.value), `${indicator.id} value`);
      assert.equal(dutchNumber(cells.target!), shown(indicator.target), `${indicator.id} target`);
      assert.equal(dutchNumber(cells.percent!), round1(indicator.percent), `${indicator.id} percent`);
      assert.equal(cells.statusId, indicator.status, `${indicator.id} status`);
    }
  });

  test('actors.csv lists the public actors only, with the date of every step they reached', async () => {
    const rows = records(parseCsv(await readFile(path.join(site.dir, 'data/actors.csv'), 'utf8')));
    assert.deepEqual(rows.map((row) => row.slug), ['alfa', 'bravo', 'charlie', 'delta']);
    const alfa = rows[0]!;
    assert.equal(alfa.name, 'Alfa vzw');
    assert.equal(alfa.step_contact, '2018-01-10');
    assert.equal(alfa.step_gathering, '2018-04-01');
    assert.equal(alfa.step_declaration, '2018-03-01');
    assert.equal(alfa.step_ambassador, '2018-06-01');
    assert.equal(alfa.step_workshop, '');
    assert.equal(alfa.declaration_signed, '2018-03-01');
    assert.equal(alfa.declaration_standing, 'ja');
    assert.equal(rows[2]!.invited_by, UNNAMED, 'charlie was brought in by an actor without consent');
    assert.equal(rows[3]!.invited_by, 'bravo');
  });

  test('initiatives.csv and events.csv name public actors and count the others', async () => {
    const initiatives = records(parseCsv(await readFile(path.join(site.dir, 'data/initiatives.csv'), 'utf8')));
    const buurtwerk = initiatives.find((row) => row.slug === 'buurtwerk')!;
    assert.equal(buurtwerk.actors, 'Bravo nv');
    assert.equal(buurtwerk.unnamed_actors, '1');
    const samen = initiatives.find((row) => row.slug === 'samen')!;
    assert.equal(samen.actors, 'Delta school | Alfa vzw');
    assert.equal(samen.unnamed_actors, '0');
    const events = records(parseCsv(await readFile(path.join(site.dir, 'data/events.csv'), 'utf8')));
    const werkplaats = events.find((row) => row.slug === 'werkplaats')!;
    assert.deepEqual([werkplaats.participants, werkplaats.unnamed_participants, werkplaats.held], ['Delta school', '1', 'nee']);
  });

  test('no export, and no monitoring page, names or links the actor without consent', async () => {
    const files = (await listFiles(site.dir)).filter((file) => /\.(csv|json)$/.test(file) || /(monitoring|data)\/.*index\.html$/.test(file));
    assert.ok(files.length >= 7, `checked ${files.length} files`);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const secret of SECRETS) assert.ok(!text.includes(secret), `${path.relative(site.dir, file)} contains ${secret}`);
      if (file.endsWith('.csv')) {
        for (const row of parseCsv(text)) assert.ok(!row.includes('echo'), `${path.relative(site.dir, file)} has a cell "echo"`);
      }
    }
  });
});

describe('the open-data page /data/', () => {
  test('lists every export the site writes, each at an address that exists, with the columns the file really has', async () => {
    const html = await readFile(path.join(site.dir, 'data/index.html'), 'utf8');
    const listed = [...html.matchAll(/<a href="(\/[^"]+\.(?:csv|json))">/g)].map((m) => m[1]!);
    const written = site.view.files.map((file) => file.url).filter((url) => /^\/(data|monitoring)\/.*\.(csv|json)$/.test(url));
    assert.deepEqual([...listed].sort(), [...written].sort());
    for (const url of listed) await readFile(path.join(site.dir, url));
    const actorsColumns = between(html, 'Kolommen van Actoren (CSV)', '</table>');
    const header = parseCsv(await readFile(path.join(site.dir, 'data/actors.csv'), 'utf8'))[0]!;
    assert.deepEqual([...actorsColumns.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]), header);
  });
});

describe('the methodology page /monitoring/methode/', () => {
  test("shows the thresholds applied and links each indicator's page, which works out its calculation with its own numbers", async () => {
    const html = decodeEntities(await readFile(path.join(site.dir, 'monitoring/methode/index.html'), 'utf8'));
    assert.match(html, /de verhouding is minstens 60 % maar lager dan 95 %/);
    assert.match(html, /<a href="\/monitoring\/contacts\/">Contacten<\/a>/);
    assert.doesNotMatch(html, /site\.yaml|targets\.yaml|\(steps\)/, 'no file or field names in public text');
    const contacts = decodeEntities(await readFile(path.join(site.dir, 'monitoring/contacts/index.html'), 'utf8'));
    assert.match(contacts, /Verstreken tijd: 260 dagen \(31 januari 2018 tot 18 oktober 2018\) van 334 dagen/);
    assert.match(contacts, /Het aantal verschillende actoren dat de stap „[^”]+” van de engagementsladder bereikte/);
  });

  test('follows the thresholds of site.yaml when they change', async () => {
    const dir = path.join(await tempDir('thresholds'), 'content');
    await cp(FIXTURE, dir, { recursive: true });
    await appendFile(path.join(dir, 'site.yaml'), 'thresholds: {on_track: 0.9, behind: 0.7}\n');
    const result = await prepareSite({ contentDir: dir, asOf: AS_OF });
    assert.ok(result.ok);
    const rules = methodData(result.model).thresholds.map((entry) => entry.rule);
    assert.ok(rules.includes('de verhouding is minstens 70 % maar lager dan 90 %.'), rules.join('\n'));
  });
});
