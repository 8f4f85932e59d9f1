import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nl } from '../messages/nl.ts';
import type { Problem } from '../problems/problem.ts';
import { parseLock, serializeLock, type Lock } from './url-lock.ts';

/**
 * The lock's file name inside the content folder it protects: each content folder keeps its own,
 * so several programmes build one after the other in one checkout.
 */
export const LOCK_FILE_NAME = 'urls.lock.json';

/** Where a content folder's URL lock lives unless `--lock FILE` says otherwise. */
export function defaultLockFile(contentDir: string): string {
  return path.join(contentDir, LOCK_FILE_NAME);
}

/** Reads the lock file; a missing file is an empty lock, an unreadable or malformed one a problem. */
export async function readLock(file: string): Promise<{ ok: true; lock: Lock } | { ok: false; problems: Problem[] }> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const parsed = parseLock(text);
  if (!parsed.ok) {
    const t = nl.urls;
    return { ok: false, problems: [{ code: 'bad-badge-lock', file, line: 1, column: 1, field: '', message: t.lockBroken(file, parsed.reason), hint: t.lockBrokenHint }] };
  }
  return { ok: true, lock: { file, text, urls: parsed.urls } };
}

/** Writes the lock with these URLs; only when its text changes, so an unchanged site leaves the file alone. */
export async function writeLock(lock: Lock, urls: readonly string[]): Promise<boolean> {
  const text = serializeLock(urls);
  if (text === lock.text) return false;
  await writeFile(lock.file, text);
  return true;
}
