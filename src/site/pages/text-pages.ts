import type { SiteModel } from '../../model/site-model.ts';
import { nl } from '../../messages/nl.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { PageView } from '../view.ts';
import { firstSentence } from './actors.ts';
import { crumbs } from './listing.ts';

const t = nl.site;

/** One page per free-text entry of content/pages/, at /<slug>/. */
export function textPages(model: SiteModel, _actors: PublicActors): PageView[] {
  return model.pages.map((page) => {
    const summary = page.summary ?? firstSentence(page.body);
    return {
      url: routes.page(page.slug),
      template: 'text-page',
      title: page.title,
      description: summary,
      breadcrumbs: crumbs(),
      section: `page-${page.slug}`,
      ogType: 'article',
      search: { kind: t.kinds.page, summary, filters: { soort: [t.kinds.page] } },
      data: { summary: page.summary ?? '', bodyHtml: renderMarkdown(page.body) },
    };
  });
}
