import { countingDay, countingDayOf, parsePartialDate } from '../compute/dates.ts';
import { compareEvents } from '../compute/event-order.ts';
import { computeLadder } from '../compute/ladder.ts';
import { ambassadorshipHolds } from '../compute/renewal.ts';
import { buildSeries } from '../compute/series.ts';
import { evaluateIndicator } from '../compute/indicators.ts';
import { computePlan } from '../compute/plans.ts';
import { indicatorHistory } from '../compute/history.ts';
import { stepDatesFromLadder, type MeasureFacts } from '../compute/measure-facts.ts';
import type { ActorInput } from '../schema/actor.ts';
import type { AmbassadorInput } from '../schema/ambassador.ts';
import type { EventInput } from '../schema/event.ts';
import { initiativeActors, type InitiativeInput } from '../schema/initiative.ts';
import type { LadderFile } from '../schema/ladder-file.ts';
import type { PageInput } from '../schema/page.ts';
import type { SeriesInput } from '../schema/series.ts';
import type { PlanInput } from '../schema/plan.ts';
import type { Site } from '../schema/site.ts';
import type { Taxonomies, Term } from '../schema/taxonomies.ts';
import type { IndicatorInput } from '../schema/targets.ts';
import type { VisibilityFile } from '../schema/visibility.ts';
import type { Actor, Ambassador, EntryBase, Event, Initiative, LadderRung, Page, SiteModel } from './site-model.ts';

/** A validated entry: its frontmatter plus slug, file and body. */
export type ValidEntry<T> = EntryBase & { data: T };

