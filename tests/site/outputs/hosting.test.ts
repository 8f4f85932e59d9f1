import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../../src/site/outputs/hosting.ts';
import type { SiteView } from '../../../src/site/view.ts';
import { loadOutputsFixture, SECRET_STRINGS } from './fixture.ts';

/** `_headers` as path → header lines. */
function headerRules(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (line.startsWith('  ')) current.push(line.trim());
    else rules.set(line, (current = []));
  }
  return rules;
}

describe('the _headers and _redirects files', () => {
  let view: SiteView;
  let headers: Map<string, string[]>;
  let redirects: string;
  before(async () => {
    ({ view } = await loadOutputsFixture());
    headers = headerRules(view.files.find((file) => file.url === '/_headers')?.content ?? '');
    redirects = view.files.find((file) => file.url === '/_redirects')?.content ?? '';
  });

  test('every page gets a Content-Security-Policy without unsafe-inline or unsafe-eval, with wasm-unsafe-eval for search', () => {
    const all = headers.get('/*') ?? [];
    assert.ok(all.includes(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`));
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /'unsafe-inline'|'unsafe-eval'/);
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]));
    assert.equal(directives.get('default-src'), "'self'");
    assert.equal(directives.get('script-src'), "'self' 'wasm-unsafe-eval'");
    assert.equal(directives.get('style-src'), "'self'");
    assert.equal(directives.get('img-src'), "'self' data:");
    assert.equal(directives.get('worker-src'), "'self'");
    assert.equal(directives.get('object-src'), "'none'");
    assert.equal(directives.get('frame-ancestors'), "'none'");
  });

  test('every page gets nosniff, a referrer policy and a permissions policy', () => {
    const all = headers.get('/*') ?? [];
    assert.ok(all.includes('X-Content-Type-Options: nosniff'));
    assert.ok(all.includes('Referrer-Policy: strict-origin-when-cross-origin'));
    assert.ok(all.some((line) => line.startsWith('Permissions-Policy: camera=()')));
  });

  test('assets and Pagefind get cache headers, the hashed Pagefind files for a year, and no path sets Cache-Control twice', () => {
    assert.deepEqual(headers.get('/assets/*'), ['Cache-Control: public, max-age=3600, must-revalidate']);
    assert.deepEqual(headers.get('/pagefind/fragment/*'), ['Cache-Control: public, max-age=31536000, immutable']);
    assert.deepEqual(headers.get('/pagefind/pagefind*'), ['Cache-Control: public, max-age=0, must-revalidate']);
    assert.equal(headers.get('/*')?.some((line) => line.startsWith('Cache-Control')), false);
  });

  test('the feeds are served as Atom', () => {
    assert.deepEqual(headers.get('/feeds/initiatieven.xml'), ['Content-Type: application/atom+xml; charset=utf-8']);
  });

  test('_redirects sends the alias of a public actor permanently to its page', () => {
    const rules = redirects.split('\n').filter((line) => line.startsWith('/actoren/'));
    assert.deepEqual(rules, ['/actoren/gemeente-testel/ /actoren/stad-testel/ 301']);
  });

  test('_redirects gives no alias of an actor without consent, since an old slug can name it', () => {
    for (const secret of SECRET_STRINGS) assert.ok(!redirects.includes(secret), secret);
  });
});
