import type { SiteModel } from '../../model/site-model.ts';
import { nl } from '../../messages/nl.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { homeFigures, type HomeFigure } from './home-figures.ts';
import { eventItem, type EventItem } from './events.ts';
import { initiativeCard, type InitiativeCard } from './initiatives.ts';
import { joinView, type JoinView } from '../join.ts';
import { presentSections, type SectionId } from '../sections.ts';
import { shortName } from '../../schema/site.ts';

const t = nl.site;

/** How many featured initiatives and upcoming events the home page shows. */
const FEATURED = 4;
const UPCOMING = 5;

/** What the home page prints. */
export interface HomeData {
  tagline: string;
  description: string;
  figuresTitle: string;
  figures: HomeFigure[];
  featured: InitiativeCard[];
  upcoming: EventItem[];
  overviews: Link[];
  allInitiatives: Link;
  /** Absent when the programme has no events at all: the section is left out, not shown empty. */
  allEvents?: Link;
  join?: JoinView;
  /** The programme's action plans and the monitoring overview; absent when there are no plans. */
  plans?: { title: string; links: Link[]; monitoring: Link };
}

/** The home page: the programme, its headline figures, featured initiatives, upcoming events, the overviews. */
export function homePages(model: SiteModel, actors: PublicActors): PageView[] {
  const site = model.site;
  const sections = presentSections(model);
  const has = (id: SectionId) => sections.some((section) => section.id === id);
  const join = joinView(model);
  const featured = [...model.initiatives.filter((initiative) => initiative.showcase), ...model.initiatives.filter((initiative) => !initiative.showcase)].slice(0, FEATURED);
  const data: HomeData = {
    tagline: site.tagline ?? '',
    description: site.description ?? '',
    figuresTitle: t.homePage.figuresTitle(shortName(site)),
    // One set of numbers: a figure is the monitoring's indicator where one counts the same (home-figures.ts).
    figures: homeFigures(model, [
      ...(has('actors') ? (['actors', 'signatories'] as const) : []),
      ...(has('ambassadors') ? (['ambassadors'] as const) : []),
      ...(has('initiatives') ? (['initiatives'] as const) : []),
    ]),
    featured: featured.map((initiative) => initiativeCard(initiative, actors)),
    upcoming: model.events.filter((event) => event.upcoming).slice(0, UPCOMING).map(eventItem),
    allInitiatives: { label: t.labels.allInitiatives, url: routes.initiatives },
    ...(has('events') ? { allEvents: { label: t.labels.allEvents, url: routes.events } } : {}),
    overviews: [
      ...sections.map((section) => ({ label: section.label, url: section.url })),
      ...model.pages.map((page) => ({ label: page.title, url: routes.page(page.slug) })),
      { label: t.nav.search, url: routes.search },
    ],
    ...(join ? { join } : {}),
    ...(model.plans.length
      ? {
          plans: {
            title: nl.monitoring.plans.title,
            links: model.plans.map((plan) => ({ label: plan.title, url: routes.plan(plan.slug) })),
            monitoring: { label: t.homePage.toMonitoring, url: routes.monitoring },
          },
        }
      : {}),
  };
  return [
    {
      url: routes.home,
      template: 'home',
      title: site.name,
      description: site.tagline ?? site.description ?? site.name,
      breadcrumbs: [],
      ogType: 'website',
      data,
    },
  ];
}
