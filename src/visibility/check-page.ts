import type { UncheckedReason } from '../schema/visibility.ts';
import type { BadgeTargets } from './badge-targets.ts';
import { fetchPage, type FetchLimits } from './fetch-page.ts';
import { findBadge } from './find-badge.ts';

/** What one check of one page found: the badge (as link or image), no badge, or no page to judge. */
export type CheckOutcome =
  | { result: 'present'; found: 'link' | 'image' }
  | { result: 'absent' }
  | { result: 'unchecked'; reason: UncheckedReason; status?: number };

/** One page checked: the outcome and the URL it was read at (after redirects) or stopped at. */
export interface PageCheck {
  outcome: CheckOutcome;
  url: string;
}

/** Fetches `shownOn` within `limits` and looks for the actor's badge; a page that cannot be read is `unchecked`, never `absent`. */
export async function checkBadgePage(shownOn: string, targets: BadgeTargets, limits: FetchLimits, runDeadline?: AbortSignal): Promise<PageCheck> {
  const page = await fetchPage(shownOn, limits, runDeadline);
  if (!page.ok) return { outcome: { result: 'unchecked', reason: page.reason, ...(page.status ? { status: page.status } : {}) }, url: page.url };
  const found = findBadge(page.html, page.url, targets);
  return { outcome: found ? { result: 'present', found } : { result: 'absent' }, url: page.url };
}
