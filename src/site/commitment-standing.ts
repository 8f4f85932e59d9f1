import { addDays } from '../compute/dates.ts';
import { renewalStanding } from '../compute/renewal.ts';
import type { CommitmentRecord } from '../schema/commitment-record.ts';
import type { CommitmentRules } from '../schema/ladder-file.ts';
import type { Standing } from './commitment-status.ts';

/** What a declaration or ambassadorship needs for its standing: its start, its end if any, and its renewals and reports. */
interface Commitment {
  start: string;
  /** The first day it no longer holds (a declaration withdrawn on that day), or undefined. */
  stopsOn?: string | undefined;
  renewals?: readonly CommitmentRecord[] | undefined;
  reports?: readonly CommitmentRecord[] | undefined;
}

function standingOf(commitment: Commitment, rule: CommitmentRules['declaration'], stopped: Standing, asOf: string): Standing {
  if (commitment.start > asOf) return 'none';
  if (commitment.stopsOn !== undefined && commitment.stopsOn <= asOf) return stopped;
  const dates = (records: readonly CommitmentRecord[] | undefined) => (records ?? []).map((record) => record.date);
  return renewalStanding({ start: commitment.start, renewals: dates(commitment.renewals), reports: dates(commitment.reports) }, rule, asOf).standing;
}

/**
 * Where one actor's declaration stands on `asOf` under the programme's rules: `none` before it was
 * signed, `withdrawn` from the day it was withdrawn, else active, due soon or lapsed.
 */
export function declarationStanding(
  declaration: { signed: string; withdrawn?: string | undefined; renewals?: readonly CommitmentRecord[]; reports?: readonly CommitmentRecord[] },
  rules: CommitmentRules,
  asOf: string,
): Standing {
  return standingOf({ start: declaration.signed, stopsOn: declaration.withdrawn, renewals: declaration.renewals, reports: declaration.reports }, rules.declaration, 'withdrawn', asOf);
}

/**
 * Where one ambassadorship stands on `asOf` under the programme's rules: `none` before it began,
 * `ended` after its last day (`until`), else active, due soon or lapsed.
 */
export function ambassadorshipStanding(
  role: { since: string; until?: string | undefined; renewals?: readonly CommitmentRecord[]; reports?: readonly CommitmentRecord[] },
  rules: CommitmentRules,
  asOf: string,
): Standing {
  // An ambassadorship holds up to and including its `until` day.
  const stopsOn = role.until === undefined ? undefined : addDays(role.until, 1);
  return standingOf({ start: role.since, stopsOn, renewals: role.renewals, reports: role.reports }, rules.ambassador, 'ended', asOf);
}

/** True for a standing that still holds: active, or due soon. */
export function stands(standing: Standing): boolean {
  return standing === 'active' || standing === 'due-soon';
}
