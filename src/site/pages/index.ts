import type { SiteModel } from '../../model/site-model.ts';
import type { PublicActors } from '../public-actors.ts';
import type { PageView } from '../view.ts';
import { initiativePages } from './initiatives.ts';

/** Every HTML page of the site, from every page module. */
export function allPages(model: SiteModel, actors: PublicActors): PageView[] {
  return [...initiativePages(model, actors)];
}
