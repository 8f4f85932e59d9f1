import { nl } from '../../../messages/nl.ts';
import type { SiteModel } from '../../../model/site-model.ts';
import { measureNames } from '../../describe-measure.ts';
import { formatDate } from '../../format.ts';
import type { PublicActors } from '../../public-actors.ts';
import { routes } from '../../routes.ts';
import type { PageView } from '../../view.ts';
import { crumbs } from '../listing.ts';
import { indicatorPageData } from './indicator-page.ts';
import { methodData } from './method.ts';
import { monitoringData } from './overview.ts';

const t = nl.monitoring;

/** /monitoring/, /monitoring/methode/ and one page per indicator, /monitoring/<id>/. */
export function monitoringPages(model: SiteModel, actors: PublicActors): PageView[] {
  const asOf = formatDate(model.asOf);
  const names = measureNames(model);
  const search = (summary: string) => ({ kind: nl.site.kinds.page, summary, filters: { soort: [nl.site.kinds.page] } });
  return [
    {
      url: routes.monitoring,
      template: 'monitoring',
      title: t.title,
      description: t.description(asOf),
      breadcrumbs: crumbs(),
      section: 'monitoring',
      ogType: 'website',
      search: search(t.description(asOf)),
      data: monitoringData(model, actors),
    },
    {
      url: routes.monitoringMethod,
      template: 'monitoring-method',
      title: t.method.title,
      description: t.method.description,
      breadcrumbs: crumbs({ label: t.title, url: routes.monitoring }),
      section: 'monitoring',
      ogType: 'article',
      search: search(t.method.description),
      data: methodData(model),
    },
    ...model.indicators.map(
      (indicator): PageView => ({
        url: routes.indicator(indicator.id),
        template: 'monitoring-indicator',
        title: indicator.label,
        description: t.indicatorPage.description(indicator.label, asOf),
        breadcrumbs: crumbs({ label: t.title, url: routes.monitoring }),
        section: 'monitoring',
        ogType: 'article',
        search: search(t.indicatorPage.description(indicator.label, asOf)),
        data: indicatorPageData(model, indicator, names),
      }),
    ),
  ];
}
