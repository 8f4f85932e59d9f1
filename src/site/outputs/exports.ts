import { toExcelCsv } from '../../export/csv.ts';
import { nl } from '../../messages/nl.ts';
import type { Actor, HistoryPoint, IndicatorResult, SiteModel } from '../../model/site-model.ts';
import type { LadderFile } from '../../schema/ladder-file.ts';
import { describeMeasure, measureNames, type MeasureNames } from '../describe-measure.ts';
import { hasStandingDeclaration } from '../pages/actors.ts';
import type { PublicActors } from '../public-actors.ts';
import { absoluteUrl, routes } from '../routes.ts';
import type { FileView } from '../view.ts';

const t = nl.monitoring.exports;

/** A cell of an export: JSON keeps its type, CSV writes numbers with a decimal comma and null as empty. */
export type ExportValue = string | number | null;

/** One column of a CSV export (or field of a JSON one): its name, its meaning, and how it is read from a row. */
export interface ExportColumn<T> {
  name: string;
  description: string;
  value: (row: T) => ExportValue;
}

/**
 * One open-data file, declared once: the same object writes the file (`content`) and describes
 * it on the open-data page (url, title, description, fields), so the list can never miss a file
 * or describe a column that is not there.
 */
export interface DataExport {
  url: string;
  title: string;
  description: string;
  format: 'CSV' | 'JSON';
  fields: { name: string; description: string }[];
  content(model: SiteModel, actors: PublicActors): string;
}

/** Declares a CSV export from its columns and its rows. */
export function csvExport<T>(spec: {
  url: string;
  title: string;
  description: string;
  columns: ExportColumn<T>[];
  rows: (model: SiteModel, actors: PublicActors) => T[];
}): DataExport {
  return {
    url: spec.url,
    title: spec.title,
    description: spec.description,
    format: 'CSV',
    fields: spec.columns.map(({ name, description }) => ({ name, description })),
    content: (model, actors) =>
      toExcelCsv(
        spec.columns.map((column) => column.name),
        spec.rows(model, actors).map((row) => spec.columns.map((column) => column.value(row))),
      ),
  };
}

const yesNo = (value: boolean) => (value ? t.yes : t.no);
/** Names joined for one CSV cell; " | " because names may hold commas. */
const joinNames = (names: string[]) => names.join(' | ');

/** Every calculation component of an indicator, in the order `evaluateIndicator` computes them; unrounded. */
export const indicatorColumns = (names: MeasureNames): ExportColumn<IndicatorResult>[] => [
  { name: 'id', description: t.indicator.id, value: (i) => i.id },
  { name: 'label', description: t.indicator.label, value: (i) => i.label },
  { name: 'group', description: t.indicator.group, value: (i) => i.group },
  { name: 'measure', description: t.indicator.measure, value: (i) => describeMeasure(i.measure, names) },
  { name: 'baselineValue', description: t.indicator.baselineValue, value: (i) => i.baseline?.value ?? null },
  { name: 'baselineDate', description: t.indicator.baselineDate, value: (i) => i.baseline?.date ?? null },
  { name: 'start', description: t.indicator.start, value: (i) => i.start },
  { name: 'due', description: t.indicator.due, value: (i) => i.due },
  { name: 'countSinceBaseline', description: t.indicator.countSinceBaseline, value: (i) => i.countSinceBaseline },
  { name: 'value', description: t.indicator.value, value: (i) => i.value },
  { name: 'target', description: t.indicator.target, value: (i) => i.target },
  { name: 'elapsed', description: t.indicator.elapsed, value: (i) => i.elapsed },
  { name: 'expected', description: t.indicator.expected, value: (i) => i.expected },
  { name: 'ratio', description: t.indicator.ratio, value: (i) => i.ratio },
  { name: 'percent', description: t.indicator.percent, value: (i) => i.percent },
  { name: 'status', description: t.indicator.status, value: (i) => i.status },
  { name: 'statusLabel', description: t.indicator.statusLabel, value: (i) => nl.status[i.status] },
];

/** One indicator as a JSON object, keyed by the same column names as the CSV. */
export function indicatorRecord(indicator: IndicatorResult, names: MeasureNames): Record<string, ExportValue> {
  return Object.fromEntries(indicatorColumns(names).map((column) => [column.name, column.value(indicator)]));
}

