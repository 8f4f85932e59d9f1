import { z } from 'zod';
import { clockTime, httpUrl, partialDate, slugRef, text } from './fields.ts';

/** The frontmatter of `content/events/<slug>.md`: a gathering, workshop, meeting or other event. */
export const eventSchema = z
  .strictObject({
    title: text,
    type: slugRef,
    /** A day, a month or a range (`2020-09..2020-10`): as precise as the source. */
    date: partialDate,
    time: clockTime.optional(),
    end_time: clockTime.optional(),
    location: text.optional(),
    online: httpUrl.optional(),
    participants: z.array(slugRef).default([]),
    series: slugRef.optional(),
    registration: httpUrl.optional(),
  })
  .superRefine((event, ctx) => {
    if (event.end_time && !event.time) {
      ctx.addIssue({
        code: 'custom',
        path: ['end_time'],
        message: 'staat er zonder begintijd.',
        params: { code: 'missing-field', hint: 'Voeg time: toe, bijvoorbeeld time: "09:30".' },
      });
    } else if (event.end_time && event.time && event.end_time <= event.time) {
      ctx.addIssue({
        code: 'custom',
        path: ['end_time'],
        message: `ligt niet na de begintijd (${event.time}).`,
        params: { code: 'end-before-start', hint: 'Schrijf een eindtijd na de begintijd.' },
      });
    }
  });

/** Validated event frontmatter. */
export type EventInput = z.output<typeof eventSchema>;
