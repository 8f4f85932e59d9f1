import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { verifyReport } from '../../src/cli/verify-visibility-report.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { userAgent, verifyVisibility } from '../../src/visibility/verify-visibility.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

// tests/fixtures/visibility/content: ten actors whose badge.shown_on points at the fixture server
// (written as 127.0.0.1:9 and pointed at the real port in a temporary copy), and the checks made
// up to its as-of date 2018-06-15 (see the fixture's README.md).
const FIXTURE = 'tests/fixtures/visibility/content';
const LIMITS = { requestTimeoutMs: 1_500, pageTimeoutMs: 3_000, maxBytes: 64 * 1024 };

describe('npm run verify-visibility on a content folder (a local fixture server)', () => {
  let server: FixtureServer;
  let dir: string;
  before(async () => {
    server = await startFixtureServer(8_000);
    dir = await mkdtemp(path.join(os.tmpdir(), 'zichtbaarheid-'));
    await cp(FIXTURE, dir, { recursive: true });
    const actors = path.join(dir, 'actors');
    for (const name of await readdir(actors)) {
      const file = path.join(actors, name);
      await writeFile(file, (await readFile(file, 'utf8')).replace('http://127.0.0.1:9', server.origin));
    }
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('checks every public actor with a badge page, skips the one without consent, and records the day in visibility.yaml', async () => {
    const result = await verifyVisibility({ contentDir: dir, date: '2018-06-20', limits: LIMITS });
    assert.ok(result.ok);
    assert.deepEqual(
      result.checks.map((check) => [check.slug, check.outcome]),
      [
        ['afbeelding', { result: 'present', found: 'image' }],
        ['fout', { result: 'unchecked', reason: 'http-error', status: 500 }],
        ['groot', { result: 'unchecked', reason: 'too-large' }],
        ['kring', { result: 'unchecked', reason: 'redirect-loop' }],
        ['link', { result: 'present', found: 'link' }],
        ['pdf', { result: 'unchecked', reason: 'not-html' }],
        ['traag', { result: 'unchecked', reason: 'timeout' }],
        ['verhuisd', { result: 'present', found: 'link' }],
        ['weggehaald', { result: 'absent' }],
      ],
    );
    assert.equal(result.hidden, 1);
    assert.equal(result.written, path.join(dir, 'visibility.yaml'));
    const text = await readFile(path.join(dir, 'visibility.yaml'), 'utf8');
    const body = text.split('\n').filter((line) => !line.startsWith('#')).join('\n');
    assert.equal(
      body,
      [
        'afbeelding:',
        '  - {result: present, found: image, first: 2018-06-16, last: 2018-06-20}',
        'fout:',
        '  - {result: unchecked, reason: http-error, status: 500, first: 2018-06-20, last: 2018-06-20}',
        'geheim:',
        '  - {result: present, found: link, first: 2018-04-01, last: 2018-04-30}',
        '  - {result: unchecked, reason: timeout, first: 2018-05-15, last: 2018-06-01}',
        'groot:',
        '  - {result: unchecked, reason: too-large, first: 2018-06-20, last: 2018-06-20}',
        'kring:',
        '  - {result: unchecked, reason: redirect-loop, first: 2018-06-20, last: 2018-06-20}',
        'link:',
        '  - {result: present, found: link, first: 2018-06-15, last: 2018-06-20}',
        'pdf:',
        '  - {result: unchecked, reason: not-html, first: 2018-06-20, last: 2018-06-20}',
        'traag:',
        '  - {result: absent, first: 2018-06-01, last: 2018-06-01}',
        '  - {result: unchecked, reason: timeout, first: 2018-06-20, last: 2018-06-20}',
        'verhuisd:',
        '  - {result: present, found: link, first: 2018-06-20, last: 2018-06-20}',
        'weggehaald:',
        '  - {result: present, found: link, first: 2018-03-01, last: 2018-05-01}',
        '  - {result: absent, first: 2018-05-15, last: 2018-06-20}',
        '',
      ].join('\n'),
      'identical results extend their run; a new result opens one; the actor without consent keeps its runs',
    );
    const report = verifyReport(result, '2018-06-20');
    assert.equal(report.code, 0, 'absent and unreadable pages are findings, not failures of the tool');
    assert.equal(report.stderr, '');
    assert.match(report.stdout, /^9 pagina’s nakijken voor 2018-06-20 …\n/);
    assert.match(report.stdout, new RegExp(`\\nweggehaald: niet gevonden: geen badge en geen link naar de engagementspagina\\n    ${server.origin}/zonder.html\\n`));
    assert.match(report.stdout, new RegExp(`\\nverhuisd: gevonden: een link naar de engagementspagina\\n    ${server.origin}/nieuw-adres.html\\n`));
    assert.match(report.stdout, /\nfout: niet na te kijken: de site antwoordde met een fout \(500\)\n/);
    assert.match(report.stdout, /\nNagekeken voor 2018-06-20: 3 met badge, 1 zonder, 5 niet na te kijken \(dat telt niet als zonder badge\)\.\n/);
    assert.match(report.stdout, /\n1 actor is niet openbaar en heeft dus geen badgepagina: niet nagekeken\.\n/);
    assert.doesNotMatch(report.stdout, /geheim|Geheime kring/, 'the actor without consent is not named');
    assert.match(report.stdout, /visibility\.yaml bijgewerkt\. Commit dit bestand met de rest van de inhoud\.\n$/);
  });

  it('sends the programme’s name and site address as User-Agent', () => {
    assert.ok(server.userAgents.length > 0);
    for (const agent of server.userAgents) assert.equal(agent, 'verify-visibility/1.0 (+https://pact.example.be; badgecontrole van Zichtpact; geen JavaScript)');
    assert.equal(userAgent({ name: 'Pact für Vielfalt (Brüssel)', url: 'https://p.example' }), 'verify-visibility/1.0 (+https://p.example; badgecontrole van Pact fur Vielfalt Brussel; geen JavaScript)');
  });

  it('the file it wrote is valid content, and the visible step follows it: verhuisd is visible from its first verified day', async () => {
    const on = async (asOf: string) => {
      const result = await prepareSite({ contentDir: dir, asOf });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
      return result.model;
    };
    const visibleOn = async (asOf: string) => (await on(asOf)).indicators.find((indicator) => indicator.id === 'ladder-visible')?.value;
    // link (06-15), weggehaald (03-01, removed later but reached), geheim (04-01), afbeelding (06-16), verhuisd (06-20).
    assert.equal(await visibleOn('2018-06-20'), 5);
    assert.equal(await visibleOn('2018-06-19'), 4);
  });

  it('refuses to write a check dated before one already recorded, and writes nothing', async () => {
    const before = await readFile(path.join(dir, 'visibility.yaml'), 'utf8');
    const result = await verifyVisibility({ contentDir: dir, date: '2018-06-19', limits: { ...LIMITS, maxRedirects: 0 } });
    assert.ok(result.ok);
    assert.equal(result.written, undefined);
    assert.deepEqual(result.earlier.map((entry) => [entry.slug, entry.last]), [
      ['afbeelding', '2018-06-20'], ['fout', '2018-06-20'], ['groot', '2018-06-20'], ['kring', '2018-06-20'], ['link', '2018-06-20'],
      ['pdf', '2018-06-20'], ['traag', '2018-06-20'], ['verhuisd', '2018-06-20'], ['weggehaald', '2018-06-20'],
    ]);
    assert.equal(await readFile(path.join(dir, 'visibility.yaml'), 'utf8'), before);
    const report = verifyReport(result, '2018-06-19');
    assert.equal(report.code, 1);
    assert.match(report.stderr, /^afbeelding: de laatste controle staat al op 2018-06-20, na 2018-06-19\. Controles worden vooruit geschreven: kies een latere --date\. Er werd niets geschreven\.\n/);
  });

  it('reports invalid content instead of checking anything', async () => {
    const broken = await mkdtemp(path.join(os.tmpdir(), 'zichtbaarheid-fout-'));
    try {
      await cp(FIXTURE, broken, { recursive: true });
      await writeFile(path.join(broken, 'visibility.yaml'), 'onbekend:\n  - {result: absent, first: 2018-06-01}\n');
      const requests = server.userAgents.length;
      const result = await verifyVisibility({ contentDir: broken, date: '2018-06-20', limits: LIMITS });
      assert.equal(result.ok, false);
      assert.equal(server.userAgents.length, requests, 'no page was fetched');
      const report = verifyReport(result, '2018-06-20');
      assert.equal(report.code, 1);
      assert.match(report.stderr, /visibility\.yaml:1:1 {2}onbekend: "onbekend" is geen bekende actor\./);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});
