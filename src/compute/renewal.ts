import type { CommitmentRule } from '../schema/ladder-file.ts';
import { addDays, addMonths } from './dates.ts';

/** What a renewal rule asks for: a renewal of the term, or a progress report. */
export type RenewalNeed = 'renewal' | 'report';

/** Where a running commitment stands under its renewal rule on one day. */
export type RenewalStanding =
  | { standing: 'active'; since: string }
  | { standing: 'due-soon'; since: string; need: RenewalNeed; by: string }
  | { standing: 'lapsed'; since: string; need: RenewalNeed; lapsedOn: string };

/** A running commitment: the day it started, and the days it was renewed and reported on. */
export interface RenewalFacts {
  start: string;
  renewals?: readonly string[] | undefined;
  reports?: readonly string[] | undefined;
}

/** The deadlines a commitment faces from one state: the last day it may act, when "due soon" begins, the first day lapsed. */
interface Deadline {
  need: RenewalNeed;
  /** The last day on which a renewal or report keeps the commitment standing. */
  by: string;
  /** The first day of the notice window (due soon), on or before `by`; after `by` when there is no notice. */
  noticeFrom: string;
  /** The first day lapsed: the day after `by`. */
  lapsedOn: string;
}

/** The last day of a period of `months` calendar months starting on `start` (12 months from 15 May: up to 14 May). */
export function periodEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/**
 * The deadlines under `rule` of a commitment whose term began on `termStart` and whose report
 * clock began on `reportStart`. A term ends on its last day; a report is due on the last day of its
 * period and may come `grace_days` later; "due soon" is the `notice_days` days before the due day,
 * and for a report also its grace.
 */
function deadlines(rule: CommitmentRule, termStart: string, reportStart: string): Deadline[] {
  const found: Deadline[] = [];
  if (rule.term) {
    const by = periodEnd(termStart, rule.term.months);
    found.push({ need: 'renewal', by, noticeFrom: addDays(by, 1 - rule.term.notice_days), lapsedOn: addDays(by, 1) });
  }
  if (rule.reports) {
    const due = periodEnd(reportStart, rule.reports.every_months);
    const by = addDays(due, rule.reports.grace_days);
    found.push({ need: 'report', by, noticeFrom: addDays(due, 1 - rule.reports.notice_days), lapsedOn: addDays(by, 1) });
  }
  return found;
}

/** The deadline that falls first: the one the commitment lapses on. */
function first(list: readonly Deadline[]): Deadline | undefined {
  return [...list].sort((a, b) => a.lapsedOn.localeCompare(b.lapsedOn))[0];
}

/**
 * Where a commitment (a declaration not withdrawn, an ambassadorship that runs) stands on `asOf`
 * under `rule`. Without a rule it is active. A renewal restarts the term and the report clock from
 * its own day; a report restarts the report clock. Anything dated after `asOf`, or before the start,
 * has not happened. A renewal or report after a lapse makes the commitment stand again from that
 * day, and `since` says so: a badge never claims an unbroken commitment that broke.
 *
 * Work is linear in the records after sorting them once.
 */
export function renewalStanding(facts: RenewalFacts, rule: CommitmentRule | undefined, asOf: string): RenewalStanding {
  if (!rule || (!rule.term && !rule.reports)) return { standing: 'active', since: facts.start };
  const events = [
    ...(facts.renewals ?? []).map((date) => ({ date, need: 'renewal' as const })),
    ...(facts.reports ?? []).map((date) => ({ date, need: 'report' as const })),
  ]
    .filter((event) => event.date >= facts.start && event.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date));
  let termStart = facts.start;
  let reportStart = facts.start;
  let since = facts.start;
  for (const event of events) {
    const lapsedBefore = (first(deadlines(rule, termStart, reportStart))?.lapsedOn ?? event.date) <= event.date;
    if (event.need === 'renewal') termStart = event.date;
    // A renewal is a fresh commitment: the next report is counted from it too.
    if (event.date > reportStart) reportStart = event.date;
    const standsAfter = (first(deadlines(rule, termStart, reportStart))?.lapsedOn ?? '') > event.date;
    if (lapsedBefore && standsAfter) since = event.date;
  }
  const list = deadlines(rule, termStart, reportStart);
  const lapse = first(list);
  if (lapse && lapse.lapsedOn <= asOf) return { standing: 'lapsed', since, need: lapse.need, lapsedOn: lapse.lapsedOn };
  const due = list.filter((deadline) => deadline.noticeFrom <= asOf).sort((a, b) => a.by.localeCompare(b.by))[0];
  if (due) return { standing: 'due-soon', since, need: due.need, by: due.by };
  return { standing: 'active', since };
}

/**
 * Whether an ambassadorship holds on `asOf`: begun, not past its last day (`until`), and not lapsed
 * under `rule` (due soon still holds).
 */
export function ambassadorshipHolds(role: { since: string; until?: string | undefined } & Omit<RenewalFacts, 'start'>, rule: CommitmentRule | undefined, asOf: string): boolean {
  if (role.since > asOf || (role.until !== undefined && role.until < asOf)) return false;
  return renewalStanding({ start: role.since, renewals: role.renewals, reports: role.reports }, rule, asOf).standing !== 'lapsed';
}