/** Every validated input of the model. */
export interface ModelInputs {
  asOf: string;
  site: Site;
  taxonomies: Taxonomies;
  ladder: LadderFile;
  targets: IndicatorInput[];
  actors: ValidEntry<ActorInput>[];
  initiatives: ValidEntry<InitiativeInput>[];
  ambassadors: ValidEntry<AmbassadorInput>[];
  events: ValidEntry<EventInput>[];
  pages: ValidEntry<PageInput>[];
  /** content/series/ (none when left out). */
  series?: ValidEntry<SeriesInput>[];
  /** Validated action plans of content/plans/ (none when left out). */
  plans?: { slug: string; file: string; data: PlanInput }[];
  /** content/visibility.yaml, checked against the actors (none when left out). */
  visibility?: VisibilityFile;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The measure facts of validated inputs, for evaluating indicators at any date. */
export function measureFacts(inputs: ModelInputs, ladders: Map<string, Actor['reachedAllTime']>): MeasureFacts {
  return {
    stepDates: stepDatesFromLadder(ladders.values()),
    events: inputs.events.map(({ data }) => ({ type: data.type, date: countingDayOf(data.date) })),
    initiatives: inputs.initiatives.map(({ data }) => ({ call: data.call !== undefined, showcase: data.showcase, status: data.status, start: data.start })),
    ambassadors: inputs.ambassadors.map(({ data }) => ({
      since: data.since,
      ...(data.until ? { until: data.until } : {}),
      renewals: (data.renewals ?? []).map((record) => record.date),
      reports: (data.reports ?? []).map((record) => record.date),
    })),
    ...(inputs.ladder.badges.rules?.ambassador ? { ambassadorRule: inputs.ladder.badges.rules.ambassador } : {}),
  };
}

/** Assembles the typed site model from validated, cross-checked inputs, as of `inputs.asOf`. */
export function buildModel(inputs: ModelInputs): SiteModel {
  const { asOf } = inputs;
  const termIndex = (terms: Term[]) => new Map(terms.map((term) => [term.id, term]));
  const sectors = termIndex(inputs.taxonomies.sectors);
  const regions = termIndex(inputs.taxonomies.regions);
  const themes = termIndex(inputs.taxonomies.themes);
  const calls = termIndex(inputs.taxonomies.calls);
  const eventTypes = termIndex(inputs.taxonomies.event_types);

  const ladders = computeLadder({
    ladder: inputs.ladder,
    actors: new Map(inputs.actors.map((actor) => [actor.slug, actor.data])),
    events: inputs.events,
    initiatives: inputs.initiatives,
    ambassadors: inputs.ambassadors,
    visibility: inputs.visibility ?? {},
  });

  const linksOf = <T>(entries: ValidEntry<T>[], actorsOf: (data: T) => string[]) => {
    const links = new Map<string, string[]>();
    for (const entry of entries) {
      for (const actor of new Set(actorsOf(entry.data))) {
        const list = links.get(actor);
        if (list) list.push(entry.slug);
        else links.set(actor, [entry.slug]);
      }
    }
    return links;
  };
  const initiativesOf = linksOf(inputs.initiatives, initiativeActors);
  const eventsOf = linksOf(inputs.events, (data) => data.participants);
  const ambassadorshipsOf = linksOf(inputs.ambassadors, (data) => [data.actor]);
  const invitedOf = linksOf(inputs.actors, (data) => (data.invited_by ? [data.invited_by] : []));

  const actors: Actor[] = inputs.actors
    .map(({ slug, file, body, data }): Actor => {
      const all = ladders.get(slug) ?? [];
      const region = data.region ? regions.get(data.region) : undefined;
      return {
        ...data,
        slug,
        file,
        body,
        // References were checked before the model is built, so the term exists.
        sectorTerm: sectors.get(data.sector) ?? { id: data.sector, label: data.sector },
        ...(region ? { regionTerm: region } : {}),
        reached: all.filter((step) => step.date <= asOf),
        reachedAllTime: all,
        invited: invitedOf.get(slug) ?? [],
        initiatives: initiativesOf.get(slug) ?? [],
        events: eventsOf.get(slug) ?? [],
        ambassadorships: ambassadorshipsOf.get(slug) ?? [],
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));

  const initiatives: Initiative[] = inputs.initiatives
    .map(({ slug, file, body, data }): Initiative => {
      const call = data.call ? calls.get(data.call) : undefined;
      return {
        ...data,
        slug,
        file,
        body,
        themeTerms: data.themes.map((id) => themes.get(id) ?? { id, label: id }),
        ...(call ? { callTerm: call } : {}),
      };
    })
    .sort((a, b) => b.start.localeCompare(a.start) || collator.compare(a.title, b.title));

  const ambassadors: Ambassador[] = inputs.ambassadors
    .map(({ slug, file, body, data }) => ({ ...data, slug, file, body, active: ambassadorshipActive(data, inputs.ladder, asOf) }))
    .sort((a, b) => a.since.localeCompare(b.since) || a.slug.localeCompare(b.slug));

  const events: Event[] = inputs.events
    .map(({ slug, file, body, data }): Event => {
      // Validated, so it reads; the fallback only keeps the type narrow.
      const when = parsePartialDate(data.date) ?? { text: data.date, precision: 'day', first: data.date, last: data.date, from: data.date, to: data.date };
      const countsOn = countingDay(when);
      return { ...data, slug, file, body, typeTerm: eventTypes.get(data.type) ?? { id: data.type, label: data.type }, when, countsOn, upcoming: countsOn > asOf };
    })
    .sort(compareEvents);

  const series = buildSeries(inputs.series ?? [], events);

  const pages: Page[] = inputs.pages
    .map(({ slug, file, body, data }) => ({ ...data, slug, file, body }))
    .sort((a, b) => a.order - b.order || collator.compare(a.title, b.title));

  const ladder: LadderRung[] = inputs.ladder.steps.map(({ id, label, short }) => ({
    step: id,
    label,
    short: short ?? label,
    actors: actors
      .flatMap((actor) => actor.reached.filter((step) => step.step === id).map((step) => ({ slug: actor.slug, date: step.date })))
      .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug)),
  }));

  const facts = measureFacts(inputs, ladders);
  const context = { asOf, periodStart: inputs.site.period.start, thresholds: inputs.site.thresholds };
  const indicators = inputs.targets.map((definition) => evaluateIndicator(definition, facts, context));
  const history = indicatorHistory(inputs.targets, facts, context, inputs.site.period.end);
  const plans = (inputs.plans ?? []).map((plan) => computePlan(plan, { asOf, facts }));

  return { asOf, site: inputs.site, taxonomies: inputs.taxonomies, actors, initiatives, ambassadors, events, pages, series, ladder, ladderFile: inputs.ladder, indicators, history, plans, visibility: inputs.visibility ?? {} };
}

/** An ambassadorship is active from its first to its last day, unless it lapsed under the programme's renewal rules. */
function ambassadorshipActive(role: AmbassadorInput, ladder: LadderFile, asOf: string): boolean {
  const dates = (records: readonly { date: string }[] | undefined) => (records ?? []).map((record) => record.date);
  return ambassadorshipHolds({ ...role, renewals: dates(role.renewals), reports: dates(role.reports) }, ladder.badges.rules?.ambassador, asOf);
}
