import { z } from 'zod';
import { httpUrl, isoDate, text } from './fields.ts';

const hexColour = z.string().refine((value) => /^#[0-9a-fA-F]{6}$/.test(value), {
  message: 'is geen kleur in de vorm #RRGGBB.',
  params: { code: 'bad-colour', hint: 'Schrijf bijvoorbeeld "#1d4f91", tussen aanhalingstekens.' },
});

/** How to reach the programme: an e-mail address, and optionally a phone number and a postal address. */
export const contactSchema = z.strictObject({
  email: z.email(),
  phone: text.optional(),
  /** The postal address, one line per line of the envelope. */
  address: z.array(text).min(1).optional(),
});

/** The licence of the open data: an SPDX-style id, its name as people read it, and where its text is. */
export const licenceSchema = z.strictObject({
  id: text,
  name: text,
  url: httpUrl,
});

/** A funder's emblem shown in the footer: the image (through the media gate), its alt text and a line of text. */
export const fundingSchema = z.strictObject({
  text,
  logo: z.strictObject({ src: text, alt: text }).optional(),
});

/** The call to action on the home page and on pages with `join: true`. */
export const joinSchema = z.strictObject({
  title: text,
  text,
  /** Where to go to join; without it the block offers the contact e-mail address. */
  link: z.strictObject({ label: text, url: httpUrl }).optional(),
});

/** The facts of the accessibility statement (Flemish model): compliance, last audit, method, known limits. */
export const accessibilitySchema = z.strictObject({
  /** full: volledig, partial: gedeeltelijk, none: niet in overeenstemming met WCAG 2.2 AA. */
  status: z.enum(['full', 'partial', 'none']),
  audited: isoDate,
  method: text,
  limitations: z.array(text).default([]),
  /** Where to escalate a complaint that got no answer; the Vlaamse Ombudsdienst when absent. */
  complaints: z.strictObject({ name: text, url: httpUrl, email: z.email().optional(), phone: text.optional() }).optional(),
});

/** `content/site.yaml`: the programme's identity, address, period and look. */
export const siteSchema = z.strictObject({
  name: text,
  /** The name in badges, share images and running text; `name` when absent. */
  short_name: text.optional(),
  tagline: text.optional(),
  description: text.optional(),
  url: httpUrl,
  language: z.literal('nl').default('nl'),
  period: z.strictObject({ start: isoDate, end: isoDate }),
  as_of: isoDate.optional(),
  demo: z.boolean().default(false),
  publisher: text.optional(),
  // A bare e-mail address is still accepted, as earlier content wrote it.
  contact: z.union([z.email(), contactSchema]).optional(),
  logo: text.optional(),
  colors: z.strictObject({ primary: hexColour.optional(), accent: hexColour.optional() }).optional(),
  licence: licenceSchema.optional(),
  funding: fundingSchema.optional(),
  join: joinSchema.optional(),
  accessibility: accessibilitySchema.optional(),
  /** Generated share images (og:image): one per entry page, or only the shared one for the whole site. */
  share_image: z.strictObject({ per_entry: z.boolean().default(true) }).default({ per_entry: true }),
  thresholds: z
    .strictObject({
      on_track: z.number().min(0).max(1).default(0.95),
      behind: z.number().min(0).max(1).default(0.6),
    })
    .default({ on_track: 0.95, behind: 0.6 }),
});

/** The validated site settings. */
export type Site = z.output<typeof siteSchema>;

/** The contact block of site.yaml, whichever form it was written in. */
export type Contact = z.output<typeof contactSchema>;

/** The contact of site.yaml as a block, or undefined when the site gives none. */
export function siteContact(site: Site): Contact | undefined {
  if (site.contact === undefined) return undefined;
  return typeof site.contact === 'string' ? { email: site.contact } : site.contact;
}

/** The programme's name in badges, share images and running text. */
export function shortName(site: Site): string {
  return site.short_name ?? site.name;
}
