import { sourceEndedOn, sourceHoldsOn } from '../compute/ladder.ts';
import type { Actor, StepSource } from '../model/site-model.ts';
import { renewalStanding, type RenewalNeed, type RenewalStanding } from '../compute/renewal.ts';
import type { BadgeLevel, CommitmentRules } from '../schema/ladder-file.ts';

/**
 * Where a commitment stands on the as-of date: `active` (holds), `due-soon` (holds, but a renewal
 * or progress report falls due within the programme's notice period), `lapsed` (not renewed or
 * reported in time), `withdrawn` (a declaration withdrawn), `ended` (a role that ran its term),
 * `none` (no level reached yet).
 */
export type Standing = 'active' | 'due-soon' | 'lapsed' | 'withdrawn' | 'ended' | 'none';

/** What a badge, page and JSON file say about an actor on the as-of date. */
export interface CommitmentStatus {
  /** Where the commitment stands; `lapsed`, `ended` and `withdrawn` go with `ended: true`. */
  standing: Standing;
  /** The badge level of content/ladder.yaml, standing or ended; absent when the actor holds none yet. */
  level?: BadgeLevel;
  /** True for a level that no longer stands (lapsed, withdrawn, ended): shown as such, with its date, never as a standing commitment. */
  ended: boolean;
  /**
   * The day the status began: the first source of a standing level that still holds (signed on,
   * ambassador since, first step, or the renewal that made a lapsed commitment stand again); for a
   * level that no longer stands the day its last unbroken stretch began. Absent without level.
   */
  since?: string;
  /** The day a level stopped standing: withdrawn on, ambassador until, or the first day lapsed. */
  endedOn?: string;
  /** With `due-soon`: what is due (a renewal or a progress report) and the last day it keeps the badge standing. With `lapsed`: what was missed. */
  due?: { need: RenewalNeed; by?: string };
}

/** What the status needs to know of an actor: every step it ever reached, with dated sources. */
export type StatusActor = Pick<Actor, 'reachedAllTime'>;

/** A level that no longer stands, with the dates the walk compares. */
interface NotStanding {
  level: BadgeLevel;
  standing: 'lapsed' | 'withdrawn' | 'ended';
  since: string;
  endedOn: string;
  need?: RenewalNeed;
}

/**
 * The commitment status of an actor on `asOf` (YYYY-MM-DD) under the badge levels of
 * content/ladder.yaml (highest first) and its renewal rules (`badges.rules`). Anything dated after
 * `asOf` has not happened yet.
 *
 * Walking the levels from the highest, the first level that stands wins: reached, and for a
 * `while_active` level still held by one of its sources (a declaration not withdrawn, an
 * ambassadorship that runs on `asOf`) that is not lapsed under the rules. A standing source that
 * is due soon makes the level `due-soon` unless another source of it is simply active. A
 * `while_active` level that was reached but no longer stands has lapsed, was withdrawn or ended:
 * the walk goes on, and if the next level that stands never ends (no `while_active`), or none
 * stands, the level that stopped is shown instead. Of several, the one that stopped most recently
 * is told (the higher one on the same day).
 */
export function commitmentStatus(actor: StatusActor, levels: readonly BadgeLevel[], asOf: string, rules: CommitmentRules = {}): CommitmentStatus {
  let stopped: NotStanding | undefined;
  const stoppedStatus = (found: NotStanding): CommitmentStatus => ({
    standing: found.standing,
    level: found.level,
    ended: true,
    since: found.since,
    endedOn: found.endedOn,
    ...(found.need ? { due: { need: found.need } } : {}),
  });
  const consider = (found: NotStanding) => {
    if (!stopped || found.endedOn > stopped.endedOn) stopped = found;
  };
  for (const level of levels) {
    const sources = actor.reachedAllTime
      .filter((step) => !level.steps || level.steps.includes(step.step))
      .flatMap((step) => step.sources)
      .filter((source) => source.date <= asOf);
    if (sources.length === 0) continue;
    if (!level.while_active) return stopped ? stoppedStatus(stopped) : { standing: 'active', level, ended: false, since: earliest(sources.map((source) => source.date)) };
    const holding = sources.filter((source) => sourceHoldsOn(source, asOf)).map((source) => ({ source, renewal: sourceStanding(source, rules, asOf) }));
    const standing = holding.filter(({ renewal }) => renewal.standing !== 'lapsed');
    if (standing.length > 0) {
      const since = earliest(standing.map(({ renewal }) => renewal.since));
      const active = standing.some(({ renewal }) => renewal.standing === 'active');
      // Of several sources all due soon, the one with the latest deadline is what keeps the level standing.
      const due = standing.flatMap(({ renewal }) => (renewal.standing === 'due-soon' ? [renewal] : [])).sort((a, b) => b.by.localeCompare(a.by))[0];
      if (active || !due) return { standing: 'active', level, ended: false, since };
      return { standing: 'due-soon', level, ended: false, since, due: { need: due.need, by: due.by } };
    }
    for (const { renewal } of holding) {
      if (renewal.standing === 'lapsed') consider({ level, standing: 'lapsed', since: renewal.since, endedOn: renewal.lapsedOn, need: renewal.need });
    }
    const last = lastEnded(sources, asOf);
    if (last) consider({ level, ...last });
  }
  return stopped ? stoppedStatus(stopped) : { standing: 'none', ended: false };
}

/** Where a holding source stands under the rule for its kind; sources without a rule (steps, events) are active. */
function sourceStanding(source: StepSource, rules: CommitmentRules, asOf: string): RenewalStanding {
  if (source.kind !== 'declaration' && source.kind !== 'ambassador') return { standing: 'active', since: source.date };
  return renewalStanding({ start: source.date, renewals: source.renewals, reports: source.reports }, rules[source.kind], asOf);
}

function earliest(dates: readonly string[]): string {
  return [...dates].sort()[0] ?? '';
}

/** The source that ended last (latest end, then latest start), with its start and end: a withdrawn declaration, an ambassadorship past its last day. */
function lastEnded(sources: readonly StepSource[], asOf: string): { standing: 'withdrawn' | 'ended'; since: string; endedOn: string } | undefined {
  let best: { standing: 'withdrawn' | 'ended'; since: string; endedOn: string } | undefined;
  for (const source of sources) {
    const endedOn = sourceEndedOn(source, asOf);
    if (endedOn === undefined) continue;
    if (!best || endedOn > best.endedOn || (endedOn === best.endedOn && source.date > best.since)) {
      best = { standing: source.kind === 'declaration' ? 'withdrawn' : 'ended', since: source.date, endedOn };
    }
  }
  return best;
}

/** The year of a YYYY-MM-DD date. */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}
