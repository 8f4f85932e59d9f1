import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { scratchRoot } from '../../src/eleventy/scratch-root.ts';

let memory: string;

before(async () => {
  memory = await mkdtemp(path.join(os.tmpdir(), 'scratch-root-'));
});

after(async () => {
  await rm(memory, { recursive: true, force: true });
});

/** A folder that reports `free` bytes free, in blocks of 4 KB. */
const roomOf = (free: number) => () => ({ bavail: free / 4096, bsize: 4096 });

describe('scratchRoot', () => {
  test('takes the memory folder when it has exactly the room asked for', () => {
    assert.equal(scratchRoot(8192, { env: {}, memoryFolder: memory, statfs: roomOf(8192) }), memory);
  });

  test('takes the system temporary folder when the memory folder has one block too few', () => {
    assert.equal(scratchRoot(8192, { env: {}, memoryFolder: memory, statfs: roomOf(4096) }), os.tmpdir());
  });

  test('takes the memory folder for nothing asked, and not when it has no room at all', () => {
    assert.equal(scratchRoot(0, { env: {}, memoryFolder: memory, statfs: roomOf(0) }), memory);
    assert.equal(scratchRoot(1, { env: {}, memoryFolder: memory, statfs: roomOf(0) }), os.tmpdir());
  });

  test('a TMPDIR the user set wins over a roomy memory folder', () => {
    assert.equal(scratchRoot(1, { env: { TMPDIR: '/elsewhere' }, memoryFolder: memory, statfs: roomOf(1 << 30) }), '/elsewhere');
  });

  test('without a memory folder, or with a file in its place, the system temporary folder is the place', async () => {
    assert.equal(scratchRoot(1, { env: {}, memoryFolder: path.join(memory, 'absent') }), os.tmpdir());
    const file = path.join(memory, 'a-file');
    await writeFile(file, '');
    assert.equal(scratchRoot(1, { env: {}, memoryFolder: path.join(file, 'below') }), os.tmpdir());
  });

  test('a memory folder whose room may not be read is passed over', () => {
    const denied = () => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    };
    assert.equal(scratchRoot(1, { env: {}, memoryFolder: memory, statfs: denied }), os.tmpdir());
  });

  test('an unexpected error reading the room is not swallowed', () => {
    const broken = () => {
      throw Object.assign(new Error('I/O error'), { code: 'EIO' });
    };
    assert.throws(() => scratchRoot(1, { env: {}, memoryFolder: memory, statfs: broken }), /I\/O error/);
  });

  test('the memory folder is /dev/shm where this machine has one', () => {
    const expected = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
    assert.equal(scratchRoot(1, { env: {}, statfs: roomOf(1 << 30) }), expected);
  });
});
