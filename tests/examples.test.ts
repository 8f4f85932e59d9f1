import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { checkSite } from '../src/site/check-site.ts';
import { buildFrom, REPO_ROOT } from './site/support/fixture-site.ts';
import { listFiles } from './site/support/html-scan.ts';

/** The example programmes of examples/, one per seed besides the Integratiepact (seed 000). */
const EXAMPLES = ['federaal-diversiteitsplan-2018', 'begeleidingsprogramma-brussel', 'ketensamenwerking', 'diversiteitsbudget-2018'] as const;
type Example = (typeof EXAMPLES)[number];

interface Built {
  contentDir: string;
  outputDir: string;
  /** The copy of the folder's own urls.lock.json the build was given (builds never touch the committed one). */
  lockFile: string;
  files: string[];
}

const built = new Map<Example, Built>();

before(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'examples-'));
  // One build each, one after the other: Eleventy's view state is per process.
  for (const name of EXAMPLES) {
    const contentDir = path.join(REPO_ROOT, 'examples', name);
    const lockFile = path.join(root, `${name}.urls.lock.json`);
    await copyFile(path.join(contentDir, 'urls.lock.json'), lockFile);
    const outputDir = path.join(root, name);
    const result = await buildFrom(contentDir, outputDir, lockFile);
    if (!result.ok) assert.fail(`examples/${name} does not build:\n${result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`);
    built.set(name, { contentDir, outputDir, lockFile, files: await listFiles(outputDir) });
  }
});

/** The text of an output file: gzip (Pagefind's fragments and index) decompressed, iCalendar lines unfolded. */
async function textOf(file: string): Promise<string> {
  let bytes = await readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const text = bytes.toString('utf8');
  return file.endsWith('.ics') ? text.replace(/\r?\n[ \t]/g, '') : text;
}

/** The visible text of a page of an example: tags dropped, entities of the kinds the site writes decoded, non-breaking hyphens plain, spaces collapsed. */
async function pageText(name: Example, urlPath: string): Promise<string> {
  const html = await readFile(path.join(built.get(name)!.outputDir, urlPath, 'index.html'), 'utf8');
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    // Phone numbers are written with non-breaking hyphens (and spaces): they read as the seed's.
    .replace(/\u2011/g, '-')
    .replace(/\s+/g, ' ');
}

/** Every output file of an example whose text matches, as paths inside the output. */
async function filesMatching(name: Example, pattern: RegExp): Promise<string[]> {
  const { outputDir, files } = built.get(name)!;
  const found: string[] = [];
  for (const file of files) if (pattern.test(await textOf(file))) found.push(path.relative(outputDir, file));
  return found;
}

