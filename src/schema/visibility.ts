import { z } from 'zod';
import { isoDate, slugRef } from './fields.ts';

/** What one check of an actor's `badge.shown_on` page found: the badge, no badge, or no answer to judge. */
export const VISIBILITY_RESULTS = ['present', 'absent', 'unchecked'] as const;

/** One check's outcome. */
export type VisibilityResult = (typeof VISIBILITY_RESULTS)[number];

/** How a present badge was found: a link to the actor's engagement page, or its badge image. */
export const VISIBILITY_FOUND = ['link', 'image'] as const;

/** Why a page could not be checked; never a reason to call the badge absent. */
export const UNCHECKED_REASONS = ['timeout', 'too-large', 'http-error', 'redirect-loop', 'too-many-redirects', 'not-html', 'network', 'bad-url'] as const;

/** One reason a page could not be checked. */
export type UncheckedReason = (typeof UNCHECKED_REASONS)[number];

/**
 * A run of identical results: every check from `first` to `last` (both days checked) found the
 * same, so a daily check only moves `last` and the file grows only when the result changes.
 */
const run = z
  .strictObject({
    result: z.enum(VISIBILITY_RESULTS),
    /** With `present`: what was found. */
    found: z.enum(VISIBILITY_FOUND).optional(),
    /** With `unchecked`: why. */
    reason: z.enum(UNCHECKED_REASONS).optional(),
    /** With `unchecked` by `http-error`: the HTTP status the site answered. */
    status: z.number().int().min(100).max(599).optional(),
    first: isoDate,
    /** The last day of the run; `first` when absent (a run of one check). */
    last: isoDate.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.last !== undefined && entry.last < entry.first) {
      ctx.addIssue({
        code: 'custom',
        path: ['last'],
        message: `ligt vóór first (${entry.first}).`,
        params: { code: 'end-before-start', hint: 'Een reeks controles eindigt op of na de dag van de eerste controle.' },
      });
    }
  });

/**
 * `content/visibility.yaml`: per actor (the file name of content/actors/<slug>.md) the results of
 * `npm run verify-visibility`, oldest run first. Written by that command; editors commit it.
 */
export const visibilityFileSchema = z
  .record(slugRef, z.array(run).default([]))
  .superRefine((actors, ctx) => {
    for (const [actor, runs] of Object.entries(actors)) {
      for (let index = 1; index < runs.length; index += 1) {
        const before = runs[index - 1];
        const current = runs[index];
        if (!before || !current) continue;
        // Each run starts on or after the previous one's last day (on it: a later check that day),
        // or "first present" would depend on the order the runs were written in.
        if (current.first < (before.last ?? before.first)) {
          ctx.addIssue({
            code: 'custom',
            path: [actor, index, 'first'],
            message: `ligt vóór het einde van de vorige reeks controles (${before.last ?? before.first}).`,
            params: { code: 'end-before-start', hint: 'Zet de reeksen in de volgorde van hun datums, zonder overlap; npm run verify-visibility schrijft ze zo.' },
          });
        }
      }
    }
  });

/** The validated visibility file: per actor its runs of check results. */
export type VisibilityFile = z.output<typeof visibilityFileSchema>;

/** One run of identical check results. */
export type VisibilityRun = VisibilityFile[string][number];
