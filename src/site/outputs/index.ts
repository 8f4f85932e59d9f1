import type { SiteModel } from '../../model/site-model.ts';
import { brandStylesheet } from '../chrome.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { FileView, PageView } from '../view.ts';
import { cmsFiles } from '../../authoring/cms-files.ts';
import { calendarFiles } from './calendar.ts';
import { engagementFiles } from './engagement.ts';
import { exportFiles } from './exports.ts';
import { hostingFiles } from './hosting.ts';
import { planFiles } from './plans.ts';
import { robots, sitemap } from './sitemap.ts';

export { buildFeeds } from './feeds.ts';

/**
 * Every non-HTML file of the site whose text is computed in TypeScript: the brand stylesheet,
 * iCalendar files, sitemap, robots.txt, _headers and _redirects. (The Atom feeds are data in
 * `SiteView.feeds`, printed by layouts/routes/feed-*.njk with the RSS plugin's filters.)
 */
export function allOutputs(model: SiteModel, actors: PublicActors, pages: readonly PageView[]): FileView[] {
  return [
    { url: routes.brandCss, content: brandStylesheet(model) },
    ...calendarFiles(model, actors),
    sitemap(model, pages),
    robots(model),
    ...hostingFiles(actors, model),
    ...engagementFiles(model, actors),
    ...exportFiles(model, actors),
    ...planFiles(model, actors),
    ...cmsFiles(model),
  ];
}
