import { z } from 'zod';
import { httpUrl, isoDate, limitedText, text } from './fields.ts';

/**
 * One renewal or progress report of a declaration or an ambassadorship: the day it came in, a
 * title, and where to read it (`url`) or what it says (`text`); at least one of the two, so the
 * public can check what keeps a badge standing.
 */
export const commitmentRecordSchema = z
  .strictObject({ date: isoDate, title: text, url: httpUrl.optional(), text: limitedText(1000).optional() })
  .superRefine((record, ctx) => {
    if (record.url === undefined && record.text === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `"${record.title}" zegt niet waar het te lezen is of wat erin staat.`,
        params: { code: 'missing-field', hint: 'Voeg url: https://… toe (een link naar het document) of text: … (een korte samenvatting).' },
      });
    }
  });

/** A validated renewal or progress report. */
export type CommitmentRecord = z.output<typeof commitmentRecordSchema>;

/**
 * Checks the dates of renewals and reports against the commitment they belong to: none before it
 * started (`start`, named by `startField`), none after it ended (`end`, named by `endField`).
 */
export function checkRecordDates(
  records: { renewals: readonly CommitmentRecord[]; reports: readonly CommitmentRecord[] },
  bounds: { start: string; startField: string; end?: string | undefined; endField: string },
  ctx: z.RefinementCtx,
): void {
  for (const list of ['renewals', 'reports'] as const) {
    records[list].forEach((record, index) => {
      if (record.date < bounds.start) {
        ctx.addIssue({
          code: 'custom',
          path: [list, index, 'date'],
          message: `${record.date} ligt vóór ${bounds.startField} (${bounds.start}).`,
          params: { code: 'end-before-start', hint: `Een ${list === 'renewals' ? 'vernieuwing' : 'voortgangsrapport'} komt op of na ${bounds.startField}; controleer het jaartal.` },
        });
      } else if (bounds.end !== undefined && record.date > bounds.end) {
        ctx.addIssue({
          code: 'custom',
          path: [list, index, 'date'],
          message: `${record.date} ligt na ${bounds.endField} (${bounds.end}).`,
          params: { code: 'out-of-range', hint: `Na ${bounds.endField} loopt het engagement niet meer; controleer de datum of verwijder de regel.` },
        });
      }
    });
  }
}
