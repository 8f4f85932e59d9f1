import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { before, describe, test } from 'node:test';
import { SECRET_STRINGS } from './fixture.ts';

const run = promisify(execFile);
const RENDER_FIXTURE = fileURLToPath(new URL('./render-fixture.ts', import.meta.url));

/** Renders the fixture in a child process with this TZ; returns every output file (passthrough assets aside) by path. */
async function renderIn(tz: string): Promise<Map<string, string>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', RENDER_FIXTURE], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  // Eleventy prints its summary line first; the folder is the last line.
  const output = stdout.trim().split('\n').at(-1) ?? '';
  const files = new Map<string, string>();
  for (const entry of await readdir(output, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(output, path.join(entry.parentPath, entry.name));
    if (!file.startsWith('assets/') || file === 'assets/brand.css') files.set(file, await readFile(path.join(output, file), 'utf8'));
  }
  await rm(output, { recursive: true, force: true });
  return files;
}

describe('the machine-readable outputs, rendered by Eleventy', () => {
  let brussels: Map<string, string>;
  let honolulu: Map<string, string>;
  before(async () => {
    [brussels, honolulu] = await Promise.all([renderIn('Europe/Brussels'), renderIn('Pacific/Honolulu')]);
  });

  test('the feeds, calendars, sitemap, robots.txt, _headers, _redirects and the redirect page are written where the routes say', () => {
    const expected = [
      '_headers',
      '_redirects',
      'activiteiten/activiteiten.ics',
      'activiteiten/netwerkdag.ics',
      'activiteiten/winterworkshop.ics',
      'activiteiten/zomerbijeenkomst.ics',
      'activiteiten/zomertijd-vroeg.ics',
      'actoren/gemeente-testel/index.html',
      'feeds/activiteiten.xml',
      'feeds/initiatieven.xml',
      'robots.txt',
      'sitemap.xml',
    ];
    const missing = expected.filter((file) => !brussels.has(file));
    assert.deepEqual(missing, [], `missing from the output: ${missing.join(', ')}`);
  });

  test('text files are printed byte for byte, without a newline added after their own end', () => {
    assert.ok(brussels.get('activiteiten/activiteiten.ics')?.endsWith('END:VCALENDAR\r\n'));
    assert.ok(brussels.get('sitemap.xml')?.endsWith('</urlset>\n'));
  });

  test('the same content gives byte-identical output, whatever the timezone of the machine', () => {
    assert.deepEqual(honolulu, brussels);
  });

  test('no output file names, links or hints at the actor without consent', () => {
    for (const [file, text] of brussels) {
      for (const secret of SECRET_STRINGS) assert.ok(!text.includes(secret), `${file} contains ${secret}`);
    }
  });
});
