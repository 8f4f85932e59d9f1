import { z } from 'zod';
import { contactPersonSchema } from './contact-person.ts';
import { partialDate, slugRef, text } from './fields.ts';

/**
 * One step of a series' programme: either an event of the series (`event: <slug>`, which has its
 * own page, participants and date) or a step written here, which is no meeting (an action the
 * participants take between meetings) and may have no date at all.
 */
export const seriesStepSchema = z
  .strictObject({
    event: slugRef.optional(),
    title: text.optional(),
    text: text.optional(),
    date: partialDate.optional(),
  })
  .superRefine((step, ctx) => {
    if (step.event !== undefined && (step.title !== undefined || step.text !== undefined || step.date !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['event'],
        message: 'een stap is óf een activiteit (event:) óf een eigen stap (title:, text:, date:), niet allebei.',
        params: { code: 'wrong-type', hint: 'Titel en datum van een activiteit staan in haar eigen bestand; laat hier alleen event: staan.' },
      });
    } else if (step.event === undefined && step.title === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'is verplicht maar ontbreekt.',
        params: { code: 'missing-field', hint: 'Schrijf title: met wat er in deze stap gebeurt, of event: met de bestandsnaam van een activiteit.' },
      });
    }
  });

/** The frontmatter of `content/series/<slug>.md`: a programme of events and steps, with a timeline page. */
export const seriesSchema = z.strictObject({
  title: text,
  /** One line for listings and search; the Markdown body describes the whole series. */
  summary: text.optional(),
  /** The actor that runs the series; named only when that actor consented (public: true). */
  organiser: slugRef.optional(),
  /** When the series runs, as precisely as known: 2020-06..2021-09. */
  period: partialDate.optional(),
  /** The whole programme in order. Without it, the timeline is the series' events in date order. */
  steps: z.array(seriesStepSchema).default([]),
  contact: contactPersonSchema.optional(),
});

/** Validated series frontmatter. */
export type SeriesInput = z.output<typeof seriesSchema>;

/** One validated step of a series. */
export type SeriesStepInput = z.output<typeof seriesStepSchema>;
