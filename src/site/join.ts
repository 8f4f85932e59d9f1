import { nl } from '../messages/nl.ts';
import type { SiteModel } from '../model/site-model.ts';
import { siteContact } from '../schema/site.ts';
import type { Link } from './view.ts';

/** The call to action as templates print it: a heading, a text and where to go. */
export interface JoinView {
  title: string;
  text: string;
  link?: Link;
}

/**
 * The call to action of site.yaml (`join:`), or undefined when content writes none. Without its
 * own link it offers the contact e-mail address, so the reader always knows whom to ask.
 */
export function joinView(model: SiteModel): JoinView | undefined {
  const join = model.site.join;
  if (!join) return undefined;
  const contact = siteContact(model.site);
  const link = join.link ?? (contact ? { label: nl.identity.join.mailLabel(contact.email), url: `mailto:${contact.email}` } : undefined);
  return { title: join.title, text: join.text, ...(link ? { link } : {}) };
}
