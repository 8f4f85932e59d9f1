import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { tempDir } from './site/support/fixture-site.ts';
import { freePort, groupAlive, pollUntil, rawGet, startProcess, waitForOutput, type DevServerProcess } from './eleventy/support/dev-server.ts';

const run = promisify(execFile);

/** The repository this test runs in: its committed state is what a newcomer clones. */
const REPOSITORY = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: path.dirname(fileURLToPath(import.meta.url)) })).stdout.trim();

/** The entry the test edits, breaks and fixes, and a word no content uses. */
const ENTRY = 'content/initiatives/duo-for-a-job-mentoring.md';
const NEW_WORD = 'Zonnebloemroute';
const UNKNOWN_FIELD = 'kleurcode: paars';

/** Generous bounds, so a slow machine fails with a message instead of hanging. */
const START_LIMIT = 180_000;
const REBUILD_LIMIT = 90_000;

let clone: string;
let server: DevServerProcess | undefined;
let entryText: string;

describe('the README commands from a fresh clone', () => {
  before(async () => {
    clone = path.join(await tempDir('readme'), 'clone');
    await run('git', ['clone', '--quiet', REPOSITORY, clone]);
    // The npm cache is warm; a newcomer's `npm ci` with the network as the only difference.
    await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: clone, maxBuffer: 64 * 1024 * 1024 });
    entryText = await readFile(path.join(clone, ENTRY), 'utf8');
  });

  after(async () => {
    await server?.stop();
  });

  test('npm start serves the home page, listings, a badge page, its PNG, the search index and the monitoring page', async () => {
    const port = await freePort();
    server = await startProcess('npm', ['start', '--', '--port', String(port)], { cwd: clone, port, readyText: 'De ontwikkelsite draait op', limitMs: START_LIMIT });
    for (const url of ['/', '/initiatieven/', '/engagement/voka/', '/engagement/voka/badge.png', '/pagefind/pagefind.js', '/monitoring/']) {
      const answer = await rawGet(port, url);
      assert.equal(answer.status, 200, url);
    }
    assert.ok(existsSync(path.join(clone, '.cache/dev-site/pagefind/pagefind.js')), 'the search index is in .cache/dev-site/');
    assert.ok(existsSync(path.join(clone, '.cache/dev-site/engagement/voka/badge.png')), 'the badge PNG is in .cache/dev-site/');
  });

  test('an edited title shows up on the listing page', async () => {
    assert.ok(server);
    const edited = entryText.replace(/^title: (.*)$/m, `title: $1 ${NEW_WORD}`);
    assert.notEqual(edited, entryText, 'the entry has a title line');
    await writeFile(path.join(clone, ENTRY), edited);
    await pollUntil(server.port, '/initiatieven/', (a) => a.status === 200 && a.body.includes(NEW_WORD), REBUILD_LIMIT);
  });

  test('a broken entry puts the problems page on every page and the problems in the terminal', async () => {
    assert.ok(server);
    const edited = (await readFile(path.join(clone, ENTRY), 'utf8')).replace(/^title: .*$/m, `$&\n${UNKNOWN_FIELD}`);
    await writeFile(path.join(clone, ENTRY), edited);
    const home = await pollUntil(server.port, '/', (a) => a.status === 503, REBUILD_LIMIT);
    assert.match(home.body, /De inhoud bevat fouten/);
    assert.match(home.body, /kleurcode/);
    for (const url of ['/initiatieven/', '/engagement/voka/', '/monitoring/']) {
      const page = await rawGet(server.port, url);
      assert.equal(page.status, 503, url);
      assert.match(page.body, /De inhoud bevat fouten[\s\S]*kleurcode[\s\S]*unknown-field/, url);
    }
    await waitForOutput(server, /duo-for-a-job-mentoring\.md:3:1 {2}kleurcode: .*\[unknown-field\]/, REBUILD_LIMIT);
  });

  test('fixing the entry brings the pages back and the terminal says the problems are fixed', async () => {
    assert.ok(server);
    const fixed = (await readFile(path.join(clone, ENTRY), 'utf8')).replace(`\n${UNKNOWN_FIELD}`, '');
    await writeFile(path.join(clone, ENTRY), fixed);
    const listing = await pollUntil(server.port, '/initiatieven/', (a) => a.status === 200, REBUILD_LIMIT);
    assert.match(listing.body, new RegExp(NEW_WORD));
    assert.equal((await rawGet(server.port, '/')).status, 200);
    await waitForOutput(server, /Alle problemen zijn opgelost/, REBUILD_LIMIT);
    // Search catches up after the pages: the terminal says so once the index holds the fixed entry.
    await waitForOutput(server, /Alle problemen zijn opgelost[\s\S]*Zoekfunctie bijgewerkt\./, REBUILD_LIMIT);
  });

  test('a hostile request path gets 400 and the server keeps serving', async () => {
    assert.ok(server);
    assert.equal((await rawGet(server.port, '/..%2f..%2fpackage.json')).status, 400);
    assert.equal((await rawGet(server.port, '/')).status, 200);
  });

  test('SIGTERM stops every process of npm start, cleanly, and _site/ was never created', async () => {
    assert.ok(server);
    const stopped = server;
    server = undefined;
    const ended = await stopped.stop();
    assert.match(stopped.output(), /De ontwikkelsite is gestopt\./);
    assert.doesNotMatch(stopped.output(), /Invalid path|Error:|\n\s+at /);
    // npm ends itself with the signal it forwarded; the server's own exit code is tested in tests/hostile/dev-server-paths.test.ts.
    assert.deepEqual(ended, { code: null, signal: 'SIGTERM' });
    assert.equal(groupAlive(stopped.child.pid!), false, 'no process of npm start is left');
    assert.equal(existsSync(path.join(clone, '_site')), false);
  });

  test('npm run build in the same clone writes _site/index.html and exits 0', async () => {
    const { stdout } = await run('npm', ['run', 'build'], { cwd: clone, maxBuffer: 64 * 1024 * 1024 });
    assert.match(stdout, /Site gebouwd in .*_site/);
    assert.ok(existsSync(path.join(clone, '_site/index.html')));
  });
});
