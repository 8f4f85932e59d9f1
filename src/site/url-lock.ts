import path from 'node:path';
import { DATA_FOLDERS } from '../load/load-content.ts';
import { nl } from '../messages/nl.ts';
import type { Problem } from '../problems/problem.ts';
import { COLLECTIONS } from '../schema/collections.ts';
import { compareUrls } from './engagement.ts';
import { routes } from './routes.ts';
import type { UrlPlan } from './url-owners.ts';

/*
 * The URL lock: a committed, sorted JSON list of every entry page and badge URL the site ever
 * published (actor, initiative, event, ambassador, text and plan pages; engagement pages, badge
 * SVGs and PNGs, index.json). Partners and search engines link to these from places we do not
 * control, so a URL may only leave the lock by a withdrawal of consent (privacy wins) or by an
 * editor deleting its line on purpose.
 */

const t = nl.urls;

/** The lock's URLs, or why its text is not a lock. */
export type ParsedLock = { ok: true; urls: string[] } | { ok: false; reason: string };

/** A lock as read from its file: where it is (as problems show it), its text and its URLs. */
export interface Lock {
  file: string;
  text: string;
  urls: string[];
}

/** Reads a lock file's text. An empty text is an empty lock (a new site). */
export function parseLock(text: string): ParsedLock {
  if (text.trim() === '') return { ok: true, urls: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: t.lockNotJson(error instanceof Error ? error.message : String(error)) };
  }
  if (!Array.isArray(data)) return { ok: false, reason: t.lockNotList };
  const bad = data.find((url) => typeof url !== 'string' || !url.startsWith('/'));
  if (bad !== undefined) return { ok: false, reason: t.lockBadUrl(JSON.stringify(bad)) };
  return { ok: true, urls: data as string[] };
}

/** The lock's text: one URL a line, sorted, without duplicates, ending in a newline. */
export function serializeLock(urls: readonly string[]): string {
  const sorted = [...new Set(urls)].sort(compareUrls);
  if (sorted.length === 0) return '[]\n';
  return `[\n${sorted.map((url) => `  ${JSON.stringify(url)}`).join(',\n')}\n]\n`;
}

/**
 * The lock after a build: everything it held and every locked URL the build published, minus the
 * URLs of actors (and their ambassadorships) that withdrew consent: privacy wins, and their slug
 * then stays out of the lock as well.
 */
export function nextLock(locked: readonly string[], plan: UrlPlan): string[] {
  const withdrawn = new Set(plan.withheld.filter((entry) => entry.reason === 'privacy').map((entry) => entry.url));
  const published = plan.urls.filter((entry) => entry.locked).map((entry) => entry.url);
  return [...new Set([...locked.filter((url) => !withdrawn.has(url)), ...published])].sort(compareUrls);
}

/** The 1-based line of a URL in a lock file's text, for problems (1 when not found). */
export function lineOf(text: string, url: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(JSON.stringify(url)));
  return index < 0 ? 1 : index + 1;
}

/** What kind of entry a locked URL belongs to, and its slug. */
export interface UrlEntry {
  kind: 'actor' | 'initiative' | 'event' | 'series' | 'ambassador' | 'plan' | 'page' | 'other';
  slug: string;
}

/** The part of a route before and after its slug, taken from the route itself so they cannot drift apart. */
function shape(route: (slug: string) => string): [string, string] {
  const [before = '', after = ''] = route('\u0000').split('\u0000');
  return [before, after];
}

const SHAPES: [UrlEntry['kind'], [string, string], boolean][] = [
  // Engagement pages and every file beside them belong to the actor.
  ['actor', shape(routes.engagement), true],
  ['actor', shape(routes.actor), false],
  ['initiative', shape(routes.initiative), false],
  // Before events: /activiteiten/reeks/<slug>/ lies inside the events' folder.
  ['series', shape(routes.series), false],
  ['event', shape(routes.event), false],
  ['ambassador', shape(routes.ambassador), false],
  ['plan', shape(routes.plan), false],
  ['page', shape(routes.page), false],
];

/** The entry a locked URL was published for: `/engagement/voka/badge.svg` → actor voka. */
export function entryOfUrl(url: string): UrlEntry {
  for (const [kind, [before, after], withFiles] of SHAPES) {
    if (!url.startsWith(before)) continue;
    const rest = url.slice(before.length);
    const end = rest.indexOf('/');
    const slug = end < 0 ? '' : rest.slice(0, end);
    if (slug && (withFiles || `${slug}${after}` === rest)) return { kind, slug };
  }
  return { kind: 'other', slug: '' };
}

/** The file an entry lives in, under the content folder. */
function entryFile(contentDir: string, entry: UrlEntry): string {
  const folders = { actor: COLLECTIONS.actors.folder, initiative: COLLECTIONS.initiatives.folder, event: COLLECTIONS.events.folder, series: COLLECTIONS.series.folder, ambassador: COLLECTIONS.ambassadors.folder, page: COLLECTIONS.pages.folder };
  if (entry.kind === 'plan') return path.join(contentDir, DATA_FOLDERS.plans, `${entry.slug}.yaml`);
  if (entry.kind === 'other') return '';
  return path.join(contentDir, folders[entry.kind], `${entry.slug}.md`);
}

/** URLs for a message: those of one folder together, `/engagement/voka/ (index.html, badge.svg)`. */
function describeUrls(urls: readonly string[]): string {
  const byFolder = new Map<string, string[]>();
  for (const url of urls) {
    const folder = url.slice(0, url.lastIndexOf('/') + 1);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), url.slice(folder.length) || 'index.html']);
  }
  return [...byFolder]
    .map(([folder, files]) => (files.length === 1 ? `${folder}${files[0] === 'index.html' ? '' : files[0]}` : `${folder} (${files.join(', ')})`))
    .join(', ');
}

/**
 * Every locked URL the site would no longer publish, as one problem per entry at the line of its
 * first URL in the lock, saying what breaks and how to end a participation instead. URLs that an
 * existing entry withholds (no consent, or not started on the as-of date) are not gone.
 */
export function lockViolations(lock: Lock, plan: UrlPlan, contentDir: string): Problem[] {
  const kept = new Set([...plan.urls.map((entry) => entry.url), ...plan.withheld.map((entry) => entry.url)]);
  const byEntry = new Map<string, { entry: UrlEntry; urls: string[] }>();
  for (const url of lock.urls) {
    if (kept.has(url)) continue;
    const entry = entryOfUrl(url);
    const key = `${entry.kind} ${entry.slug || url}`;
    const group = byEntry.get(key);
    if (group) group.urls.push(url);
    else byEntry.set(key, { entry, urls: [url] });
  }
  return [...byEntry.values()].map(({ entry, urls }) => {
    const file = entryFile(contentDir, entry);
    const hints = t.goneHint;
    const hint =
      entry.kind === 'actor' ? hints.actor(file, entry.slug) : entry.kind === 'other' ? hints.other(lock.file) : hints[entry.kind](file, lock.file);
    return {
      code: urls.some((url) => url.startsWith(routes.engagements)) ? 'badge-url-gone' : 'url-gone',
      file: lock.file,
      line: lineOf(lock.text, urls[0] ?? ''),
      column: 3,
      field: '',
      message: t.gone(describeUrls(urls), urls.length, lock.file),
      hint,
    } satisfies Problem;
  });
}
