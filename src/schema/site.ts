import { z } from 'zod';
import { httpUrl, isoDate, text } from './fields.ts';

const hexColour = z.string().refine((value) => /^#[0-9a-fA-F]{6}$/.test(value), {
  message: 'is geen kleur in de vorm #RRGGBB.',
  params: { code: 'bad-colour', hint: 'Schrijf bijvoorbeeld "#1d4f91", tussen aanhalingstekens.' },
});

/** `content/site.yaml`: the programme's name, address, period and look. */
export const siteSchema = z.strictObject({
  name: text,
  tagline: text.optional(),
  description: text.optional(),
  url: httpUrl,
  language: z.literal('nl').default('nl'),
  period: z.strictObject({ start: isoDate, end: isoDate }),
  as_of: isoDate.optional(),
  demo: z.boolean().default(false),
  publisher: text.optional(),
  contact: z.email().optional(),
  logo: text.optional(),
  colors: z.strictObject({ primary: hexColour.optional(), accent: hexColour.optional() }).optional(),
  thresholds: z
    .strictObject({
      on_track: z.number().min(0).max(1).default(0.95),
      behind: z.number().min(0).max(1).default(0.6),
    })
    .default({ on_track: 0.95, behind: 0.6 }),
});

/** The validated site settings. */
export type Site = z.output<typeof siteSchema>;
