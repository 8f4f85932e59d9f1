import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hasStackTrace, runCli } from './run-cli.ts';

// tests/fixtures/visibility/content points every badge page at 127.0.0.1:9, a closed port on this
// machine: the command runs end to end without any page to read and without leaving the machine.
describe('npm run verify-visibility as a command', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'zichtbaarheid-cli-'));
    await cp('tests/fixtures/visibility/content', dir, { recursive: true });
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('records unreachable pages as not checkable, exits 0 and says to commit the file', async () => {
    const run = runCli('verify-visibility.ts', ['--content', dir, '--date', '2018-06-20']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^9 pagina’s nakijken voor 2018-06-20 …\n\nafbeelding: niet na te kijken: de site is niet bereikbaar\n {4}http:\/\/127\.0\.0\.1:9\/afbeelding\.html\n/);
    assert.match(run.stdout, /\nNagekeken voor 2018-06-20: 0 met badge, 0 zonder, 9 niet na te kijken \(dat telt niet als zonder badge\)\.\n1 actor is niet openbaar/);
    assert.ok(run.stdout.endsWith(`${path.join(dir, 'visibility.yaml')} bijgewerkt. Commit dit bestand met de rest van de inhoud.\n`));
    const file = await readFile(path.join(dir, 'visibility.yaml'), 'utf8');
    assert.match(file, /\nweggehaald:\n  - \{result: present, found: link, first: 2018-03-01, last: 2018-05-01\}\n  - \{result: absent, first: 2018-05-15, last: 2018-06-01\}\n  - \{result: unchecked, reason: network, first: 2018-06-20, last: 2018-06-20\}\n/);
  });

  it('refuses a date that is not a day, and an option it does not know, in Dutch with exit status 2', () => {
    const badDate = runCli('verify-visibility.ts', ['--content', dir, '--date', '2018-02-30']);
    assert.equal(badDate.status, 2);
    assert.equal(badDate.stderr, '--date "2018-02-30" is geen datum in de vorm JJJJ-MM-DD.\n');
    const unknown = runCli('verify-visibility.ts', ['--content', dir, '--datum', '2018-06-20']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /--datum/);
    assert.match(unknown.stderr, /--date JJJJ-MM-DD/);
    assert.ok(!hasStackTrace(badDate.stderr + unknown.stderr));
  });
});
