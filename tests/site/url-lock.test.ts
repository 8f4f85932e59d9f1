import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { entryOfUrl, lineOf, lockViolations, nextLock, parseLock, serializeLock } from '../../src/site/url-lock.ts';
import type { UrlPlan } from '../../src/site/url-owners.ts';

/** A URL plan with these published (locked) URLs and these withheld ones. */
function plan(published: string[], withheld: UrlPlan['withheld'] = []): UrlPlan {
  return { urls: published.map((url) => ({ url, owner: { kind: 'generated', what: 'test' }, locked: true })), folders: [], withheld };
}

describe('the URL lock', () => {
  test('an empty or missing lock file is an empty lock', () => {
    assert.deepEqual(parseLock(''), { ok: true, urls: [] });
    assert.deepEqual(parseLock('[]\n'), { ok: true, urls: [] });
  });

  test('a lock that is not a JSON list of URL paths is refused with the reason', () => {
    for (const text of ['{', '{"a": 1}', '["actoren/x/"]', '[3]']) {
      const parsed = parseLock(text);
      assert.equal(parsed.ok, false, text);
    }
    assert.deepEqual(parseLock('["https://example.org/"]'), { ok: false, reason: '"https://example.org/" is geen adres dat met / begint.' });
  });

  test('holds entry page URLs besides badge URLs', () => {
    assert.deepEqual(parseLock('["/actoren/x/", "/engagement/x/badge.svg"]'), { ok: true, urls: ['/actoren/x/', '/engagement/x/badge.svg'] });
  });

  test('is written sorted in code-unit order, one URL a line, without duplicates', () => {
    const text = serializeLock(['/engagement/b/', '/engagement/a/badge.svg', '/engagement/a/', '/engagement/a/']);
    assert.equal(text, '[\n  "/engagement/a/",\n  "/engagement/a/badge.svg",\n  "/engagement/b/"\n]\n');
    assert.deepEqual(parseLock(text), { ok: true, urls: ['/engagement/a/', '/engagement/a/badge.svg', '/engagement/b/'] });
  });

  test('gives the same text whatever the order of the URLs it is made from', () => {
    const urls = ['/engagement/z/', '/engagement/Z/', '/engagement/é/', '/engagement/a-b/', '/engagement/ab/'];
    assert.equal(serializeLock(urls), serializeLock([...urls].reverse()));
  });

  test('after a build keeps every URL it held, adds the new ones, and drops those of an actor that withdrew consent', () => {
    const next = nextLock(['/actoren/oud/', '/actoren/geheim/', '/ambassadeurs/later/'], {
      ...plan(['/actoren/nieuw/']),
      withheld: [
        { url: '/actoren/geheim/', reason: 'privacy' },
        { url: '/ambassadeurs/later/', reason: 'not-yet' },
      ],
    });
    assert.deepEqual(next, ['/actoren/nieuw/', '/actoren/oud/', '/ambassadeurs/later/']);
  });

  test('knows which entry a locked URL was published for', () => {
    assert.deepEqual(entryOfUrl('/engagement/voka/badge-donker.png'), { kind: 'actor', slug: 'voka' });
    assert.deepEqual(entryOfUrl('/engagement/voka/'), { kind: 'actor', slug: 'voka' });
    assert.deepEqual(entryOfUrl('/actoren/voka/'), { kind: 'actor', slug: 'voka' });
    assert.deepEqual(entryOfUrl('/initiatieven/duo/'), { kind: 'initiative', slug: 'duo' });
    assert.deepEqual(entryOfUrl('/activiteiten/dag-2018/'), { kind: 'event', slug: 'dag-2018' });
    assert.deepEqual(entryOfUrl('/ambassadeurs/poppunt/'), { kind: 'ambassador', slug: 'poppunt' });
    assert.deepEqual(entryOfUrl('/monitoring/plan-2018/'), { kind: 'plan', slug: 'plan-2018' });
    assert.deepEqual(entryOfUrl('/over/'), { kind: 'page', slug: 'over' });
    assert.deepEqual(entryOfUrl('/a/b/c.txt'), { kind: 'other', slug: '' });
  });

  test('a locked URL that nothing publishes or withholds is one problem per entry, at its first line, with the way to end a participation', () => {
    const text = serializeLock(['/actoren/weg/', '/engagement/weg/', '/engagement/weg/badge.svg', '/initiatieven/duo/', '/over/', '/actoren/blijft/', '/actoren/geheim/']);
    const lock = { file: 'content/urls.lock.json', text, urls: parseLock(text).ok ? (JSON.parse(text) as string[]) : [] };
    const problems = lockViolations(lock, plan(['/actoren/blijft/'], [{ url: '/actoren/geheim/', reason: 'privacy' }]), 'content');
    assert.deepEqual(
      problems.map((problem) => [problem.code, problem.line, problem.column]),
      [
        ['badge-url-gone', lineOf(text, '/actoren/weg/'), 3],
        ['url-gone', lineOf(text, '/initiatieven/duo/'), 3],
        ['url-gone', lineOf(text, '/over/'), 3],
      ],
    );
    assert.equal(
      problems[0]?.message,
      '3 adressen (/actoren/weg/, /engagement/weg/ (index.html, badge.svg)) staan in content/urls.lock.json, dus de site heeft ze gepubliceerd, maar de nieuwe site heeft ze niet meer. Wie ernaar linkt (partners met de badge op hun website, zoekmachines, nieuwsbrieven) krijgt dan "pagina niet gevonden".',
    );
    assert.match(problems[0]?.hint ?? '', new RegExp(`^Zet ${path.join('content', 'actors', 'weg.md').replace(/\./g, '\\.')} terug\\. .*voeg dan weg toe aan aliases.*declaration: withdrawn: .*public: false`));
    assert.match(problems[1]?.hint ?? '', /status: completed/);
    assert.match(problems[2]?.message ?? '', /^\/over\/ staat in content\/urls\.lock\.json/);
  });
});
