import type { PartialDate } from '../compute/dates.ts';
import type { Plan } from '../compute/plans.ts';
import type { ActorInput } from '../schema/actor.ts';
import type { AmbassadorInput } from '../schema/ambassador.ts';
import type { EventInput } from '../schema/event.ts';
import type { InitiativeInput } from '../schema/initiative.ts';
import type { LadderFile } from '../schema/ladder-file.ts';
import type { Measure } from '../schema/measure.ts';
import type { PageInput } from '../schema/page.ts';
import type { SeriesInput } from '../schema/series.ts';
import type { Site } from '../schema/site.ts';
import type { Taxonomies, Term } from '../schema/taxonomies.ts';
import type { VisibilityFile } from '../schema/visibility.ts';

/** What an entry carries besides its frontmatter: where it came from and its Markdown body. */
export interface EntryBase {
  slug: string;
  file: string;
  /** The Markdown body, unrendered; render it only with the shared HTML-off renderer. */
  body: string;
}

/** The days a declaration or ambassadorship was renewed and reported on, for the renewal rules (src/compute/renewal.ts). */
export interface RenewalDates {
  renewals?: string[];
  reports?: string[];
}

/** Why an actor reached a ladder step, from which day; a declaration or ambassadorship also says when it ended and when it was renewed. */
export type StepSource = { date: string } & (
  | { kind: 'manual'; note?: string }
  | { kind: 'event'; slug: string }
  | ({ kind: 'declaration'; withdrawn?: string } & RenewalDates)
  | ({ kind: 'ambassador'; slug: string; until?: string } & RenewalDates)
  | { kind: 'initiative'; slug: string }
  /** A stretch of verified presence on the actor's website (content/visibility.yaml); `removed`: the first check that no longer found it. */
  | { kind: 'badge'; removed?: string }
);

/** A ladder step an actor reached: the first date, and every source that put it there. */
export interface ReachedStep {
  step: string;
  label: string;
  date: string;
  sources: StepSource[];
}

/** An actor with its resolved terms, ladder and links to other entries (all as of the as-of date). */
export interface Actor extends EntryBase, ActorInput {
  sectorTerm: Term;
  regionTerm?: Term;
  /** Steps reached on or before the as-of date, in ladder order. */
  reached: ReachedStep[];
  /** Every step ever recorded, including those dated after the as-of date. */
  reachedAllTime: ReachedStep[];
  /** Slugs of the actors this actor invited (spiral growth). */
  invited: string[];
  initiatives: string[];
  events: string[];
  ambassadorships: string[];
}

/** An initiative with its resolved terms. */
export interface Initiative extends EntryBase, InitiativeInput {
  themeTerms: Term[];
  callTerm?: Term;
}

/** An ambassadorship, active when it has started, not ended and not lapsed (content/ladder.yaml `badges.rules`) on the as-of date. */
export interface Ambassador extends EntryBase, AmbassadorInput {
  active: boolean;
}

/** An event, upcoming when its last day is after the as-of date. */
export interface Event extends EntryBase, EventInput {
  /** `date` read: a day, a month or a range, with its first and last day. */
  when: PartialDate;
  /** The day it is counted on (its last day; src/compute/dates.ts countingDay). */
  countsOn: string;
  /** The event type's term from taxonomies.yaml (`event_types`). */
  typeTerm: Term;
  upcoming: boolean;
}

/** A free-text page. */
export interface Page extends EntryBase, PageInput {}

/** One step on a series' timeline: an event of the series (by slug), or a step without a page, dated or not. */
export type SeriesStep = { kind: 'event'; slug: string } | { kind: 'step'; title: string; text?: string; when?: PartialDate };

/** A series of events: its programme in order, the events it holds, and when it runs. */
export interface Series extends EntryBase, SeriesInput {
  /** `period` read, when given. */
  periodWhen?: PartialDate;
  /** The whole programme in order: its `steps`, or without them its events in date order. */
  timeline: SeriesStep[];
  /** Slugs of the events whose `series` is this one, in date order. */
  events: string[];
}

/** One rung of the ladder with the actors that reached it by the as-of date. */
export interface LadderRung {
  step: string;
  label: string;
  /** The short name for tables and charts. */
  short: string;
  actors: { slug: string; date: string }[];
}

/** How an indicator stands, in Open SDG's terms. */
export type IndicatorStatus = 'achieved' | 'on-track' | 'behind' | 'off-track' | 'not-achieved' | 'no-data';

/** One indicator evaluated on the as-of date, with every component of the calculation. */
export interface IndicatorResult {
  id: string;
  label: string;
  /** The group's id: its heading folded to a slug, so `group: Coördinatie` and `group: coordinatie` are one group. */
  group: string;
  /** The group's heading as written ("Coördinatie"). */
  groupLabel: string;
  /** The group's short mark from the source ("SD 1"), when given. */
  groupMark?: string;
  output?: string;
  description?: string;
  measure: Measure;
  baseline?: { value: number; date: string };
  /** The date from which progress towards the target is expected: baseline date or period start. */
  start: string;
  due: string;
  target: number;
  /** Items counted after the baseline date (or all, without baseline); null before the baseline date. */
  countSinceBaseline: number | null;
  value: number | null;
  expected: number | null;
  /** Share of the time from start to due that has passed, 0..1. */
  elapsed: number;
  /** (value − baseline) / (expected − baseline); null when nothing is expected yet. */
  ratio: number | null;
  /** value / target × 100. */
  percent: number | null;
  status: IndicatorStatus;
}

/** An indicator's figures on one day of its history. */
export interface HistoryPoint {
  date: string;
  value: number | null;
  expected: number | null;
  status: IndicatorStatus;
}

/** An indicator evaluated at every quarter end from the period start to the as-of date (the last point). */
export interface IndicatorHistory {
  id: string;
  points: HistoryPoint[];
}

/** The whole site, validated and computed: the one input of every command and every page. */
export interface SiteModel {
  asOf: string;
  site: Site;
  taxonomies: Taxonomies;
  actors: Actor[];
  initiatives: Initiative[];
  ambassadors: Ambassador[];
  events: Event[];
  pages: Page[];
  /** content/series/: programmes of events, each with its timeline. */
  series: Series[];
  ladder: LadderRung[];
  /** content/ladder.yaml as validated: steps and their sources, event types, badge levels. */
  ladderFile: LadderFile;
  indicators: IndicatorResult[];
  /** Per indicator, in the order of `indicators`: its value at every quarter end up to the as-of date. */
  history: IndicatorHistory[];
  /** The action plans of content/plans/, computed: status counts, money and person-days per group. */
  plans: Plan[];
  /** content/visibility.yaml: per actor the runs of badge checks, all dates (read them with src/compute/visibility.ts). */
  visibility: VisibilityFile;
}
