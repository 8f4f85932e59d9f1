import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildView } from '../../src/site/build-view.ts';
import { buildFrom, fileForUrl, FIXTURE_DIR, tempDir } from './support/fixture-site.ts';
import { listFiles } from './support/html-scan.ts';

/** Every file of a folder with its content hash and modification time. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const file of await listFiles(dir)) {
    const bytes = await readFile(file);
    const { mtimeMs } = await stat(file);
    result.set(path.relative(dir, file), `${createHash('sha256').update(bytes).digest('hex')} ${mtimeMs}`);
  }
  return result;
}

/** A copy of the site fixture with two mistakes an editor might make. */
async function invalidCopy(): Promise<{ dir: string; initiative: string; event: string }> {
  const dir = path.join(await tempDir('invalid'), 'content');
  await cp(FIXTURE_DIR, dir, { recursive: true });
  const initiative = path.join(dir, 'initiatives/taalcafe-kaleidoscoop.md');
  const event = path.join(dir, 'events/workshop-2025-01-20.md');
  await writeFile(initiative, (await readFile(initiative, 'utf8')).replace('  - stad-testel\n', '  - stad-testl\n'));
  await writeFile(event, (await readFile(event, 'utf8')).replace('date: 2025-01-20', 'date: 2025-02-30'));
  return { dir, initiative, event };
}

describe('buildSite', () => {
  test('writes a file for every page and file of the site view', async () => {
    const outputDir = path.join(await tempDir('build'), '_site');
    const result = await buildFrom(FIXTURE_DIR, outputDir);
    assert.ok(result.ok, 'the fixture builds');
    const view = buildView(result.model);
    const missing = [...view.pages, ...view.files].map((entry) => entry.url).filter((url) => !existsSync(fileForUrl(outputDir, url)));
    assert.deepEqual(missing, [], 'every URL of the site view exists in the output');
    assert.ok(existsSync(path.join(outputDir, 'pagefind/pagefind.js')), 'the search index is written into the output');
  });

  test('returns every problem of invalid content and leaves the existing output folder untouched', async () => {
    const outputDir = path.join(await tempDir('build'), '_site');
    const first = await buildFrom(FIXTURE_DIR, outputDir);
    assert.ok(first.ok, 'the valid fixture builds');
    const before = await snapshot(outputDir);
    assert.ok(before.size > 10, 'the first build wrote a site');

    const invalid = await invalidCopy();
    const second = await buildFrom(invalid.dir, outputDir);
    assert.equal(second.ok, false, 'invalid content does not build');
    assert.ok(!second.ok);
    const reported = second.problems.map((problem) => `${path.relative(invalid.dir, problem.file)} ${problem.code}`);
    assert.ok(reported.includes('initiatives/taalcafe-kaleidoscoop.md unknown-reference'), `the unknown actor is reported: ${reported.join('; ')}`);
    assert.ok(reported.includes('events/workshop-2025-01-20.md bad-date'), `the impossible date is reported: ${reported.join('; ')}`);

    assert.deepEqual(await snapshot(outputDir), before, 'no file of the previous build changed, appeared or disappeared');
    assert.equal(existsSync(`${outputDir}.next`), false, 'no half-built staging folder is left beside the output');
  });

  test('a successful build replaces the whole output folder, so files of an earlier build do not linger', async () => {
    const outputDir = path.join(await tempDir('build'), '_site');
    assert.ok((await buildFrom(FIXTURE_DIR, outputDir)).ok);
    const staleFile = path.join(outputDir, 'verdwenen-pagina/index.html');
    await mkdir(path.dirname(staleFile), { recursive: true });
    await writeFile(staleFile, '<!doctype html><title>oud</title>');

    assert.ok((await buildFrom(FIXTURE_DIR, outputDir)).ok);
    assert.equal(existsSync(staleFile), false, 'a file only the earlier build had is gone');
    assert.ok(existsSync(path.join(outputDir, 'initiatieven/index.html')), 'the new build is in place');
    assert.equal(existsSync(`${outputDir}.previous`), false, 'the previous build is cleaned up after the swap');
  });
});
