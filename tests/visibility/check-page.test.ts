import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { badgeTargets } from '../../src/visibility/badge-targets.ts';
import { checkBadgePage } from '../../src/visibility/check-page.ts';
import type { FetchLimits } from '../../src/visibility/fetch-page.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

// Every page is served by tests/visibility/fixture-server.ts on 127.0.0.1; nothing leaves the machine.
const SITE = 'https://pact.example.be';
const LIMITS: FetchLimits = { requestTimeoutMs: 1_500, pageTimeoutMs: 3_000, maxBytes: 64 * 1024, maxRedirects: 5, userAgent: 'verify-visibility/1.0 (+https://pact.example.be; test)' };

describe('checking one partner page for its badge (a local fixture server)', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer(8_000);
  });
  after(async () => {
    await server.close();
  });
  const check = (slug: string, page: string, aliases: string[] = [], limits: Partial<FetchLimits> = {}) =>
    checkBadgePage(`${server.origin}${page}`, badgeTargets(SITE, slug, aliases), { ...LIMITS, ...limits });

  it('finds a link to the actor’s absolute engagement page', async () => {
    assert.deepEqual(await check('link', '/link.html'), { outcome: { result: 'present', found: 'link' }, url: `${server.origin}/link.html` });
  });

  it('finds the badge image (badge-donker.png) when there is no link', async () => {
    assert.deepEqual((await check('afbeelding', '/afbeelding.html')).outcome, { result: 'present', found: 'image' });
  });

  it('does not count a link to another actor’s page as this actor’s badge', async () => {
    // link.html links to afbeelding's page too, but afbeelding's own check reads afbeelding.html.
    assert.deepEqual((await check('afbeelding', '/link.html')).outcome, { result: 'present', found: 'link' });
    assert.deepEqual((await check('weggehaald', '/link.html')).outcome, { result: 'absent' });
  });

  it('calls a page absent when it links the programme, shows another actor’s badge, and writes the link only from a script or a comment', async () => {
    assert.deepEqual(await check('weggehaald', '/zonder.html'), { outcome: { result: 'absent' }, url: `${server.origin}/zonder.html` });
  });

  it('follows a moved page to its new address and finds a link under a former slug (alias), over http, in capitals, without the final slash', async () => {
    assert.deepEqual(await check('verhuisd', '/oud-adres', ['verhuisd-oud']), { outcome: { result: 'present', found: 'link' }, url: `${server.origin}/nieuw-adres.html` });
    assert.deepEqual((await check('verhuisd', '/oud-adres')).outcome, { result: 'absent' }, 'without the alias the old slug is another page');
  });

  it('gives up on a page that does not answer within the request time-out: could not check, not absent', async () => {
    const started = Date.now();
    assert.deepEqual((await check('traag', '/traag.html')).outcome, { result: 'unchecked', reason: 'timeout' });
    assert.ok(Date.now() - started < 4_000, 'stopped at the time-out, not when the page came');
  });

  it('gives up when the page as a whole takes longer than its own time-out, whatever each request may take', async () => {
    assert.deepEqual((await check('traag', '/traag.html', [], { requestTimeoutMs: 60_000, pageTimeoutMs: 1_000 })).outcome, { result: 'unchecked', reason: 'timeout' });
  });

  it('checks no page once the run as a whole is out of time', async () => {
    const requests = server.userAgents.length;
    const outcome = (await checkBadgePage(`${server.origin}/link.html`, badgeTargets(SITE, 'link', []), LIMITS, AbortSignal.abort())).outcome;
    assert.deepEqual(outcome, { result: 'unchecked', reason: 'timeout' });
    assert.equal(server.userAgents.length, requests, 'no request was sent');
  });

  it('stops reading a page larger than the size limit while it streams', async () => {
    assert.deepEqual((await check('groot', '/groot.html')).outcome, { result: 'unchecked', reason: 'too-large' });
    assert.ok(server.hugeBytesSent() < 4 * 1024 * 1024, `the server did not get to send all 4 MB (${server.hugeBytesSent()} bytes)`);
  });

  it('reports a redirect loop as soon as an address comes back', async () => {
    assert.deepEqual(await check('kring', '/kring'), { outcome: { result: 'unchecked', reason: 'redirect-loop' }, url: `${server.origin}/kring-2` });
  });

  it('follows no more redirects than the limit', async () => {
    assert.deepEqual((await check('verhuisd', '/oud-adres', ['verhuisd-oud'], { maxRedirects: 0 })).outcome, { result: 'unchecked', reason: 'too-many-redirects' });
    assert.deepEqual((await check('verhuisd', '/oud-adres', ['verhuisd-oud'], { maxRedirects: 1 })).outcome, { result: 'present', found: 'link' });
  });

  it('does not read a PDF as a page, even when its bytes contain the address', async () => {
    assert.deepEqual((await check('pdf', '/folder.pdf')).outcome, { result: 'unchecked', reason: 'not-html' });
  });

  it('reports a server error with its status', async () => {
    assert.deepEqual((await check('fout', '/fout')).outcome, { result: 'unchecked', reason: 'http-error', status: 500 });
    assert.deepEqual((await check('link', '/bestaat-niet.html')).outcome, { result: 'unchecked', reason: 'http-error', status: 404 });
  });

  it('reports a closed port as unreachable and a non-http address as not checkable', async () => {
    assert.deepEqual((await checkBadgePage('http://127.0.0.1:9/link.html', badgeTargets(SITE, 'link', []), LIMITS)).outcome, { result: 'unchecked', reason: 'network' });
    assert.deepEqual((await checkBadgePage('ftp://127.0.0.1/link.html', badgeTargets(SITE, 'link', []), LIMITS)).outcome, { result: 'unchecked', reason: 'bad-url' });
  });

  it('says who is asking in every request', async () => {
    await check('link', '/link.html');
    assert.equal(server.userAgents.at(-1), LIMITS.userAgent);
  });
});
