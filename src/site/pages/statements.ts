import { nl } from '../../messages/nl.ts';
import type { Page, SiteModel } from '../../model/site-model.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { siteContact, type Contact } from '../../schema/site.ts';
import { formatDate } from '../format.ts';
import { phoneText, telHref } from '../phone.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { crumbs } from './listing.ts';

const t = nl.identity;

/** A statement the site generates, by the slug (and so the URL) it has. */
type StatementSlug = 'contact' | 'privacy' | 'toegankelijkheid';

/** The slugs of the generated statements: a content page with one of them adds its text to the statement. */
export const STATEMENT_SLUGS: ReadonlySet<string> = new Set<StatementSlug>(['contact', 'privacy', 'toegankelijkheid']);

/** One line of a contact block: what it is, its lines, and where it links (mailto:, tel:, a website). */
export interface StatementDetail {
  label: string;
  lines: string[];
  url?: string;
}

/** One part of a statement: a heading with paragraphs, a list and contact details. */
export interface StatementSection {
  id: string;
  title: string;
  paragraphs: string[];
  items: string[];
  details: StatementDetail[];
}

/** What a statement page prints: generated sections, then the programme's own text when it wrote one. */
export interface StatementData {
  summary: string;
  intro: string[];
  sections: StatementSection[];
  moreTitle: string;
  bodyHtml: string;
}

/** The URLs of statements no content page supplies: the site alone owns them. */
export function statementUrlsWithoutPage(model: SiteModel): string[] {
  const written = new Set(model.pages.map((page) => page.slug));
  return [...STATEMENT_SLUGS].filter((slug) => !written.has(slug)).map((slug) => routes.page(slug));
}

const section = (id: string, title: string, parts: Partial<Omit<StatementSection, 'id' | 'title'>>): StatementSection => ({
  id,
  title,
  paragraphs: parts.paragraphs ?? [],
  items: parts.items ?? [],
  details: parts.details ?? [],
});

/** The contact block as details: e-mail, phone and postal address, each linked where a link helps. */
function contactDetails(contact: Contact | undefined): StatementDetail[] {
  if (!contact) return [];
  return [
    { label: t.contact.email, lines: [contact.email], url: `mailto:${contact.email}` },
    ...(contact.phone ? [{ label: t.contact.phone, lines: [phoneText(contact.phone)], url: telHref(contact.phone) }] : []),
    ...(contact.address ? [{ label: t.contact.address, lines: contact.address }] : []),
  ];
}

/** The contact page: who keeps the site and how to reach them. */
function contactStatement(model: SiteModel, publisher: string): Omit<StatementData, 'moreTitle' | 'bodyHtml' | 'summary'> {
  const details = contactDetails(siteContact(model.site));
  return {
    intro: [details.length ? t.contact.intro(publisher) : t.contact.none],
    sections: details.length ? [section('gegevens', t.contact.title, { details })] : [],
  };
}

/** The privacy statement: what is published, consent, withdrawal, no tracking. */
function privacyStatement(model: SiteModel, publisher: string): Omit<StatementData, 'moreTitle' | 'bodyHtml' | 'summary'> {
  const p = t.privacy;
  const contact = siteContact(model.site);
  return {
    intro: [],
    sections: [
      section('gepubliceerd', p.publishedTitle, { items: [...p.published] }),
      section('toestemming', p.consentTitle, { paragraphs: [p.consent] }),
      section('intrekken', p.withdrawTitle, {
        paragraphs: [p.withdraw, ...(contact ? [] : [p.withdrawNoContact(publisher)])],
        details: contactDetails(contact),
      }),
      section('geen-cookies', p.noTrackingTitle, { paragraphs: [p.noTracking] }),
    ],
  };
}

/** The accessibility statement in the Flemish model: standard, status, known limits, audit, feedback, enforcement. */
function accessibilityStatement(model: SiteModel, publisher: string): Omit<StatementData, 'moreTitle' | 'bodyHtml' | 'summary'> {
  const a = t.accessibility;
  const facts = model.site.accessibility;
  const contact = siteContact(model.site);
  const ombudsman = facts?.complaints ?? a.ombudsman;
  const complaintDetails: StatementDetail[] = [
    { label: a.more, lines: [ombudsman.url], url: ombudsman.url },
    ...(ombudsman.email ? [{ label: a.emailLabel, lines: [ombudsman.email], url: `mailto:${ombudsman.email}` }] : []),
    ...(ombudsman.phone ? [{ label: a.phoneLabel, lines: [phoneText(ombudsman.phone)], url: telHref(ombudsman.phone) }] : []),
  ];
  return {
    intro: [a.intro(publisher, model.site.url), a.standard],
    sections: [
      section('stand-van-zaken', a.statusTitle, { paragraphs: [facts ? a.status[facts.status] : a.notAudited] }),
      ...(facts ? [section('niet-toegankelijk', a.limitationsTitle, facts.limitations.length ? { items: facts.limitations } : { paragraphs: [a.noLimitations] })] : []),
      ...(facts ? [section('opstelling', a.preparedTitle, { paragraphs: [a.audited(formatDate(facts.audited)), a.method(facts.method)] })] : []),
      section('feedback', a.feedbackTitle, {
        paragraphs: [a.feedback],
        details: contactDetails(contact),
      }),
      section('handhaving', a.enforcementTitle, { paragraphs: [a.enforcement(ombudsman.name)], details: complaintDetails }),
    ],
  };
}

/** The contact, privacy and accessibility pages: generated from what the site knows, with the programme's own text added. */
export function statementPages(model: SiteModel, _actors: PublicActors): PageView[] {
  const publisher = model.site.publisher ?? model.site.name;
  const written = new Map<string, Page>(model.pages.map((page) => [page.slug, page]));
  const make = (slug: StatementSlug, title: string, description: string, parts: Omit<StatementData, 'moreTitle' | 'bodyHtml' | 'summary'>, moreTitle: string): PageView => {
    const page = written.get(slug);
    const data: StatementData = { ...parts, summary: page?.summary ?? '', moreTitle, bodyHtml: page ? renderMarkdown(page.body) : '' };
    return {
      url: routes.page(slug),
      template: 'statement',
      title: page?.title ?? title,
      description: page?.summary ?? description,
      breadcrumbs: crumbs(),
      section: `page-${slug}`,
      ogType: 'website',
      search: { kind: nl.site.kinds.page, summary: page?.summary ?? description, filters: { soort: [nl.site.kinds.page] } },
      data,
    };
  };
  const name = model.site.name;
  return [
    make('contact', t.contact.title, t.contact.description(name), contactStatement(model, publisher), t.contact.more),
    make('privacy', t.privacy.title, t.privacy.description(name), privacyStatement(model, publisher), t.privacy.more),
    make('toegankelijkheid', t.accessibility.title, t.accessibility.description(name), accessibilityStatement(model, publisher), t.accessibility.more),
  ];
}

/** The statement links as the footer and overviews print them. */
export function statementLinkList(): Link[] {
  return [
    { label: t.contact.title, url: routes.contact },
    { label: t.privacy.title, url: routes.privacy },
    { label: t.accessibility.title, url: routes.accessibility },
  ];
}
