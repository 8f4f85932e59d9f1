import type { ReachedStep } from '../model/site-model.ts';
import type { CommitmentRule } from '../schema/ladder-file.ts';

/** The dated facts every measure counts from, independent of any as-of date. */
export interface MeasureFacts {
  /** Per step, the first date on which each actor reached it: one date per actor. */
  stepDates: Map<string, string[]>;
  events: { type: string; date: string }[];
  initiatives: { call: boolean; showcase: boolean; status: string; start: string }[];
  /** Each ambassadorship with the days it was renewed and reported on, for the renewal rule. */
  ambassadors: { since: string; until?: string; renewals?: string[]; reports?: string[] }[];
  /** content/ladder.yaml's rule for ambassadorships (`badges.rules.ambassador`): a lapsed one is no longer active. */
  ambassadorRule?: CommitmentRule;
}

/** Collects the per-step first dates from every actor's all-time ladder. */
export function stepDatesFromLadder(ladders: Iterable<ReachedStep[]>): Map<string, string[]> {
  const dates = new Map<string, string[]>();
  for (const steps of ladders) {
    for (const reached of steps) {
      const list = dates.get(reached.step);
      if (list) list.push(reached.date);
      else dates.set(reached.step, [reached.date]);
    }
  }
  return dates;
}
