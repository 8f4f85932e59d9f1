import type { SiteModel } from '../model/site-model.ts';
import type { PublicActors } from './public-actors.ts';
import { routes } from './routes.ts';

/** A content file the site publishes: where it is under content/ and the URL it gets. */
export interface MediaFile {
  src: string;
  url: string;
}

/**
 * The media files the pages show: the site logo, the funding emblem, initiative images and the logos of public
 * actors only, so a non-public actor's logo never reaches the output.
 */
export function collectMedia(model: SiteModel, actors: PublicActors): MediaFile[] {
  const sources = [
    ...(model.site.logo ? [model.site.logo] : []),
    ...(model.site.funding?.logo ? [model.site.funding.logo.src] : []),
    ...model.initiatives.flatMap((initiative) => (initiative.image ? [initiative.image.src] : [])),
    ...actors.all().flatMap((actor) => (actor.logo ? [actor.logo] : [])),
  ];
  return [...new Set(sources)].sort().map((src) => ({ src, url: routes.media(src) }));
}
