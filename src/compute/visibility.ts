import type { VisibilityFile, VisibilityRun } from '../schema/visibility.ts';

/** One stretch of verified presence: from the first check that found the badge until the first later check that did not. */
export interface BadgePresence {
  from: string;
  /** The first check that found the badge gone; absent while it was still found. */
  removed?: string;
}

/**
 * The stretches during which checks found an actor's badge, oldest first. A run that could not be
 * checked neither starts nor ends a stretch: an unreachable page is not an absent badge.
 */
export function presenceOf(runs: readonly VisibilityRun[]): BadgePresence[] {
  const stretches: BadgePresence[] = [];
  let open: BadgePresence | undefined;
  for (const run of runs) {
    if (run.result === 'present' && !open) {
      open = { from: run.first };
      stretches.push(open);
    } else if (run.result === 'absent' && open) {
      open.removed = run.first;
      open = undefined;
    }
  }
  return stretches;
}

/** Where an actor's badge stood on a day, by the checks up to that day. */
export interface VisibilityOn {
  /** `shown`: the last deciding check found it; `removed`: found before, not since; `never`: never found. */
  state: 'shown' | 'removed' | 'never';
  /** The first day a check found it (with `shown` or `removed`). */
  firstShown?: string;
  /** With `removed`: the first check that no longer found it. */
  removed?: string;
  /** The last day checked on or before the day. */
  lastChecked: string;
  /** The latest check could not reach or read the page, so the state is the one before it. */
  lastUnchecked: boolean;
}

/** The state of an actor's badge on `date` from its runs, or undefined when nothing was checked by then. Runs after `date` do not count; a run that spans `date` counts up to it. */
export function visibilityOn(runs: readonly VisibilityRun[], date: string): VisibilityOn | undefined {
  const known = runs.filter((run) => run.first <= date);
  const latest = known.at(-1);
  if (!latest) return undefined;
  const last = latest.last ?? latest.first;
  const lastChecked = last < date ? last : date;
  const stretches = presenceOf(known);
  const first = stretches[0];
  const current = stretches.at(-1);
  const lastUnchecked = latest.result === 'unchecked';
  if (!first || !current) return { state: 'never', lastChecked, lastUnchecked };
  if (current.removed === undefined) return { state: 'shown', firstShown: first.from, lastChecked, lastUnchecked };
  return { state: 'removed', firstShown: first.from, removed: current.removed, lastChecked, lastUnchecked };
}

/** Counts of badges on a day: shown now, removed (and the earliest such removal), never found, and the last day anything was checked. */
export interface VisibilitySummary {
  shown: number;
  removed: number;
  /** The earliest day among the removals counted in `removed`. */
  firstRemoved?: string;
  never: number;
  /** Actors whose latest check could not read their page. */
  unchecked: number;
  lastChecked?: string;
}

/** The badge counts of `actors` on `date`; actors with no check by then are not counted. Names nobody. */
export function visibilitySummary(file: VisibilityFile, actors: Iterable<string>, date: string): VisibilitySummary {
  const summary: VisibilitySummary = { shown: 0, removed: 0, never: 0, unchecked: 0 };
  for (const actor of actors) {
    const on = visibilityOn(file[actor] ?? [], date);
    if (!on) continue;
    summary[on.state] += 1;
    if (on.lastUnchecked) summary.unchecked += 1;
    if (on.removed && (!summary.firstRemoved || on.removed < summary.firstRemoved)) summary.firstRemoved = on.removed;
    if (!summary.lastChecked || on.lastChecked > summary.lastChecked) summary.lastChecked = on.lastChecked;
  }
  return summary;
}
