import { z } from 'zod';
import { requireConsent } from './contact-person.ts';
import { checkRecordDates, commitmentRecordSchema } from './commitment-record.ts';
import { isoDate, limitedText, slugRef, text } from './fields.ts';

/**
 * A person who speaks for the ambassador. Naming a person is an affirmative act: consent is false
 * until written consent is recorded as `consent: true` with the day it was given (`consent_date`).
 */
const personSchema = z
  .strictObject({ name: text, role: text.optional(), consent: z.boolean().default(false), consent_date: isoDate.optional() })
  .superRefine((person, ctx) => requireConsent(person, ctx, 'laat person weg'));

/** The frontmatter of `content/ambassadors/<slug>.md`: an actor's ambassador role. */
export const ambassadorSchema = z
  .strictObject({
    actor: slugRef,
    since: isoDate,
    until: isoDate.optional(),
    quote: limitedText(400).optional(),
    person: personSchema.optional(),
    /** Each time the ambassadorship was renewed: its term (content/ladder.yaml `badges.rules`) starts again. */
    renewals: z.array(commitmentRecordSchema).default([]),
    /** The progress reports of the ambassadorship. */
    reports: z.array(commitmentRecordSchema).default([]),
  })
  .superRefine((ambassador, ctx) => {
    checkRecordDates(ambassador, { start: ambassador.since, startField: 'since', end: ambassador.until, endField: 'until' }, ctx);
    if (ambassador.until && ambassador.until < ambassador.since) {
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: `ligt vóór de start (${ambassador.since}).`,
        params: { code: 'end-before-start', hint: 'Schrijf een einddatum op of na since.' },
      });
    }
  });

/** Validated ambassador frontmatter. */
export type AmbassadorInput = z.output<typeof ambassadorSchema>;
