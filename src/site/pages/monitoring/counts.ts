import { nl } from '../../../messages/nl.ts';
import type { SiteModel } from '../../../model/site-model.ts';
import { formatDate, formatNumber } from '../../format.ts';

const t = nl.monitoring;

/** A count table: a label per row, a number, and a total. */
export interface CountTable {
  id: string;
  title: string;
  caption: string;
  labelHeader: string;
  countHeader: string;
  rows: { label: string; count: string }[];
  total?: string;
  note?: string;
}

/** A count table from its rows; `withTotal` adds a total row. */
export function countTable(id: string, title: string, caption: string, labelHeader: string, rows: { label: string; count: number }[], withTotal: number | undefined, note?: string): CountTable {
  return {
    id,
    title,
    caption,
    labelHeader,
    countHeader: t.counts.count,
    rows: rows.map((row) => ({ label: row.label, count: formatNumber(row.count) })),
    ...(withTotal !== undefined ? { total: formatNumber(withTotal) } : {}),
    ...(note ? { note } : {}),
  };
}

/** The events held by the as-of date, per type. */
export function eventCounts(model: SiteModel): CountTable {
  const held = model.events.filter((event) => event.countsOn <= model.asOf);
  const rows = model.taxonomies.event_types.map((type) => ({ label: type.label, count: held.filter((event) => event.type === type.id).length })).filter((row) => row.count > 0);
  return countTable('activiteiten-per-soort', t.events.title, t.events.caption(formatDate(model.asOf)), nl.site.labels.type, rows, held.length, rows.length ? undefined : t.events.none);
}

/** The initiatives per status, per theme and per call. */
export function initiativeCounts(model: SiteModel): CountTable[] {
  const all = model.initiatives;
  const statuses = (['planned', 'running', 'completed'] as const).map((status) => ({ label: nl.site.initiativeStatus[status], count: all.filter((i) => i.status === status).length }));
  const themes = model.taxonomies.themes
    .map((term) => ({ label: term.label, count: all.filter((i) => i.themes.includes(term.id)).length }))
    .filter((row) => row.count > 0);
  const calls = [
    ...model.taxonomies.calls.map((term) => ({ label: term.label, count: all.filter((i) => i.call === term.id).length })).filter((row) => row.count > 0),
    { label: nl.site.labels.outsideCall, count: all.filter((i) => !i.call).length },
  ];
  return [
    countTable('initiatieven-per-status', t.initiatives.byStatus, t.initiatives.byStatusCaption, nl.site.labels.status, statuses, all.length),
    countTable('initiatieven-per-thema', t.initiatives.byTheme, t.initiatives.byThemeCaption, nl.site.labels.theme, themes, undefined, t.initiatives.themeNote),
    countTable('initiatieven-per-oproep', t.initiatives.byCall, t.initiatives.byCallCaption, nl.site.labels.call, calls, all.length),
  ];
}
