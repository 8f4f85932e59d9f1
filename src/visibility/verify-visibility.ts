import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FILES } from '../load/load-content.ts';
import { prepareSite } from '../model/prepare-site.ts';
import type { Problem } from '../problems/problem.ts';
import type { Site } from '../schema/site.ts';
import type { VisibilityFile } from '../schema/visibility.ts';
import { PublicActors } from '../site/public-actors.ts';
import { badgeTargets } from './badge-targets.ts';
import { checkBadgePage, type PageCheck } from './check-page.ts';
import { DEFAULT_LIMITS, RUN_TIMEOUT_MS, type FetchLimits } from './fetch-page.ts';
import { formatVisibilityFile, recordCheck } from './visibility-file.ts';

/** What to verify: the content folder, the day to record, and (for tests) tighter limits. */
export interface VerifyOptions {
  contentDir: string;
  /** The day the checks are recorded on (YYYY-MM-DD). */
  date: string;
  limits?: Partial<Omit<FetchLimits, 'userAgent'>>;
  /** Milliseconds for the whole run (RUN_TIMEOUT_MS when absent). */
  runTimeoutMs?: number;
  /** Pages fetched at the same time; few, to stay polite to small sites. */
  concurrency?: number;
}

/** One public actor's page checked. */
export interface ActorCheck extends PageCheck {
  slug: string;
  shownOn: string;
}

/** The run: the content's problems, or every check, the actors skipped, and what was written. */
export type VerifyResult =
  | { ok: false; problems: Problem[] }
  | { ok: true; checks: ActorCheck[]; hidden: number; earlier: { slug: string; last: string }[]; written?: string };

/** The honest User-Agent: what is asking, for which programme, and where to read about it. Header-safe ASCII. */
export function userAgent(site: Pick<Site, 'name' | 'short_name' | 'url'>): string {
  const name = (site.short_name ?? site.name).normalize('NFKD').replace(/[^\x20-\x7e]|[()]/g, '').trim();
  return `verify-visibility/1.0 (+${site.url}; badgecontrole van ${name}; geen JavaScript)`;
}

/** Runs `work` over `items`, at most `limit` at a time, results in the order of `items`. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/**
 * Checks the `badge.shown_on` page of every public actor and records the outcomes on `date` in
 * the content folder's visibility.yaml (runs of identical outcomes extended, not repeated). An actor
 * without consent has no badge page to link to and is skipped, counted. Nothing is written when any
 * actor already has a check after `date`.
 */
export async function verifyVisibility(options: VerifyOptions): Promise<VerifyResult> {
  const prepared = await prepareSite({ contentDir: options.contentDir, asOf: options.date });
  if (!prepared.ok) return { ok: false, problems: prepared.problems };
  const { model } = prepared;
  const withBadge = model.actors.filter((actor) => actor.badge !== undefined).sort((a, b) => a.slug.localeCompare(b.slug));
  const named = new Set(new PublicActors(model).all().map((actor) => actor.slug));
  const checkable = withBadge.filter((actor) => named.has(actor.slug));
  const limits: FetchLimits = { ...DEFAULT_LIMITS, ...options.limits, userAgent: userAgent(model.site) };
  const runDeadline = AbortSignal.timeout(options.runTimeoutMs ?? RUN_TIMEOUT_MS);
  const checks = await inPool(checkable, options.concurrency ?? 4, async (actor): Promise<ActorCheck> => {
    const shownOn = actor.badge?.shown_on ?? '';
    const check = await checkBadgePage(shownOn, badgeTargets(model.site.url, actor.slug, actor.aliases), limits, runDeadline);
    return { slug: actor.slug, shownOn, ...check };
  });
  const file: VisibilityFile = { ...model.visibility };
  const earlier: { slug: string; last: string }[] = [];
  for (const check of checks) {
    const runs = file[check.slug] ?? [];
    const recorded = recordCheck(runs, options.date, check.outcome);
    if (recorded) file[check.slug] = recorded;
    else {
      const last = runs.at(-1);
      earlier.push({ slug: check.slug, last: last?.last ?? last?.first ?? '' });
    }
  }
  const hidden = withBadge.length - checkable.length;
  if (earlier.length > 0 || checks.length === 0) return { ok: true, checks, hidden, earlier };
  const target = path.join(options.contentDir, DATA_FILES.visibility);
  // Written beside and renamed, so an interrupted run never leaves half a file to commit.
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, formatVisibilityFile(file), 'utf8');
  await rename(temporary, target);
  return { ok: true, checks, hidden, earlier, written: target };
}
