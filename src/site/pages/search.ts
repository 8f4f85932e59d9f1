import type { SiteModel } from '../../model/site-model.ts';
import { nl } from '../../messages/nl.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { browseLinks as actorBrowse } from './actors.ts';
import { browseLinks as eventBrowse } from './events.ts';
import { crumbs, type BrowseGroup } from './listing.ts';

const t = nl.site;

/** What the search page prints; `texts` is handed to assets/search.js as JSON in a data attribute. */
export interface SearchData {
  intro: string;
  label: string;
  noScript: string;
  overviews: Link[];
  browse: BrowseGroup[];
  texts: string;
  /** The vocabulary file the script suggests corrections from ("Bedoelde je …?"). */
  vocabulary: string;
}

/** The browse groups of every listing, for readers without JavaScript (and the 404 page). */
export function allBrowseGroups(model: SiteModel, actors: PublicActors): BrowseGroup[] {
  const themes = model.taxonomies.themes
    .map((term) => ({ label: term.label, url: routes.initiativesByTheme(term.id), count: model.initiatives.filter((i) => i.themes.includes(term.id)).length, current: false }))
    .filter((link) => link.count > 0);
  const [sectors, regions] = actorBrowse(model, actors, '');
  const [years] = eventBrowse(model, '');
  return [
    { title: `${t.nav.initiatives} ${t.labels.browseByTheme.toLowerCase()}`, links: themes },
    ...(sectors ? [{ ...sectors, title: `${t.nav.actors} ${sectors.title.toLowerCase()}` }] : []),
    ...(regions ? [{ ...regions, title: `${t.nav.actors} ${regions.title.toLowerCase()}` }] : []),
    ...(years ? [{ ...years, title: `${t.nav.events} ${years.title.toLowerCase()}` }] : []),
  ].filter((group) => group.links.length > 0);
}

/** The overview pages, for the search page and the 404 page. */
export function overviewLinks(model: SiteModel): Link[] {
  return [
    { label: t.nav.initiatives, url: routes.initiatives },
    { label: t.nav.actors, url: routes.actors },
    { label: t.nav.ambassadors, url: routes.ambassadors },
    { label: t.nav.events, url: routes.events },
    ...model.pages.map((page) => ({ label: page.title, url: routes.page(page.slug) })),
  ];
}

/** /zoeken/: a GET form that works without JavaScript, enhanced by assets/search.js with Pagefind. */
export function searchPages(model: SiteModel, actors: PublicActors): PageView[] {
  const data: SearchData = {
    intro: t.searchPage.intro,
    label: t.searchPage.label,
    noScript: t.searchPage.noScript,
    overviews: overviewLinks(model),
    browse: allBrowseGroups(model, actors),
    texts: JSON.stringify(t.searchPage.js),
    vocabulary: routes.searchVocabulary,
  };
  return [
    {
      url: routes.search,
      template: 'search',
      title: t.searchPage.title,
      description: t.searchPage.intro,
      breadcrumbs: crumbs(),
      section: 'search',
      ogType: 'website',
      scripts: [routes.searchScript],
      data,
    },
  ];
}

/** The 404 page, with the overviews to continue from. */
export function notFoundPages(model: SiteModel, _actors: PublicActors): PageView[] {
  return [
    {
      url: routes.notFound,
      template: 'not-found',
      title: t.notFound.title,
      description: t.notFound.text,
      breadcrumbs: [],
      data: { text: t.notFound.text, linksTitle: t.notFoundLinks, overviews: [{ label: t.home, url: routes.home }, ...overviewLinks(model), { label: t.nav.search, url: routes.search }] },
    },
  ];
}
