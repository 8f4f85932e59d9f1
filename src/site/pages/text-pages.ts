import type { SiteModel } from '../../model/site-model.ts';
import { nl } from '../../messages/nl.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { contactView, type ContactView } from '../contact-person.ts';
import { joinView, type JoinView } from '../join.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { PageView } from '../view.ts';
import { firstSentence } from './actors.ts';
import { crumbs } from './listing.ts';
import { STATEMENT_SLUGS } from './statements.ts';

const t = nl.site;

/** What a free-text page prints: its summary, its body and, when it asks for it, the call to action. */
export interface TextPageData {
  summary: string;
  bodyHtml: string;
  join?: JoinView;
  /** The page's consenting contact person (the schema refused one without consent). */
  contact?: ContactView;
}

/** One page per free-text entry of content/pages/, at /<slug>/ (statements are printed by statements.ts). */
export function textPages(model: SiteModel, _actors: PublicActors): PageView[] {
  const join = joinView(model);
  return model.pages
    .filter((page) => !STATEMENT_SLUGS.has(page.slug))
    .map((page) => {
      const summary = page.summary ?? firstSentence(page.body);
      const data: TextPageData = { summary: page.summary ?? '', bodyHtml: renderMarkdown(page.body), ...(page.join && join ? { join } : {}), ...(page.contact ? { contact: contactView(page.contact) } : {}) };
      return {
        url: routes.page(page.slug),
        template: 'text-page',
        title: page.title,
        description: summary,
        breadcrumbs: crumbs(),
        section: `page-${page.slug}`,
        ogType: 'article',
        search: { kind: t.kinds.page, summary, filters: { soort: [t.kinds.page] } },
        data,
      };
    });
}
