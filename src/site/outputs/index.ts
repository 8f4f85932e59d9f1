import type { SiteModel } from '../../model/site-model.ts';
import { brandStylesheet } from '../chrome.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { FileView } from '../view.ts';

/** Every non-HTML file of the site whose text is computed in TypeScript. */
export function allOutputs(model: SiteModel, _actors: PublicActors): FileView[] {
  return [{ url: routes.brandCss, content: brandStylesheet(model) }];
}
