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
  /**
   * The texts of a level whose declaration or ambassadorship was not renewed or reported in time
   * under `badges.rules`: `label` on the badge ("Verklaring verlopen"), `line` before the date on
   * the page ("Verklaring verlopen sinds").
   */
  lapsed: z.strictObject({ label: text, line: text }).optional(),
  colour: hexColour,
  mark: z.enum(BADGE_MARKS),
});

/** A whole number of at least `min`, refused with a located Dutch problem and `hint` otherwise. */
function wholeNumber(min: number, hint: string) {
  return z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < min) {
      ctx.addIssue({
        code: 'custom',
        message: `${String(value).replace('.', ',')} kan niet: schrijf een geheel getal van minstens ${min}.`,
        params: { code: 'out-of-range', hint },
      });
    }
  });
}

/** How long a commitment holds without renewal, and how many days before its end it shows as due soon. */
const term = z
  .strictObject({
    /** The term in calendar months from signing (or the start of an ambassadorship) or the latest renewal. */
    months: wholeNumber(1, 'Schrijf het aantal maanden dat een engagement geldt zonder vernieuwing, bijvoorbeeld months: 24.'),
    /** The last days of the term in which the badge page says a renewal is due; 0 for none. */
    notice_days: wholeNumber(0, 'Schrijf het aantal dagen vóór het einde van de termijn, bijvoorbeeld notice_days: 60, of 0 voor geen.').default(0),
  })
  .superRefine((rule, ctx) => noticeWithin(rule.notice_days, rule.months, ctx));

/** The periodic progress report a commitment owes, with the grace after each deadline. */
const reports = z
  .strictObject({
    /** A report is due within this many calendar months of signing, the latest renewal or the previous report. */
    every_months: wholeNumber(1, 'Schrijf om de hoeveel maanden een voortgangsrapport verwacht wordt, bijvoorbeeld every_months: 12.'),
    /** Days after the due day in which a late report still keeps the badge standing; 0 for none. */
    grace_days: wholeNumber(0, 'Schrijf het aantal dagen uitstel na de vervaldag, bijvoorbeeld grace_days: 30, of 0 voor geen.').default(0),
    /** The last days before the due day in which the badge page says a report is due; 0 for none. */
    notice_days: wholeNumber(0, 'Schrijf het aantal dagen vóór de vervaldag, bijvoorbeeld notice_days: 30, of 0 voor geen.').default(0),
  })
  .superRefine((rule, ctx) => noticeWithin(rule.notice_days, rule.every_months, ctx));

/** A notice period must fit in the shortest period it warns about (28 days a month), or every day would be "due soon". */
function noticeWithin(noticeDays: number, months: number, ctx: z.RefinementCtx): void {
  if (Number.isInteger(noticeDays) && Number.isInteger(months) && months >= 1 && noticeDays >= months * 28) {
    ctx.addIssue({
      code: 'custom',
      path: ['notice_days'],
      message: `${noticeDays} dagen is even lang als de termijn van ${months === 1 ? '1 maand' : `${months} maanden`} of langer: het engagement zou altijd "te vernieuwen" zijn.`,
      params: { code: 'out-of-range', hint: `Schrijf een kortere periode, minder dan ${months * 28} dagen.` },
    });
  }
}

/** The renewal and reporting rule for one kind of commitment; either part, both or neither. */
const commitmentRule = z.strictObject({ term: term.optional(), reports: reports.optional() });

/**
 * The programme's published rules for keeping a badge standing, per kind of commitment: a signed
 * declaration and an ambassadorship. Absent: a commitment holds until it is withdrawn or ends.
 */
const commitmentRules = z.strictObject({ declaration: commitmentRule.optional(), ambassador: commitmentRule.optional() });

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
      /** How long declarations and ambassadorships hold without renewal, and the progress reports they owe. */
      rules: commitmentRules.default({}),
      levels: z.array(badgeLevel).default([]),
    })
    .default({ rules: {}, levels: [] }),
});

/** The validated ladder file. */
export type LadderFile = z.output<typeof ladderFileSchema>;

/** One step of the ladder as written. */
export type LadderStep = LadderFile['steps'][number];

/** One badge level as written. */
export type BadgeLevel = LadderFile['badges']['levels'][number];

/** The renewal and reporting rules of content/ladder.yaml, per kind of commitment. */
export type CommitmentRules = LadderFile['badges']['rules'];

/** The rule for one kind of commitment. */
export type CommitmentRule = NonNullable<CommitmentRules['declaration']>;

/** The ladder of a content folder without ladder.yaml: no steps, no badge levels. */
export const EMPTY_LADDER: LadderFile = { steps: [], badges: { rules: {}, levels: [] } };
