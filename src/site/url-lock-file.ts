import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nl } from '../messages/nl.ts';
import type { Problem } from '../problems/problem.ts';
import { goneUrls, lineOf, mergeLock, parseLock, serializeLock, slugOfUrl } from '../site/badge-lock.ts';

/** The lock file `npm run build` keeps: in the working directory, committed with the content. */
export const DEFAULT_LOCK_FILE = 'badges.lock.json';

/** A lock file as read before a build. */
export interface LoadedLock {
  file: string;
  text: string;
  urls: string[];
}

/** A file's name as problems show it: relative to the working directory when inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

/** Reads the lock file; a missing file is an empty lock, an unreadable one a problem. */
export async function readLock(file: string): Promise<{ ok: true; lock: LoadedLock } | { ok: false; problems: Problem[] }> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const parsed = parseLock(text);
  if (!parsed.ok) {
    const t = nl.engagement;
    return {
      ok: false,
      problems: [{ code: 'bad-badge-lock', file: shown(file), line: 1, column: 1, field: '', message: t.lockBroken(shown(file), parsed.reason), hint: t.lockBrokenHint }],
    };
  }
  return { ok: true, lock: { file, text, urls: parsed.urls } };
}

/** The file a static host serves for a URL path (`/a/` → `a/index.html`). */
function servedFile(siteDir: string, url: string): string {
  const parts = url.split('/').filter(Boolean);
  return url.endsWith('/') ? path.join(siteDir, ...parts, 'index.html') : path.join(siteDir, ...parts);
}

/**
 * Every locked URL the freshly built site in `siteDir` does not serve, as a problem that says
 * how to fix it. The site is checked as written, so a page, badge or PNG that went missing for
 * any reason stops the build.
 */
export async function checkLock(lock: LoadedLock, siteDir: string, contentDir: string): Promise<Problem[]> {
  const t = nl.engagement;
  const present = new Set<string>();
  await Promise.all(
    lock.urls.map(async (url) => {
      if (await stat(servedFile(siteDir, url)).then((s) => s.isFile(), () => false)) present.add(url);
    }),
  );
  const bySlug = new Map<string, string[]>();
  for (const url of goneUrls(lock.urls, (candidate) => present.has(candidate))) {
    const slug = slugOfUrl(url);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), url]);
  }
  // One problem per actor, at the line of its first missing URL.
  return [...bySlug].map(([slug, urls]) => ({
    code: 'badge-url-gone',
    file: shown(lock.file),
    line: lineOf(lock.text, urls[0] ?? ''),
    column: 3,
    field: '',
    message: t.lockGone(`/engagement/${slug}/`, urls.map((url) => url.slice(`/engagement/${slug}/`.length) || 'index.html'), shown(lock.file)),
    hint: t.lockGoneHint(shown(path.join(contentDir, 'actors', `${slug}.md`)), slug),
  }));
}

/** Adds the URLs a build published to the lock; writes the file only when its text changes. */
export async function updateLock(lock: LoadedLock, published: readonly string[]): Promise<boolean> {
  const text = serializeLock(mergeLock(lock.urls, published));
  if (text === lock.text) return false;
  await writeFile(lock.file, text);
  return true;
}