describe('the example programmes in examples/', () => {
  for (const name of EXAMPLES) {
    test(`examples/${name} passes check with its own URL lock`, async () => {
      const result = await checkSite({ contentDir: path.join(REPO_ROOT, 'examples', name) });
      assert.deepEqual(result.problems, []);
    });

    test(`no output file of examples/${name} says Integratiepact, Pagefind's compressed files included`, async () => {
      const { files } = built.get(name)!;
      assert.ok(files.some((file) => file.includes(`${path.sep}pagefind${path.sep}fragment${path.sep}`)), 'the build has Pagefind fragments');
      assert.deepEqual(await filesMatching(name, /integratiepact/i), []);
    });

    test(`the committed urls.lock.json of examples/${name} already holds every URL its build publishes`, async () => {
      const { contentDir, lockFile } = built.get(name)!;
      assert.equal(await readFile(lockFile, 'utf8'), await readFile(path.join(contentDir, 'urls.lock.json'), 'utf8'));
    });
  }

  test('seed 001: TBD budgets are unknown and left out of the sum, which says how many; approximate amounts mark it', async () => {
    const text = await pageText('federaal-diversiteitsplan-2018', 'monitoring/actieplan-diversiteit-2018');
    // 3000 + 1000 + ~7500 + 2000 + 2000 + 2000 + 3000 + 500 + 2500 + 3000 + 500 + 2000; five projects say TBD.
    assert.match(text, /Begroting ± € 29\.000 5 bedragen onbekend/);
    assert.match(text, /± € 7\.500 aanvraag projectsubsidie kabinet Demir/);
    assert.match(text, /Plat Divers over de brochure Niet vermeld zie 1\.1 /);
  });

  test('seed 001: the underlined lead organisations are marked as leads, two where the seed underlines two', async () => {
    const text = await pageText('federaal-diversiteitsplan-2018', 'monitoring/actieplan-diversiteit-2018');
    assert.match(text, /Trekker: Werkgroep FDD Partners: Netwerk Federale diversiteit, Stuurgroep diversiteit,/);
    assert.match(text, /Trekkers: Werkgroep diversiteit, Werkgroep communicatie Partner: netwerk Federale diversiteit/);
  });

  test("seed 001: the seed's SD and OD marks are on the plan, OD 2 of SD 2 included", async () => {
    const text = await pageText('federaal-diversiteitsplan-2018', 'monitoring/actieplan-diversiteit-2018');
    for (const mark of ['SD 1: Breed draagvlak', 'SD 2: Diversiteitsbeleid', 'SD 3: Doelgroepgerichte acties', 'OD 2: ondersteunen van de federale', 'OD 4: personen in armoede']) {
      assert.ok(text.includes(mark), mark);
    }
  });

  test('seed 002: the timeline shows the months and ranges as the seed gives them and the undated steps in their place', async () => {
    const page = await pageText('begeleidingsprogramma-brussel', 'activiteiten/reeks/begeleidingsprogramma-2020-2021');
    assert.match(page, /Periode juni 2020 – september 2021 /);
    const text = page.slice(page.indexOf('12 stappen, in de volgorde van het programma.'));
    const dates = [...text.matchAll(/(\d{1,2} \w+ 20\d\d|\w+ – \w+ 20\d\d|(?:januari|december) 20\d\d|Zonder vaste datum) (?=\S)/g)].map((match) => match[1]);
    assert.deepEqual(dates, [
      '10 juni 2020', '8 juli 2020', 'Zonder vaste datum', 'september – oktober 2020', 'Zonder vaste datum', 'november – december 2020',
      'Zonder vaste datum', 'januari 2021', 'februari – maart 2021', 'Zonder vaste datum', 'september – oktober 2021', 'december 2021',
    ]);
  });

  test('seed 002: the agenda holds only the meetings the seed dates to the day; months and ranges are left out, never given a day', async () => {
    const { outputDir, files } = built.get('begeleidingsprogramma-brussel')!;
    const calendars = files.filter((file) => file.endsWith('.ics')).map((file) => path.relative(outputDir, file)).sort();
    assert.deepEqual(calendars, ['activiteiten/activiteiten.ics', 'activiteiten/gezamenlijke-vergadering-1.ics', 'activiteiten/gezamenlijke-vergadering-2.ics']);
    const agenda = await textOf(path.join(outputDir, 'activiteiten', 'activiteiten.ics'));
    assert.deepEqual([...agenda.matchAll(/^DTSTART[^:]*:(\d+)/gm)].map((match) => match[1]), ['20200610', '20200708']);
  });

  test('seed 002: the five institutions are counted but named nowhere, and the adviser appears only by role', async () => {
    assert.deepEqual(await filesMatching('begeleidingsprogramma-brussel', /Geselecteerde instelling \d|instelling-\d|jablan|bruxeo|210 53 04/i), []);
    assert.match(await pageText('begeleidingsprogramma-brussel', 'activiteiten/reeks/begeleidingsprogramma-2020-2021'), /Voor meer informatie: de diversiteit- en inclusieadviseur van het programma\./);
  });

  test("seed 003: the playbook's seven steps are an ordered list, and the contact is Fedasil's head office as the seed gives it", async () => {
    const html = await readFile(path.join(built.get('ketensamenwerking')!.outputDir, 'stappenplan', 'index.html'), 'utf8');
    const list = /<ol>([\s\S]*?)<\/ol>/.exec(html.slice(html.indexOf('<main')));
    assert.ok(list);
    assert.equal(list[1]!.match(/<li>/g)?.length, 7);
    assert.match(await pageText('ketensamenwerking', 'contact'), /E-mail info@fedasil\.be Telefoon \+32-\(0\)2-213 44 11 Adres Hoofdzetel Fedasil Kartuizersstraat 21 1000 Brussel/);
  });

  test('seed 003: the test phase in Poelkapelle shows the chain Fedasil, VDAB, AgII as numbered links with their roles', async () => {
    const text = await pageText('ketensamenwerking', 'initiatieven/testfase-poelkapelle');
    const links = [...text.matchAll(/Schakel (\d) van (\d) (\S+)/g)].map((match) => `${match[1]}/${match[2]} ${match[3]}`);
    assert.deepEqual(links, ['1/3 Fedasil', '2/3 VDAB', '3/3 Agentschap']);
    assert.match(text, /Schakel 2 van 3 VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding Wisselt info over activiteiten uit en deelt cijfergegevens met Fedasil/);
  });

  test('seed 003: html-validate finds no error on any page, titles within 70 characters and phone numbers on one line included', async () => {
    // The longest programme name of the examples (71 characters) and long actor names: the title limit's hardest case.
    const validator = new HtmlValidate({ root: true, extends: ['html-validate:recommended'] });
    const { outputDir, files } = built.get('ketensamenwerking')!;
    const pages = files.filter((file) => file.endsWith('.html'));
    assert.ok(pages.length >= 30, `the example has its pages (found ${pages.length})`);
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(await readFile(file, 'utf8'), path.relative(outputDir, file));
      for (const result of report.results) {
        for (const message of result.messages) if (message.severity === 2) errors.push(`${result.filePath}:${message.line} ${message.ruleId}: ${message.message}`);
      }
    }
    assert.deepEqual(errors, []);
    assert.match(await readFile(path.join(outputDir, 'contact', 'index.html'), 'utf8'), /href="tel:\+3222134411"/);
  });

  test("seed 004: the plan's sums are the seed's TOTAAL line, per budget line", async () => {
    const text = await pageText('diversiteitsbudget-2018', 'monitoring/begroting-diversiteit-2018');
    assert.match(text, /Begroting 2018 € 236\.000 € 215\.800 91,4 % Begroting TOM 2018 € 798\.000 € 756\.500 94,8 %/);
  });
});
