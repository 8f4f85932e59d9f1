import { z } from 'zod';
import { isoDate, text } from './fields.ts';

/**
 * Refuses a named person without recorded consent: `consent: true` and the day it was given
 * (`consent_date`). The one rule for every person named on the site (ambassador, contact).
 */
export function requireConsent(person: { name: string; consent: boolean; consent_date?: string | undefined }, ctx: z.RefinementCtx, without: string): void {
  if (person.consent !== true) {
    ctx.addIssue({
      code: 'custom',
      path: ['consent'],
      message: `${person.name} wordt bij naam genoemd zonder toestemming.`,
      params: {
        code: 'consent-required',
        hint: `Vraag schriftelijke toestemming en schrijf dan consent: true met consent_date: de dag van de toestemming; of ${without} (GDPR).`,
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
}

/**
 * A contact person named on a page or a series: name, role, how to reach them, and their dated
 * consent to be named. Without `consent: true` and `consent_date` the entry is refused.
 */
export const contactPersonSchema = z
  .strictObject({
    name: text,
    role: text.optional(),
    email: z.email().optional(),
    phone: text.optional(),
    consent: z.boolean().default(false),
    consent_date: isoDate.optional(),
  })
  .superRefine((person, ctx) => requireConsent(person, ctx, 'laat contact weg en verwijs naar een algemeen adres'));

/** A validated contact person. */
export type ContactPerson = z.output<typeof contactPersonSchema>;
