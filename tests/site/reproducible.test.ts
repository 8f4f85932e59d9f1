import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildSite } from '../../src/eleventy/build.ts';
import { listFiles } from './support/html-scan.ts';
import { REPO_ROOT, tempDir } from './support/fixture-site.ts';

/** 2018-09-30 22:00 UTC: already 1 October 2018 in Brussels. */
const SOURCE_DATE_EPOCH = '1538344800';

/** Builds a content folder with SOURCE_DATE_EPOCH into a fresh temporary folder (with its own badge lock). */
async function build(contentDir: string): Promise<{ dir: string; asOf: string }> {
  if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
  const root = await tempDir('reproducible');
  const result = await buildSite({
    contentDir,
    outputDir: path.join(root, '_site'),
    sourceDateEpoch: SOURCE_DATE_EPOCH,
    quiet: true,
    lockFile: path.join(root, 'badges.lock.json'),
  });
  if (!result.ok) assert.fail(`${contentDir} does not build:\n${result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`);
  return { dir: result.outputDir, asOf: result.model.asOf };
}

/** Every file of a built site, by path relative to the site, with its bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const file of await listFiles(dir)) files.set(path.relative(dir, file).split(path.sep).join('/'), await readFile(file));
  return files;
}

/** Builds twice and says which files differ (or exist in one build only). */
async function differences(contentDir: string): Promise<{ first: Map<string, Buffer>; asOf: string; differing: string[] }> {
  const one = await build(contentDir);
  const two = await build(contentDir);
  const [first, second] = [await filesOf(one.dir), await filesOf(two.dir)];
  const names = [...new Set([...first.keys(), ...second.keys()])].sort();
  const differing = names.filter((name) => {
    const [a, b] = [first.get(name), second.get(name)];
    return !a || !b || !a.equals(b);
  });
  return { first, asOf: one.asOf, differing };
}

describe('reproducible builds', () => {
  test('without a pinned date, the as-of date is the day SOURCE_DATE_EPOCH falls on in Brussels, and two builds are byte-identical', async () => {
    // The indicator fixture pins no as_of in site.yaml.
    const { first, asOf, differing } = await differences(path.join(REPO_ROOT, 'tests/fixtures/indicators'));
    assert.equal(asOf, '2018-10-01');
    assert.deepEqual(differing, [], 'files that differ between two builds');
    assert.ok([...first.keys()].some((name) => name.startsWith('pagefind/')), 'the search index is part of the comparison');
    assert.ok(first.get('monitoring/monitoring.json')?.toString('utf8').includes('"asOf": "2018-10-01"'), 'the exports carry the as-of date');
  });

  test('two builds of the example content are byte-identical, search index, exports and report pages included', async () => {
    const { first, differing } = await differences(path.join(REPO_ROOT, 'content'));
    assert.deepEqual(differing, [], 'files that differ between two builds');
    for (const name of ['monitoring/index.html', 'monitoring/monitoring.csv', 'data/actors.csv', 'pagefind/pagefind-entry.json']) {
      assert.ok(first.has(name), `${name} was built and compared`);
    }
  });
});
