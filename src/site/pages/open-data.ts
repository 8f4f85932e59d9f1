import { nl } from '../../messages/nl.ts';
import type { SiteModel } from '../../model/site-model.ts';
import { formatDate } from '../format.ts';
import { dataExports } from '../outputs/exports.ts';
import { planExports } from '../outputs/plans.ts';
import type { PublicActors } from '../public-actors.ts';
import { absoluteUrl, routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { crumbs } from './listing.ts';

const t = nl.monitoring.openData;

/** One file on the open-data page, straight from its export declaration. */
export interface OpenDataFile {
  id: string;
  title: string;
  description: string;
  format: string;
  url: string;
  absoluteUrl: string;
  fieldsCaption: string;
  fields: { name: string; description: string }[];
}

/** What /data/ prints. */
export interface OpenDataData {
  intro: string[];
  asOfLabel: string;
  files: OpenDataFile[];
  monitoringLink: Link;
  /** The licence every file here is published under, when site.yaml names one. */
  licence?: { id: string; name: string; url: string };
}

/** /data/: every export with its description and columns, listed from the declarations that write them. */
export function openDataPages(model: SiteModel, _actors: PublicActors): PageView[] {
  // The plans' CSV files are declared (and written) by outputs/plans.ts; listed here from the same declarations.
  const files = [...dataExports(model), ...planExports(model)].map((entry): OpenDataFile => ({
    id: `bestand-${entry.url.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-')}`,
    title: entry.title,
    description: entry.description,
    format: entry.format,
    url: entry.url,
    absoluteUrl: absoluteUrl(model.site.url, entry.url),
    fieldsCaption: entry.format === 'CSV' ? t.columnsCaption(entry.title) : t.fieldsCaption(entry.title),
    fields: entry.fields,
  }));
  const data: OpenDataData = {
    intro: [...t.intro],
    asOfLabel: nl.site.asOf(formatDate(model.asOf)),
    files,
    monitoringLink: { label: nl.monitoring.title, url: routes.monitoring },
    ...(model.site.licence ? { licence: model.site.licence } : {}),
  };
  return [
    {
      url: routes.openData,
      template: 'open-data',
      title: t.title,
      description: t.description,
      breadcrumbs: crumbs(),
      section: 'monitoring',
      ogType: 'website',
      search: { kind: nl.site.kinds.page, summary: t.description, filters: { soort: [nl.site.kinds.page] } },
      data,
    },
  ];
}
