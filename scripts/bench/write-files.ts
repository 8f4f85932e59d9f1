import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

// Enough parallel writes to keep the disk busy without running into the open-file limit.
const CONCURRENCY = 64;

/** Writes every `[path, text]` pair, creating folders as needed, and resolves when all are on disk. */
export async function writeFiles(files: readonly (readonly [string, string])[]): Promise<void> {
  const folders = new Set(files.map(([path]) => dirname(path)));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let next = 0;
  async function worker(): Promise<void> {
    while (next < files.length) {
      const file = files[next++];
      if (file) await writeFile(file[0], file[1], 'utf8');
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
}
