import { z } from 'zod';
import { slugRef, text } from './fields.ts';

/**
 * The closed set of facts that put an actor on a ladder step. `manual`: recorded by hand in the
 * actor's `steps`; `event`: taking part in an event of one of the step's `event_types`;
 * `declaration`: signing the declaration; `ambassador`: an ambassadorship; `initiative-in-call` and
 * `initiative-outside-call`: an initiative within or outside a call; `showcase`: a showcase
 * initiative; `badge`: showing the badge on the actor's own website.
 */
export const STEP_SOURCES = ['manual', 'event', 'declaration', 'ambassador', 'initiative-in-call', 'initiative-outside-call', 'showcase', 'badge'] as const;

/** One fact that puts an actor on a step. */
export type StepSourceName = (typeof STEP_SOURCES)[number];

/** The closed set of marks a badge level can carry, drawn in src/site/badge-marks.ts. */
export const BADGE_MARKS = ['circle', 'square', 'diamond', 'triangle', 'star', 'hexagon', 'tick'] as const;

/** One badge mark. */
export type BadgeMark = (typeof BADGE_MARKS)[number];

const hexColour = z.string().refine((value) => /^#[0-9a-fA-F]{6}$/.test(value), {
  message: 'is geen kleur in de vorm #RRGGBB.',
  params: { code: 'bad-colour', hint: 'Schrijf bijvoorbeeld "#1d4f91", tussen aanhalingstekens.' },
});

const step = z.strictObject({
  id: slugRef,
  /** The public name of the step, as a sentence. */
  label: text,
  /** A short name for tables and charts; `label` when absent. */
  short: text.optional(),
  from: z.array(z.enum(STEP_SOURCES)).min(1),
  /** With `from: [event]`: the event types (ids of taxonomies.yaml's `event_types`) whose participants reach this step. */
  event_types: z.array(slugRef).min(1).optional(),
});

const badgeLevel = z.strictObject({
  id: slugRef,
  label: text,
  /** The steps that give this level (any one of them); every step of the ladder when absent. */
  steps: z.array(slugRef).min(1).optional(),
  /**
   * The level holds only while what gave it still runs: a declaration not withdrawn, an
   * ambassadorship not ended. Otherwise it is shown as ended, with `ended`'s texts.
   */
  while_active: z.boolean().default(false),
  ended: z.strictObject({ label: text, line: text }).optional(),
  colour: hexColour,
  mark: z.enum(BADGE_MARKS),
});

/**
 * `content/ladder.yaml`: the programme's engagement ladder (steps lowest first, and what reaches
 * each) and the badge levels (highest first) with their look.
 */
export const ladderFileSchema = z.strictObject({
  steps: z.array(step).min(1),
  badges: z
    .strictObject({
      /** The programme's mark on every badge: a short name or initials, at most 4 characters. */
      mark: text.max(4).optional(),
      levels: z.array(badgeLevel).default([]),
    })
    .default({ levels: [] }),
});

/** The validated ladder file. */
export type LadderFile = z.output<typeof ladderFileSchema>;

/** One step of the ladder as written. */
export type LadderStep = LadderFile['steps'][number];

/** One badge level as written. */
export type BadgeLevel = LadderFile['badges']['levels'][number];

/** The ladder of a content folder without ladder.yaml: no steps, no badge levels. */
export const EMPTY_LADDER: LadderFile = { steps: [], badges: { levels: [] } };
