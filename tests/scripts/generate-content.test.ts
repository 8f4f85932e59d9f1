import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { splitEntries } from '../../scripts/bench/split-entries.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';

const scratch = await mkdtemp(join(tmpdir(), 'generate-content-test-'));
after(() => rm(scratch, { recursive: true, force: true }));

let folders = 0;
async function generate(entries: number, seed: number): Promise<string> {
  const dir = join(scratch, `content-${folders++}`);
  await generateContent({ dir, entries, seed });
  return dir;
}

/** Every file under `dir`, by path relative to it, with its text. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  // String paths rather than Dirent.parentPath, which Node 20 only gained in 20.12.
  for (const path of (await readdir(dir, { recursive: true })).sort()) {
    if (/\.(md|yaml)$/.test(path)) files.set(path, await readFile(join(dir, path), 'utf8'));
  }
  return files;
}

describe('the benchmark content generator', () => {
  test('the same seed writes byte-for-byte the same files', async () => {
    const first = await snapshot(await generate(60, 7));
    const second = await snapshot(await generate(60, 7));
    assert.deepEqual([...second.keys()].sort(), [...first.keys()].sort());
    for (const [path, text] of first) assert.equal(second.get(path), text, path);
  });

  test('a different seed writes different content', async () => {
    const first = await snapshot(await generate(60, 7));
    const other = await snapshot(await generate(60, 8));
    assert.notDeepEqual(other, first);
  });

  test('each folder receives the requested number of entries', async () => {
    const dir = await generate(100, 1);
    const counts = Object.fromEntries(
      await Promise.all(['actors', 'initiatives', 'events', 'ambassadors'].map(async (folder) => [folder, (await readdir(join(dir, folder))).length])),
    );
    assert.deepEqual(counts, { actors: 40, initiatives: 30, events: 20, ambassadors: 10 });
  });

  test('the data files sit beside the entry folders', async () => {
    const names = await readdir(await generate(20, 1));
    for (const file of ['site.yaml', 'taxonomies.yaml', 'targets.yaml']) assert.ok(names.includes(file), file);
  });

  test('the split into collections always adds up to the total asked for', () => {
    for (const total of [10, 11, 99, 401, 4000, 4003]) {
      const counts = splitEntries(total);
      assert.equal(counts.actors + counts.initiatives + counts.events + counts.ambassadors, total, String(total));
      assert.ok(counts.ambassadors <= counts.actors, 'every ambassador needs an actor of its own');
    }
  });

  test('fewer entries than every collection needs are refused', () => {
    assert.throws(() => splitEntries(9), RangeError);
    assert.throws(() => splitEntries(12.5), RangeError);
  });

  test('the generated content passes the project check without a single problem', async () => {
    for (const seed of [1, 2, 3]) {
      const result = await prepareSite({ contentDir: await generate(120, seed) });
      assert.deepEqual(result.problems.slice(0, 5), [], `seed ${seed}`);
      assert.equal(result.ok, true);
    }
  });
});
