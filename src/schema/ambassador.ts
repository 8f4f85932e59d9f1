import { z } from 'zod';
import { isoDate, limitedText, slugRef, text } from './fields.ts';

/**
 * A person who speaks for the ambassador. Naming a person is an affirmative act: consent is false
 * until written consent is recorded as `consent: true` with the day it was given (`consent_date`).
 */
const personSchema = z
  .strictObject({ name: text, role: text.optional(), consent: z.boolean().default(false), consent_date: isoDate.optional() })
  .superRefine((person, ctx) => {
    if (person.consent !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message: `${person.name} wordt bij naam genoemd zonder toestemming.`,
        params: {
          code: 'consent-required',
          hint: 'Vraag schriftelijke toestemming en schrijf dan consent: true met consent_date: de dag van de toestemming; of laat person weg (GDPR).',
        },
      });
    } else if (person.consent_date === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent_date'],
        message: `de toestemming van ${person.name} heeft geen datum.`,
        params: {
          code: 'consent-required',
          hint: 'Schrijf onder consent: true de dag waarop de persoon schriftelijk toestemming gaf, bv. consent_date: 2018-04-16.',
        },
      });
    }
  });

/** The frontmatter of `content/ambassadors/<slug>.md`: an actor's ambassador role. */
export const ambassadorSchema = z
  .strictObject({
    actor: slugRef,
    since: isoDate,
    until: isoDate.optional(),
    quote: limitedText(400).optional(),
    person: personSchema.optional(),
  })
  .superRefine((ambassador, ctx) => {
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