/** The JSON document of every indicator with the rules it was computed by. */
export function monitoringJson(model: SiteModel): string {
  const document = {
    asOf: model.asOf,
    site: model.site.name,
    method: absoluteUrl(model.site.url, routes.monitoringMethod),
    thresholds: { onTrack: model.site.thresholds.on_track, behind: model.site.thresholds.behind },
    indicators: model.indicators.map((indicator) => indicatorRecord(indicator, measureNames(model))),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const monitoringJsonExport = (names: MeasureNames): DataExport => ({
  url: routes.monitoringJson,
  title: t.monitoringJson.title,
  description: t.monitoringJson.description,
  format: 'JSON',
  fields: [
    { name: 'asOf', description: t.json.asOf },
    { name: 'site', description: t.json.site },
    { name: 'method', description: t.json.method },
    { name: 'thresholds.onTrack', description: t.json.onTrack },
    { name: 'thresholds.behind', description: t.json.behind },
    ...indicatorColumns(names).map(({ name, description }) => ({ name: `indicators[].${name}`, description })),
  ],
  content: (model) => monitoringJson(model),
});

const monitoringCsv = (names: MeasureNames) =>
  csvExport<IndicatorResult>({
    url: routes.monitoringCsv,
    title: t.monitoringCsv.title,
    description: t.monitoringCsv.description,
    columns: indicatorColumns(names),
    rows: (model) => model.indicators,
  });

const h = t.indicatorHistory;

/** The columns of an indicator's history CSV: one row per quarter end and the as-of date, unrounded; empty where there is no figure yet. */
export const HISTORY_COLUMNS: ExportColumn<HistoryPoint>[] = [
  { name: 'date', description: h.date, value: (point) => point.date },
  { name: 'value', description: h.value, value: (point) => point.value },
  { name: 'expected', description: h.expected, value: (point) => point.expected },
  { name: 'status', description: h.status, value: (point) => point.status },
  { name: 'statusLabel', description: h.statusLabel, value: (point) => nl.status[point.status] },
];

/** One CSV per indicator (/data/indicatoren/<id>.csv): the history its page draws. */
export function indicatorHistoryExports(model: SiteModel): DataExport[] {
  const histories = new Map(model.history.map((entry) => [entry.id, entry.points]));
  return model.indicators.map((indicator) =>
    csvExport<HistoryPoint>({
      url: routes.indicatorCsv(indicator.id),
      title: h.title(indicator.label),
      description: h.description,
      columns: HISTORY_COLUMNS,
      rows: () => histories.get(indicator.id) ?? [],
    }),
  );
}

/** Public actors only: an actor without consent is not in this file at all (it is counted on the monitoring page). One column per step of the content's ladder. */
const actorsCsv = (ladder: LadderFile) => csvExport<{ actor: Actor; model: SiteModel; actors: PublicActors }>({
  url: routes.dataActors,
  title: t.actors.title,
  description: t.actors.description,
  columns: [
    { name: 'slug', description: t.actors.slug, value: ({ actor }) => actor.slug },
    { name: 'name', description: t.actors.name, value: ({ actor }) => actor.name },
    { name: 'sector', description: t.actors.sector, value: ({ actor }) => actor.sectorTerm.label },
    { name: 'region', description: t.actors.region, value: ({ actor }) => actor.regionTerm?.label ?? null },
    { name: 'website', description: t.actors.website, value: ({ actor }) => actor.website ?? null },
    { name: 'page', description: t.actors.page, value: ({ actor, model }) => absoluteUrl(model.site.url, routes.actor(actor.slug)) },
    {
      name: 'invited_by',
      description: t.actors.invitedBy,
      value: ({ actor, actors }) => (actor.invited_by ? (actors.get(actor.invited_by)?.slug ?? t.unnamedActor) : null),
    },
    ...ladder.steps.map((step) => ({
      name: `step_${step.id}`,
      description: t.actors.step(step.label),
      value: ({ actor }: { actor: Actor }) => actor.reached.find((reached) => reached.step === step.id)?.date ?? null,
    })),
    {
      name: 'declaration_signed',
      description: t.actors.declarationSigned,
      value: ({ actor, model }) => (actor.declaration && actor.declaration.signed <= model.asOf ? actor.declaration.signed : null),
    },
    {
      name: 'declaration_withdrawn',
      description: t.actors.declarationWithdrawn,
      value: ({ actor, model }) => (actor.declaration?.withdrawn && actor.declaration.withdrawn <= model.asOf ? actor.declaration.withdrawn : null),
    },
    { name: 'declaration_standing', description: t.actors.declarationStanding, value: ({ actor, model }) => yesNo(hasStandingDeclaration(actor, model.asOf, model.ladderFile.badges.rules)) },
  ],
  rows: (model, actors) => actors.all().map((actor) => ({ actor, model, actors })),
});

const INITIATIVES_CSV = csvExport<{ initiative: SiteModel['initiatives'][number]; model: SiteModel; actors: PublicActors }>({
  url: routes.dataInitiatives,
  title: t.initiatives.title,
  description: t.initiatives.description,
  columns: [
    { name: 'slug', description: t.initiatives.slug, value: ({ initiative }) => initiative.slug },
    { name: 'title', description: t.initiatives.titleColumn, value: ({ initiative }) => initiative.title },
    { name: 'summary', description: t.initiatives.summary, value: ({ initiative }) => initiative.summary },
    { name: 'status', description: t.initiatives.status, value: ({ initiative }) => nl.site.initiativeStatus[initiative.status] },
    { name: 'start', description: t.initiatives.start, value: ({ initiative }) => initiative.start },
    { name: 'end', description: t.initiatives.end, value: ({ initiative }) => initiative.end ?? null },
    { name: 'call', description: t.initiatives.call, value: ({ initiative }) => initiative.callTerm?.label ?? null },
    { name: 'themes', description: t.initiatives.themes, value: ({ initiative }) => joinNames(initiative.themeTerms.map((term) => term.label)) },
    { name: 'showcase', description: t.initiatives.showcase, value: ({ initiative }) => yesNo(initiative.showcase) },
    { name: 'actors', description: t.initiatives.actors, value: ({ initiative, actors }) => joinNames(actors.name(initiative.actors).links.map((link) => link.label)) },
    { name: 'unnamed_actors', description: t.initiatives.unnamedActors, value: ({ initiative, actors }) => actors.name(initiative.actors).others },
    { name: 'page', description: t.initiatives.page, value: ({ initiative, model }) => absoluteUrl(model.site.url, routes.initiative(initiative.slug)) },
  ],
  rows: (model, actors) => model.initiatives.map((initiative) => ({ initiative, model, actors })),
});

const EVENTS_CSV = csvExport<{ event: SiteModel['events'][number]; model: SiteModel; actors: PublicActors }>({
  url: routes.dataEvents,
  title: t.events.title,
  description: t.events.description,
  columns: [
    { name: 'slug', description: t.events.slug, value: ({ event }) => event.slug },
    { name: 'title', description: t.events.titleColumn, value: ({ event }) => event.title },
    { name: 'type', description: t.events.type, value: ({ event }) => event.typeTerm.label },
    { name: 'date', description: t.events.date, value: ({ event }) => event.date },
    { name: 'time', description: t.events.time, value: ({ event }) => event.time ?? null },
    { name: 'end_time', description: t.events.endTime, value: ({ event }) => event.end_time ?? null },
    { name: 'location', description: t.events.location, value: ({ event }) => event.location ?? null },
    { name: 'series', description: t.events.series, value: ({ event }) => event.series ?? null },
    { name: 'held', description: t.events.held, value: ({ event, model }) => yesNo(event.countsOn <= model.asOf) },
    { name: 'participants', description: t.events.participants, value: ({ event, actors }) => joinNames(actors.name(event.participants).links.map((link) => link.label)) },
    { name: 'unnamed_participants', description: t.events.unnamedParticipants, value: ({ event, actors }) => actors.name(event.participants).others },
    { name: 'page', description: t.events.page, value: ({ event, model }) => absoluteUrl(model.site.url, routes.event(event.slug)) },
  ],
  rows: (model, actors) => model.events.map((event) => ({ event, model, actors })),
});

/** Every open-data file of the site, in the order the open-data page lists them. */
export function dataExports(model: SiteModel): DataExport[] {
  const names = measureNames(model);
  return [monitoringCsv(names), monitoringJsonExport(names), actorsCsv(model.ladderFile), INITIATIVES_CSV, EVENTS_CSV, ...indicatorHistoryExports(model)];
}

/** The open-data files, written from their declarations. */
export function exportFiles(model: SiteModel, actors: PublicActors): FileView[] {
  return dataExports(model).map((entry) => ({ url: entry.url, content: entry.content(model, actors) }));
}
