import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nl } from '../messages/nl.ts';
import type { Problem } from '../problems/problem.ts';

/*
 * content/credentials.lock.json: each actor's index on the status lists. A signed badge names its
 * index, and whoever holds a copy checks it there for years, so an index never changes or comes
 * back: the list only grows (entry N has index N), an actor keeps its index through a rename
 * (found by its aliases), and an actor that withdraws consent keeps its index without its slug.
 */

const t = nl.credentials.lock;

/** The lock's file name inside the content folder it belongs to, beside urls.lock.json. */
export const CREDENTIALS_LOCK_FILE_NAME = 'credentials.lock.json';

/** One index: whose it is, or nobody's any more (retired, never reused). */
export interface CredentialsLockEntry {
  index: number;
  slug?: string;
}

/** The lock as read from its file. */
export interface CredentialsLock {
  file: string;
  text: string;
  entries: CredentialsLockEntry[];
}

/** An actor asking for its index: its slug and former slugs. */
export interface IndexedActor {
  slug: string;
  aliases: readonly string[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The entries of a lock's text, or why it is not a lock (and the 1-based line of the entry at fault). */
export function parseCredentialsLock(text: string): { ok: true; entries: CredentialsLockEntry[] } | { ok: false; reason: string; line: number } {
  if (text.trim() === '') return { ok: true, entries: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: t.notJson(error instanceof Error ? error.message : String(error)), line: 1 };
  }
  if (!Array.isArray(data)) return { ok: false, reason: t.notList, line: 1 };
  const seen = new Set<string>();
  const entries: CredentialsLockEntry[] = [];
  for (const [position, entry] of data.entries()) {
    const line = position + 2;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return { ok: false, reason: t.badEntry(position), line };
    const { index, slug, ...rest } = entry as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || (slug !== undefined && (typeof slug !== 'string' || !SLUG.test(slug)))) return { ok: false, reason: t.badEntry(position), line };
    if (index !== position) return { ok: false, reason: t.gap(position, index), line };
    if (typeof slug === 'string') {
      if (seen.has(slug)) return { ok: false, reason: t.duplicate(slug), line };
      seen.add(slug);
    }
    entries.push(typeof slug === 'string' ? { index: position, slug } : { index: position });
  }
  return { ok: true, entries };
}

/** The lock's text: one entry a line, in index order. */
export function serializeCredentialsLock(entries: readonly CredentialsLockEntry[]): string {
  if (entries.length === 0) return '[]\n';
  return `[\n${entries.map((entry) => `  ${JSON.stringify(entry.slug === undefined ? { index: entry.index } : { index: entry.index, slug: entry.slug })}`).join(',\n')}\n]\n`;
}

/**
 * The lock after this build and every actor's index: an actor found under its slug or one of its
 * aliases keeps that index; the others get the next ones, in the order given. Entries of `hidden`
 * slugs (actors without consent) lose their slug but keep their place.
 */
export function assignIndices(
  entries: readonly CredentialsLockEntry[],
  actors: readonly IndexedActor[],
  hidden: ReadonlySet<string> = new Set(),
): { entries: CredentialsLockEntry[]; indexOf: Map<string, number> } {
  const next: CredentialsLockEntry[] = entries.map((entry) => (entry.slug !== undefined && hidden.has(entry.slug) ? { index: entry.index } : { ...entry }));
  const bySlug = new Map(next.flatMap((entry) => (entry.slug === undefined ? [] : [[entry.slug, entry.index] as const])));
  const indexOf = new Map<string, number>();
  for (const actor of actors) {
    const found = [actor.slug, ...actor.aliases].map((slug) => bySlug.get(slug)).find((index) => index !== undefined);
    if (found !== undefined) {
      indexOf.set(actor.slug, found);
      continue;
    }
    const index = next.length;
    next.push({ index, slug: actor.slug });
    bySlug.set(actor.slug, index);
    indexOf.set(actor.slug, index);
  }
  return { entries: next, indexOf };
}

/** Where a content folder's credentials lock lives. */
export function defaultCredentialsLockFile(contentDir: string): string {
  return path.join(contentDir, CREDENTIALS_LOCK_FILE_NAME);
}

/**
 * The credentials lock that goes with another URL lock (`--lock FILE`, tests): beside it, named
 * after it, so a build with a lock of its own never writes into the content folder.
 */
export function credentialsLockBeside(lockFile: string): string {
  return lockFile.replace(/(\.json)?$/, '.credentials.json');
}

/** The text of a file, or empty when there is none. */
async function textOf(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return undefined;
  }
}

/**
 * Reads the lock; a missing file is an empty lock (a new site), a malformed one a located problem.
 * A missing `file` starts from `seed` (the content folder's lock) when given, so a lock of its own
 * keeps the indices already published.
 */
export async function readCredentialsLock(file: string, seed?: string): Promise<{ ok: true; lock: CredentialsLock } | { ok: false; problems: Problem[] }> {
  const own = await textOf(file);
  const seeded = own === undefined && seed ? await textOf(seed) : undefined;
  const text = own ?? seeded ?? '';
  const parsed = parseCredentialsLock(text);
  if (!parsed.ok) return { ok: false, problems: [{ code: 'bad-credentials-lock', file: own === undefined && seed ? seed : file, line: parsed.line, column: 1, field: '', message: t.broken(file, parsed.reason), hint: t.hint }] };
  // A seeded lock has no text of its own yet: the build writes it.
  return { ok: true, lock: { file, text: own ?? '', entries: parsed.entries } };
}

/** Writes the lock with these entries, only when its text changes. */
export async function writeCredentialsLock(lock: CredentialsLock, entries: readonly CredentialsLockEntry[]): Promise<boolean> {
  // A programme without credentials gets no lock file until it has one.
  if (entries.length === 0 && lock.text === '') return false;
  const text = serializeCredentialsLock(entries);
  if (text === lock.text) return false;
  await writeFile(lock.file, text);
  return true;
}
