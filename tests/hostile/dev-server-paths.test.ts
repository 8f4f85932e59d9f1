import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FIXTURE_DIR, REPO_ROOT, tempDir } from '../site/support/fixture-site.ts';
import { freePort, groupAlive, rawGet, startProcess, type DevServerProcess } from '../eleventy/support/dev-server.ts';

/** Request targets an attacker sends to a dev server, each sent byte for byte, and the status it must get. */
const HOSTILE: readonly { target: string; status: number; what: string }[] = [
  { target: '/..%2f..%2fpackage.json', status: 400, what: 'encoded slashes around ..' },
  { target: '/%2e%2e%2f%2e%2e%2fpackage.json', status: 400, what: 'fully encoded ../' },
  { target: '/%2E%2E/%2E%2E/package.json', status: 400, what: 'upper-case encoded dots' },
  { target: '/.%2e/.%2e/package.json', status: 400, what: 'half-encoded ..' },
  { target: '/../../package.json', status: 400, what: 'plain .. segments, not normalised by the client' },
  { target: '/assets/..%2f..%2fpackage.json', status: 400, what: '.. below a copied folder' },
  { target: '/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json', status: 400, what: 'overlong UTF-8 dots' },
  { target: '/%c0%af..%c0%afpackage.json', status: 400, what: 'overlong UTF-8 slash' },
  { target: '/%e0%80%ae%e0%80%ae/package.json', status: 400, what: 'three-byte overlong dot' },
  { target: '/..%5c..%5cpackage.json', status: 400, what: 'encoded backslashes' },
  { target: '/..\\..\\package.json', status: 400, what: 'raw backslashes' },
  { target: '/index.html%00.png', status: 400, what: 'encoded NUL' },
  { target: '/%0d%0aSet-Cookie:%20x=1', status: 400, what: 'encoded CR LF (header injection)' },
  { target: '/%ff%fe', status: 400, what: 'bytes that are no UTF-8' },
  { target: '/%', status: 400, what: 'a lone percent sign' },
  { target: '/%zz', status: 400, what: 'a percent sign without hex digits' },
  { target: '//etc/passwd', status: 400, what: 'a scheme-relative target' },
  { target: 'http://127.0.0.1/../package.json', status: 400, what: 'an absolute-form target' },
  { target: `/${'a'.repeat(3000)}`, status: 414, what: 'a 3,000-character path' },
  { target: `/${'%2e%2e%2f'.repeat(1000)}package.json`, status: 414, what: 'a thousand encoded ../' },
  { target: '/%252e%252e%252fpackage.json', status: 404, what: 'double-encoded ../ (a literal file name, not a way up)' },
  { target: '/package.json', status: 404, what: 'a file of the repository, outside the output folder' },
  { target: '/.eleventy.js', status: 404, what: 'the Eleventy config, outside the output folder' },
];

let server: DevServerProcess | undefined;
let packageText: string;

describe('the dev server under hostile request paths', () => {
  before(async () => {
    packageText = await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8');
    const port = await freePort();
    const out = path.join(await tempDir('dev-hostile'), 'site');
    server = await startProcess(process.execPath, ['--import', 'tsx', 'src/eleventy/serve-command.ts', '--content', FIXTURE_DIR, '--out', out, '--port', String(port)], {
      cwd: REPO_ROOT,
      port,
      readyText: 'De ontwikkelsite draait op',
      limitMs: 120_000,
    });
  });

  after(async () => {
    await server?.stop();
  });

  for (const { target, status, what } of HOSTILE) {
    test(`answers ${status} to ${what} and still serves the home page afterwards`, async () => {
      assert.ok(server);
      const answer = await rawGet(server.port, target);
      assert.equal(answer.status, status, `${target.slice(0, 80)}: ${answer.body.slice(0, 200)}`);
      assert.ok(!answer.body.includes('"name": "integratiepact-site"'), 'package.json is never served');
      assert.ok(!answer.body.includes(packageText.slice(0, 200)), 'no part of package.json is served');
      assert.equal(answer.headers['set-cookie'], undefined, 'no header is injected');
      const home = await rawGet(server.port, '/');
      assert.equal(home.status, 200);
      assert.match(home.body, /<html/);
    });
  }

  test('answers a 20,000-character request line with 431 from Node itself, and keeps running', async () => {
    assert.ok(server);
    const answer = await rawGet(server.port, `/${'a'.repeat(20_000)}`);
    assert.equal(answer.status, 431);
    assert.equal((await rawGet(server.port, '/')).status, 200);
  });

  test('serves the pages, badge PNG and search index of the output folder', async () => {
    assert.ok(server);
    for (const url of ['/', '/initiatieven/', '/engagement/stad-testel/badge.png', '/pagefind/pagefind.js']) {
      assert.equal((await rawGet(server.port, url)).status, 200, url);
    }
  });

  test('never printed a stack trace or "Invalid path"', () => {
    assert.ok(server);
    assert.doesNotMatch(server.output(), /Invalid path|\n\s+at /);
  });

  test('stops on SIGINT (Ctrl+C) with exit code 0, leaving no process behind', async () => {
    assert.ok(server);
    const stopped = server;
    server = undefined;
    assert.deepEqual(await stopped.stop('SIGINT'), { code: 0, signal: null });
    assert.match(stopped.output(), /De ontwikkelsite is gestopt\.\n$/);
    assert.equal(groupAlive(stopped.child.pid!), false);
  });
});
