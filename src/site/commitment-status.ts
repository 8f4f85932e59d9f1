import type { Actor, Ambassador } from '../model/site-model.ts';

/**
 * An actor's commitment on a date. The standing levels, highest first: `ambassadeur` (an
 * ambassadorship runs on the date), `ondertekenaar` (a declaration signed and not withdrawn),
 * `deelnemer` (any ladder step reached). The ended states: `ingetrokken` (the declaration was
 * withdrawn) and `ambassadeur-tot` (every ambassadorship has ended). `geen`: nothing yet.
 */
export type CommitmentLevel = 'ambassadeur' | 'ondertekenaar' | 'deelnemer' | 'ingetrokken' | 'ambassadeur-tot' | 'geen';

/** What a badge, page and JSON file say about an actor on the as-of date. */
export interface CommitmentStatus {
  level: CommitmentLevel;
  /** True for the ended states: shown as such, with their date, never as a standing commitment. */
  ended: boolean;
  /**
   * The day the status began: ambassador since, signed on, first step; for an ended state the day
   * the ended role began (signed on, ambassador since). Absent for `geen`.
   */
  since?: string;
  /** The day an ended state ended: withdrawn on, ambassador until. */
  endedOn?: string;
}

/** What the status needs to know of an actor: its declaration and reached ladder steps. */
export type StatusActor = Pick<Actor, 'declaration' | 'reached'>;

/** What it needs of an ambassadorship. */
export type StatusAmbassadorship = Pick<Ambassador, 'since' | 'until'>;

/**
 * The commitment status of an actor on `asOf` (YYYY-MM-DD), from its declaration, its reached
 * steps and its ambassadorships. Anything dated after `asOf` has not happened yet. An
 * ambassadorship runs on its `until` day itself, as in the site model.
 */
export function commitmentStatus(actor: StatusActor, ambassadorships: readonly StatusAmbassadorship[], asOf: string): CommitmentStatus {
  const started = ambassadorships.filter((role) => role.since <= asOf);
  const running = started.filter((role) => !role.until || role.until >= asOf);
  if (running.length > 0) return { level: 'ambassadeur', ended: false, since: earliest(running.map((role) => role.since)) };

  const declaration = actor.declaration && actor.declaration.signed <= asOf ? actor.declaration : undefined;
  if (declaration && !(declaration.withdrawn && declaration.withdrawn <= asOf)) {
    return { level: 'ondertekenaar', ended: false, since: declaration.signed };
  }
  if (declaration?.withdrawn) {
    return { level: 'ingetrokken', ended: true, since: declaration.signed, endedOn: declaration.withdrawn };
  }

  if (started.length > 0) {
    // Every ambassadorship that started has ended: the most recent end is the one to tell.
    const last = [...started].sort((a, b) => (a.until ?? '').localeCompare(b.until ?? '') || a.since.localeCompare(b.since)).at(-1);
    if (last?.until) return { level: 'ambassadeur-tot', ended: true, since: last.since, endedOn: last.until };
  }

  const steps = actor.reached.filter((step) => step.date <= asOf).map((step) => step.date);
  if (steps.length > 0) return { level: 'deelnemer', ended: false, since: earliest(steps) };
  return { level: 'geen', ended: false };
}

function earliest(dates: readonly string[]): string {
  return [...dates].sort()[0] ?? '';
}

/** The year of a YYYY-MM-DD date. */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}
