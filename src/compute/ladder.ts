import type { ActorInput } from '../schema/actor.ts';
import type { AmbassadorInput } from '../schema/ambassador.ts';
import type { EventInput } from '../schema/event.ts';
import type { InitiativeInput } from '../schema/initiative.ts';
import { LADDER_EVENT_TYPES, LADDER_STEPS, type StepId } from '../schema/ladder.ts';
import type { ReachedStep, StepSource } from '../model/site-model.ts';

/** The validated entries the ladder is derived from, keyed by slug. */
export interface LadderInputs {
  actors: ReadonlyMap<string, ActorInput>;
  events: ReadonlyArray<{ slug: string; data: EventInput }>;
  initiatives: ReadonlyArray<{ slug: string; data: InitiativeInput }>;
  ambassadors: ReadonlyArray<{ slug: string; data: AmbassadorInput }>;
}

const LABELS = new Map<string, string>(LADDER_STEPS.map((step) => [step.id, step.label]));
const ORDER = new Map<string, number>(LADDER_STEPS.map((step, index) => [step.id, index]));

/**
 * Every step each actor ever reached, with its first date and all its sources, in ladder order.
 * Not limited to the as-of date: callers filter, so history can be evaluated at any date.
 */
export function computeLadder(inputs: LadderInputs): Map<string, ReachedStep[]> {
  const found = new Map<string, Map<StepId, { date: string; sources: { date: string; source: StepSource }[] }>>();
  const add = (actor: string, step: StepId, date: string, source: StepSource) => {
    // References were validated before; an unknown actor here means an entry that failed validation.
    if (!inputs.actors.has(actor)) return;
    let steps = found.get(actor);
    if (!steps) found.set(actor, (steps = new Map()));
    const current = steps.get(step);
    if (!current) steps.set(step, { date, sources: [{ date, source }] });
    else {
      current.sources.push({ date, source });
      if (date < current.date) current.date = date;
    }
  };

  for (const [slug, actor] of inputs.actors) {
    for (const entry of actor.steps) add(slug, entry.step, entry.date, { kind: 'manual', ...(entry.note ? { note: entry.note } : {}) });
    if (actor.declaration) add(slug, 'declaration', actor.declaration.signed, { kind: 'declaration' });
    if (actor.badge) add(slug, 'visible', actor.badge.since, { kind: 'badge' });
  }
  for (const { slug, data } of inputs.events) {
    if (!LADDER_EVENT_TYPES.has(data.type)) continue;
    for (const actor of new Set(data.participants)) add(actor, data.type as StepId, data.date, { kind: 'event', slug });
  }
  for (const { slug, data } of inputs.initiatives) {
    for (const actor of new Set(data.actors)) {
      add(actor, data.call ? 'action-in-call' : 'action-outside-call', data.start, { kind: 'initiative', slug });
      if (data.showcase) add(actor, 'showcase', data.start, { kind: 'initiative', slug });
    }
  }
  for (const { slug, data } of inputs.ambassadors) add(data.actor, 'ambassador', data.since, { kind: 'ambassador', slug });

  const result = new Map<string, ReachedStep[]>();
  for (const slug of inputs.actors.keys()) {
    const steps = [...(found.get(slug)?.entries() ?? [])]
      .map(([step, { date, sources }]): ReachedStep => ({
        step,
        label: LABELS.get(step) ?? step,
        date,
        sources: sources.sort((a, b) => a.date.localeCompare(b.date)).map((item) => item.source),
      }))
      .sort((a, b) => (ORDER.get(a.step) ?? 0) - (ORDER.get(b.step) ?? 0));
    result.set(slug, steps);
  }
  return result;
}
