import { nl } from '../../messages/nl.ts';
import type { SiteModel } from '../../model/site-model.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';

/** What a redirect page prints: a sentence and the link to the new address. */
export interface RedirectData {
  text: string;
  target: Link;
}

/**
 * A page at every former address (alias) of a public actor that sends the browser on to the
 * current one, for static hosts that ignore `_redirects`: an instant meta refresh, a canonical link
 * to the new URL, noindex, and a visible link. Aliases of actors without consent get no page, since
 * an old slug can give a name away.
 */
export function redirectPages(_model: SiteModel, actors: PublicActors): PageView<RedirectData>[] {
  const t = nl.outputs.redirect;
  return actors.all().flatMap((actor) =>
    actor.aliases.map((alias) => ({
      url: routes.actor(alias),
      template: 'redirect',
      title: t.title(actor.name),
      description: t.description(actor.name),
      breadcrumbs: [],
      section: 'actors',
      noindex: true,
      canonical: routes.actor(actor.slug),
      refresh: routes.actor(actor.slug),
      data: { text: t.text, target: { label: actor.name, url: routes.actor(actor.slug) } },
    })),
  );
}
