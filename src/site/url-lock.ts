import { compareUrls } from './engagement.ts';

/**
 * The badge lock: a committed, sorted JSON list of every badge-related URL the site ever
 * published (engagement pages, badge SVGs and PNGs, index.json). Partners link to these from sites
 * we do not control, so the build refuses to publish a site in which one of them is gone.
 */

/** The lock's URLs, or why its text is not a lock. */
export type ParsedLock = { ok: true; urls: string[] } | { ok: false; reason: string };

/** Reads a lock file's text. An empty text is an empty lock (a new site). */
export function parseLock(text: string): ParsedLock {
  if (text.trim() === '') return { ok: true, urls: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `geen geldige JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (!Array.isArray(data)) return { ok: false, reason: 'het is geen lijst.' };
  const bad = data.find((url) => typeof url !== 'string' || !url.startsWith('/engagement/'));
  if (bad !== undefined) return { ok: false, reason: `${JSON.stringify(bad)} is geen adres dat met /engagement/ begint.` };
  return { ok: true, urls: data as string[] };
}

/** The lock's text: one URL a line, sorted, without duplicates, ending in a newline. */
export function serializeLock(urls: readonly string[]): string {
  const sorted = [...new Set(urls)].sort(compareUrls);
  if (sorted.length === 0) return '[]\n';
  return `[\n${sorted.map((url) => `  ${JSON.stringify(url)}`).join(',\n')}\n]\n`;
}

/** The lock after a build: everything it held plus every URL the build published. */
export function mergeLock(locked: readonly string[], published: readonly string[]): string[] {
  return [...new Set([...locked, ...published])].sort(compareUrls);
}

/** The locked URLs the new site does not serve, in lock order. */
export function goneUrls(locked: readonly string[], resolves: (url: string) => boolean): string[] {
  return locked.filter((url) => !resolves(url));
}

/** The 1-based line of a URL in a lock file's text, for error messages (1 when not found). */
export function lineOf(text: string, url: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(JSON.stringify(url)));
  return index < 0 ? 1 : index + 1;
}

/** The actor slug in an engagement URL (`/engagement/<slug>/…`). */
export function slugOfUrl(url: string): string {
  return url.split('/')[2] ?? '';
}
