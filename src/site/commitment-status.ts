import { sourceEndedOn, sourceHoldsOn } from '../compute/ladder.ts';
import type { Actor, StepSource } from '../model/site-model.ts';
import type { BadgeLevel } from '../schema/ladder-file.ts';

/**
 * Where a commitment stands on the as-of date: `active` (holds), `due-soon` (holds, but a renewal
 * or progress report falls due within the programme's notice period), `lapsed` (not renewed or
 * reported in time), `withdrawn` (a declaration withdrawn), `ended` (a role that ran its term),
 * `none` (no level reached yet).
 */
export type Standing = 'active' | 'due-soon' | 'lapsed' | 'withdrawn' | 'ended' | 'none';

/** What a badge, page and JSON file say about an actor on the as-of date. */
export interface CommitmentStatus {
  /** Where the commitment stands; `ended` and `withdrawn` go with `ended: true`. */
  standing: Standing;
  /** The badge level of content/ladder.yaml, standing or ended; absent when the actor holds none yet. */
  level?: BadgeLevel;
  /** True for an ended level: shown as such, with its date, never as a standing commitment. */
  ended: boolean;
  /**
   * The day the status began: the first source of a standing level that still holds (signed on,
   * ambassador since, first step); for an ended level the day the ended role began. Absent without level.
   */
  since?: string;
  /** The day an ended level ended: withdrawn on, ambassador until. */
  endedOn?: string;
}

/** What the status needs to know of an actor: every step it ever reached, with dated sources. */
export type StatusActor = Pick<Actor, 'reachedAllTime'>;

/**
 * The commitment status of an actor on `asOf` (YYYY-MM-DD) under the badge levels of
 * content/ladder.yaml (highest first). Anything dated after `asOf` has not happened yet.
 *
 * Walking the levels from the highest, the first level that stands wins: reached, and for a
 * `while_active` level still held by one of its sources (a declaration not withdrawn, an
 * ambassadorship that runs on `asOf`). A `while_active` level that was reached but no longer holds
 * has ended: the walk goes on, and if the next level that stands never ends (no `while_active`),
 * or none stands, the ended level is shown instead. Of several ended levels, the most recently
 * ended is told (the higher one on the same day).
 */
export function commitmentStatus(actor: StatusActor, levels: readonly BadgeLevel[], asOf: string): CommitmentStatus {
  let ended: { level: BadgeLevel; since: string; endedOn: string } | undefined;
  const endedStatus = (found: NonNullable<typeof ended>): CommitmentStatus => ({ standing: 'ended', level: found.level, ended: true, since: found.since, endedOn: found.endedOn });
  for (const level of levels) {
    const sources = actor.reachedAllTime
      .filter((step) => !level.steps || level.steps.includes(step.step))
      .flatMap((step) => step.sources)
      .filter((source) => source.date <= asOf);
    if (sources.length === 0) continue;
    if (!level.while_active) return ended ? endedStatus(ended) : { standing: 'active', level, ended: false, since: earliest(sources) };
    const holding = sources.filter((source) => sourceHoldsOn(source, asOf));
    if (holding.length > 0) return { standing: 'active', level, ended: false, since: earliest(holding) };
    const last = lastEnded(sources, asOf);
    if (last && (!ended || last.endedOn > ended.endedOn)) ended = { level, ...last };
  }
  return ended ? endedStatus(ended) : { standing: 'none', ended: false };
}

function earliest(sources: readonly StepSource[]): string {
  return sources.map((source) => source.date).sort()[0] ?? '';
}

/** The source that ended last (latest end, then latest start), with its start and end. */
function lastEnded(sources: readonly StepSource[], asOf: string): { since: string; endedOn: string } | undefined {
  let best: { since: string; endedOn: string } | undefined;
  for (const source of sources) {
    const endedOn = sourceEndedOn(source, asOf);
    if (endedOn === undefined) continue;
    if (!best || endedOn > best.endedOn || (endedOn === best.endedOn && source.date > best.since)) best = { since: source.date, endedOn };
  }
  return best;
}

/** The year of a YYYY-MM-DD date. */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}
