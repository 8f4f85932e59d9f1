import type { SiteModel } from '../../model/site-model.ts';
import type { PublicActors } from '../public-actors.ts';
import type { PageView } from '../view.ts';
import { actorPages } from './actors.ts';
import { ambassadorPages } from './ambassadors.ts';
import { engagementPages } from './engagement.ts';
import { eventPages } from './events.ts';
import { seriesPages } from './series.ts';
import { homePages } from './home.ts';
import { initiativePages } from './initiatives.ts';
import { monitoringPages } from './monitoring/index.ts';
import { openDataPages } from './open-data.ts';
import { planPages } from './plans.ts';
import { notFoundPages, searchPages } from './search.ts';
import { redirectPages } from './redirects.ts';
import { statementPages } from './statements.ts';
import { textPages } from './text-pages.ts';

/** Every HTML page of the site, from every page module. */
export function allPages(model: SiteModel, actors: PublicActors): PageView[] {
  return [
    ...homePages(model, actors),
    ...initiativePages(model, actors),
    ...actorPages(model, actors),
    ...ambassadorPages(model, actors),
    ...eventPages(model, actors),
    ...seriesPages(model, actors),
    ...textPages(model, actors),
    ...statementPages(model, actors),
    ...searchPages(model, actors),
    ...notFoundPages(model, actors),
    ...redirectPages(model, actors),
    ...engagementPages(model, actors),
    ...monitoringPages(model, actors),
    ...openDataPages(model, actors),
    ...planPages(model, actors),
  ];
}
