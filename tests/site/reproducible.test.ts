import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildSite } from '../../src/eleventy/build.ts';
import { listFiles } from './support/html-scan.ts';
import { REPO_ROOT, tempDir } from './support/fixture-site.ts';

/** 2018-09-30 22:00 UTC: already 1 October 2018 in Brussels. */
const SOURCE_DATE_EPOCH = '1538344800';

/** Builds a content folder with SOURCE_DATE_EPOCH into a fresh temporary folder (with its own badge lock). */
async function build(contentDir: string, cacheDir?: string, pagesPerRun?: number): Promise<{ dir: string; asOf: string }> {
  if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
  const root = await tempDir('reproducible');
  const result = await buildSite({
    contentDir,
    outputDir: path.join(root, '_site'),
    sourceDateEpoch: SOURCE_DATE_EPOCH,
    quiet: true,
    lockFile: path.join(root, 'badges.lock.json'),
    ...(cacheDir ? { cacheDir } : {}),
    ...(pagesPerRun ? { pagesPerRun } : {}),
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

/** Builds twice (with `cacheDir`, both into it) and says which files differ (or exist in one build only). */
async function differences(contentDir: string, cacheDir?: string): Promise<{ first: Map<string, Buffer>; asOf: string; differing: string[] }> {
  const one = await build(contentDir, cacheDir);
  const two = await build(contentDir, cacheDir);
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

  test('a build that prints its pages seven per Eleventy run writes the same files byte for byte as one that prints them all in one run', async () => {
    const content = path.join(REPO_ROOT, 'content');
    const [inOne, inSevens] = [await filesOf((await build(content)).dir), await filesOf((await build(content, undefined, 7)).dir)];
    const names = [...new Set([...inOne.keys(), ...inSevens.keys()])].sort();
    assert.deepEqual(names.filter((name) => !inOne.get(name)?.equals(inSevens.get(name) ?? Buffer.alloc(0)) || !inSevens.has(name)), [], 'files that differ');
    assert.ok(inOne.has('index.html') && inOne.has('monitoring/monitoring.csv'), 'pages and files were built and compared');
    assert.ok([...inOne.keys()].filter((name) => name.endsWith('.html')).length > 7 * 3, 'the site has pages enough for several runs');
  });

  test('a build from an empty cache and one from the cache it filled write the same files byte for byte, and the second draws nothing again', async () => {
    const cacheDir = path.join(await tempDir('reproducible-cache'), '.cache');
    const cachedAt = new Map<string, number>();
    const { first, differing } = await differences(path.join(REPO_ROOT, 'content'), cacheDir);
    assert.deepEqual(differing, [], 'files that differ between the cold and the warm build');
    const cached = await listFiles(path.join(cacheDir, 'png'));
    for (const file of cached) cachedAt.set(file, (await stat(file)).mtimeMs);
    const pngs = [...first.keys()].filter((name) => name.endsWith('.png') && !name.startsWith('media/'));
    assert.ok(pngs.includes('deelbeeld.png'), 'the share images were built and compared');
    assert.ok(pngs.some((name) => name.endsWith('/badge.png')), 'the badge PNGs were built and compared');
    // Every published PNG is one of the cached drawings; aliases share one, so the cache holds fewer files than the site.
    const drawings = new Set(await Promise.all(cached.map(async (file) => (await readFile(file)).toString('base64'))));
    assert.deepEqual(pngs.filter((name) => !drawings.has(first.get(name)!.toString('base64'))), [], 'published PNGs that are not in the cache');
    assert.ok(cached.length <= pngs.length, `${cached.length} cached drawings for ${pngs.length} PNGs`);
    await build(path.join(REPO_ROOT, 'content'), cacheDir);
    for (const file of await listFiles(path.join(cacheDir, 'png'))) assert.equal((await stat(file)).mtimeMs, cachedAt.get(file), `${file} was not drawn again`);
  });
});
