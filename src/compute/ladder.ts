import type { ActorInput } from '../schema/actor.ts';
import { countingDayOf } from './dates.ts';
import type { AmbassadorInput } from '../schema/ambassador.ts';
import type { EventInput } from '../schema/event.ts';
import { initiativeActors, type InitiativeInput } from '../schema/initiative.ts';
import type { LadderFile, StepSourceName } from '../schema/ladder-file.ts';
import type { ReachedStep, RenewalDates, StepSource } from '../model/site-model.ts';
import type { VisibilityFile } from '../schema/visibility.ts';
import { presenceOf } from './visibility.ts';

/** The validated entries the ladder is derived from, keyed by slug, and the content's ladder. */
export interface LadderInputs {
  ladder: LadderFile;
  actors: ReadonlyMap<string, ActorInput>;
  events: ReadonlyArray<{ slug: string; data: EventInput }>;
  initiatives: ReadonlyArray<{ slug: string; data: InitiativeInput }>;
  ambassadors: ReadonlyArray<{ slug: string; data: AmbassadorInput }>;
  /** content/visibility.yaml: the checks of each actor's badge page; none when absent. */
  visibility?: VisibilityFile;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The steps each source puts an actor on, and the steps each event type gives, from the ladder file. */
function stepsBySource(ladder: LadderFile) {
  const bySource = new Map<StepSourceName, string[]>();
  const byEventType = new Map<string, string[]>();
  for (const step of ladder.steps) {
    for (const source of step.from) {
      if (source === 'event') {
        for (const type of step.event_types ?? []) byEventType.set(type, [...(byEventType.get(type) ?? []), step.id]);
      } else bySource.set(source, [...(bySource.get(source) ?? []), step.id]);
    }
  }
  return { of: (source: StepSourceName) => bySource.get(source) ?? [], ofEventType: (type: string) => byEventType.get(type) ?? [] };
}

/**
 * Every step each actor ever reached, with its first date and all its sources, in ladder order.
 * What reaches which step is the ladder file's `from`. Not limited to the as-of date: callers
 * filter, so history can be evaluated at any date.
 */
export function computeLadder(inputs: LadderInputs): Map<string, ReachedStep[]> {
  const sources = stepsBySource(inputs.ladder);
  const manual = new Set(sources.of('manual'));
  const found = new Map<string, Map<string, { date: string; sources: StepSource[] }>>();
  const add = (actor: string, steps: readonly string[], date: string, what: DistributiveOmit<StepSource, 'date'>) => {
    const source = { ...what, date } as StepSource;
    // References were validated before; an unknown actor here means an entry that failed validation.
    if (!inputs.actors.has(actor)) return;
    let reached = found.get(actor);
    if (!reached) found.set(actor, (reached = new Map()));
    for (const step of steps) {
      const current = reached.get(step);
      if (!current) reached.set(step, { date, sources: [source] });
      else {
        current.sources.push(source);
        if (date < current.date) current.date = date;
      }
    }
  };

  for (const [slug, actor] of inputs.actors) {
    // A hand-recorded step the ladder does not accept by hand was reported by check.
    for (const entry of actor.steps) {
      if (manual.has(entry.step)) add(slug, [entry.step], entry.date, { kind: 'manual', ...(entry.note ? { note: entry.note } : {}) });
    }
    if (actor.declaration) {
      add(slug, sources.of('declaration'), actor.declaration.signed, {
        kind: 'declaration',
        ...(actor.declaration.withdrawn ? { withdrawn: actor.declaration.withdrawn } : {}),
        ...renewalDates(actor.declaration),
      });
    }
    // Only a check that found the badge counts, from its first day; `badge.since` is the actor's own claim.
    for (const stretch of presenceOf(inputs.visibility?.[slug] ?? [])) {
      add(slug, sources.of('badge'), stretch.from, { kind: 'badge', ...(stretch.removed ? { removed: stretch.removed } : {}) });
    }
  }
  for (const { slug, data } of inputs.events) {
    const steps = sources.ofEventType(data.type);
    if (steps.length === 0) continue;
    // A month or a range counts on its last day: the source never said it happened earlier.
    for (const actor of new Set(data.participants)) add(actor, steps, countingDayOf(data.date), { kind: 'event', slug });
  }
  for (const { slug, data } of inputs.initiatives) {
    // Chain partners take part like `actors:` do.
    for (const actor of initiativeActors(data)) {
      add(actor, sources.of(data.call ? 'initiative-in-call' : 'initiative-outside-call'), data.start, { kind: 'initiative', slug });
      if (data.showcase) add(actor, sources.of('showcase'), data.start, { kind: 'initiative', slug });
    }
  }
  for (const { slug, data } of inputs.ambassadors) {
    add(data.actor, sources.of('ambassador'), data.since, { kind: 'ambassador', slug, ...(data.until ? { until: data.until } : {}), ...renewalDates(data) });
  }

  const labels = new Map(inputs.ladder.steps.map((step) => [step.id, step.label]));
  const order = new Map(inputs.ladder.steps.map((step, index) => [step.id, index]));
  const result = new Map<string, ReachedStep[]>();
  for (const slug of inputs.actors.keys()) {
    const steps = [...(found.get(slug)?.entries() ?? [])]
      .map(([step, { date, sources: list }]): ReachedStep => ({
        step,
        label: labels.get(step) ?? step,
        date,
        sources: list.sort((a, b) => a.date.localeCompare(b.date)),
      }))
      .sort((a, b) => (order.get(a.step) ?? 0) - (order.get(b.step) ?? 0));
    result.set(slug, steps);
  }
  return result;
}

/** The renewal and report days of a declaration or ambassadorship, only when it has any (older content has none). */
function renewalDates(entry: { renewals?: readonly { date: string }[]; reports?: readonly { date: string }[] }): RenewalDates {
  const renewals = (entry.renewals ?? []).map((record) => record.date);
  const reports = (entry.reports ?? []).map((record) => record.date);
  return { ...(renewals.length ? { renewals } : {}), ...(reports.length ? { reports } : {}) };
}

/**
 * Whether a source still holds on `date`: a declaration until the day it is withdrawn, an
 * ambassadorship up to and including its `until` day, a badge until the first check that no longer
 * found it; every other source holds for good.
 */
export function sourceHoldsOn(source: StepSource, date: string): boolean {
  if (source.kind === 'declaration') return !source.withdrawn || source.withdrawn > date;
  if (source.kind === 'badge') return !source.removed || source.removed > date;
  if (source.kind === 'ambassador') return !source.until || source.until >= date;
  return true;
}

/** The day a source stopped holding (withdrawn on, ambassador until, badge found removed), or undefined while it holds on `date`. */
export function sourceEndedOn(source: StepSource, date: string): string | undefined {
  if (sourceHoldsOn(source, date)) return undefined;
  if (source.kind === 'declaration') return source.withdrawn;
  if (source.kind === 'badge') return source.removed;
  if (source.kind === 'ambassador') return source.until;
  return undefined;
}
