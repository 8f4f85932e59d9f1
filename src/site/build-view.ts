import type { SiteModel } from '../model/site-model.ts';
import { buildChrome } from './chrome.ts';
import { documentTitle } from './document-title.ts';
import { badgeRasters } from './engagement.ts';
import { collectMedia } from './media.ts';
import { allOutputs, buildFeeds } from './outputs/index.ts';
import { allPages } from './pages/index.ts';
import { PublicActors } from './public-actors.ts';
import { shareImageRasters } from './share-image.ts';
import type { Chrome, PageView, SiteView, TitledPageView } from './view.ts';

/** Turns the site model into every page and file the site publishes; the only input of the templates. */
export function buildView(model: SiteModel): SiteView {
  const actors = new PublicActors(model);
  const chrome = buildChrome(model);
  const pages = withDocumentTitles(allPages(model, actors), chrome);
  const shareRasters = shareImageRasters(model, pages);
  return { chrome, pages, files: allOutputs(model, actors, pages), feeds: buildFeeds(model), rasters: [...badgeRasters(model, actors), ...shareRasters], media: collectMedia(model, actors) };
}

/** Gives each page its browser-tab title, made from its own title and the programme's names in `chrome`. */
export function withDocumentTitles(pages: readonly PageView[], chrome: Chrome): TitledPageView[] {
  // Only the names of the chrome go into a title: spreading the whole chrome into every page's argument cost more than the titles.
  return pages.map((page) => ({ ...page, documentTitle: documentTitle({ url: page.url, title: page.title, name: chrome.name, shortName: chrome.shortName }) }));
}
