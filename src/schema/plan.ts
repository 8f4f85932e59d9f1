import { z } from 'zod';
import { didYouMean } from '../problems/suggest.ts';
import { isoDate, slugRef, text } from './fields.ts';
import { measureSchema } from './measure.ts';
import { amountSchema, readAmount, type AmountInput } from './plan-amount.ts';

/**
 * How far an action of a plan has come, as the seeds report it: gepland, lopend, uitgevoerd,
 * uitgevoerd en lopend, uitgesteld, niet uitgevoerd. In this order on every page and export.
 */
export const PLAN_STATUSES = ['planned', 'running', 'done', 'done-ongoing', 'postponed', 'not-done'] as const;

/** One status of a plan action. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const planStatus = z.enum(PLAN_STATUSES);

/** The budget line a plan has when it names none: one column called "budget". */
export const DEFAULT_BUDGET_LINE = { id: 'budget', label: 'Begroting' } as const;

/** Keys of the single-line budget form; a budget line cannot take these ids. */
const AMOUNT_KEYS = ['planned', 'spent'] as const;

/**
 * A quarter, `Q1`..`Q4` (in the year the plan starts) or `2018-Q3`, or a range of two of them
 * (`Q1-Q4`, `2018-Q3-2019-Q2`), as seed 001 writes its timing.
 */
export const QUARTER_PATTERN = /^(?:(\d{4})-)?Q([1-4])(?:\s*[-–]\s*(?:(\d{4})-)?Q([1-4]))?$/;

const quarterSpec = z.string().superRefine((value, ctx) => {
  const match = QUARTER_PATTERN.exec(value.trim());
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is geen kwartaal.`,
      params: { code: 'wrong-type', hint: 'Schrijf Q1, Q2, Q3 of Q4, met een jaar als 2018-Q3, of een reeks als Q1-Q4.' },
    });
    return;
  }
  const from = Number(match[1] ?? 0) * 4 + Number(match[2]);
  const to = match[4] ? Number(match[3] ?? match[1] ?? 0) * 4 + Number(match[4]) : from;
  if (to < from) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" eindigt vóór het begint.`,
      params: { code: 'end-before-start', hint: 'Zet het vroegste kwartaal eerst, bijvoorbeeld Q1-Q4.' },
    });
  }
});

const money = z.number().min(0);
const personDays = z.number().min(0);

/** Money planned and spent, as the source gives it (see plan-amount.ts); either may be missing. */
export const budgetAmountsSchema = z.strictObject({ planned: amountSchema.optional(), spent: amountSchema.optional() });

/** Planned and spent money of one budget line, as written. */
export interface BudgetAmounts {
  planned?: AmountInput | undefined;
  spent?: AmountInput | undefined;
}

/**
 * An action's (or a total's) money: `{planned, spent}` when the plan has one budget line, or one
 * such block per budget line id (`{regular: {planned, spent}, tom: {…}}`).
 */
export const budgetSchema = z.union([budgetAmountsSchema, z.record(slugRef, budgetAmountsSchema)]);

/** A budget as written, in either form. */
export type BudgetInput = z.output<typeof budgetSchema>;

/** Person-days, internal and external staff. */
export const daysSchema = z.strictObject({ internal: personDays.optional(), external: personDays.optional() });

/** What the author expects the computed sums of a plan or group to be; the build fails when they differ. */
export const totalsSchema = z.strictObject({
  actions: z.number().int().min(0).optional(),
  budget: budgetSchema.optional(),
  days: daysSchema.optional(),
});

/** Expected totals as written. */
export type TotalsInput = z.output<typeof totalsSchema>;

/** The part an owner plays in an action: who leads it (seed 001 underlines them) and who works with them. */
export const OWNER_ROLES = ['lead', 'partner'] as const;

/** One owner's role. */
export type OwnerRole = (typeof OWNER_ROLES)[number];

/** An owner: a name, or `{name, role}` when the source says who leads. */
// The block comes first: of equally close branches the first is reported, and a wrong role says more than "not text".
const owner = z.union([z.strictObject({ name: text, role: z.enum(OWNER_ROLES) }), text]);

/** Who does an action: one owner or a list. */
const ownersSchema = z.union([z.array(owner).min(1), owner]);

/** Owners as written. */
export type OwnersInput = z.output<typeof ownersSchema>;

/** A refinement: `measure` and `value` exclude each other (the measure computes the value). */
function measureOrValue(item: { measure?: unknown; value?: unknown }, ctx: z.RefinementCtx) {
  if (item.measure !== undefined && item.value !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: 'staat naast measure: de waarde wordt dan al berekend.',
      params: { code: 'bad-measure', hint: 'Houd measure (berekend uit de site) of value (met de hand), niet allebei.' },
    });
  }
}

/** One KPI of an action (seed 001 gives a project 1 to 6): its words, and optionally a target and a value or measure. */
export const kpiSchema = z
  .strictObject({
    label: text,
    target: z.number().min(0).optional(),
    measure: measureSchema.optional(),
    value: z.number().optional(),
  })
  .superRefine(measureOrValue);

/** A KPI as written. */
export type KpiInput = z.output<typeof kpiSchema>;

/** The single-KPI fields of an action, which `kpis` replaces. */
const SINGLE_KPI_FIELDS = ['indicator', 'target', 'measure', 'value'] as const;

/** One action of a plan: what is done, what it delivers, how it is measured, who does it, at what cost, how far it is. */
export const planActionSchema = z
  .strictObject({
    id: slugRef.optional(),
    title: text,
    description: text.optional(),
    output: text.optional(),
    indicator: text.optional(),
    target: z.number().min(0).optional(),
    measure: measureSchema.optional(),
    value: z.number().optional(),
    kpis: z.array(kpiSchema).min(1).optional(),
    days: daysSchema.optional(),
    timing: z.union([quarterSpec, z.array(quarterSpec).min(1)]).optional(),
    owners: ownersSchema.optional(),
    budget: budgetSchema.optional(),
    status: planStatus.optional(),
    status_note: text.optional(),
  })
  .superRefine((action, ctx) => {
    measureOrValue(action, ctx);
    if (action.kpis === undefined) return;
    for (const field of SINGLE_KPI_FIELDS) {
      if (action[field] === undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: 'staat naast kpis: een actie met een lijst KPI\'s zet alles in die lijst.',
        params: { code: 'bad-measure', hint: `Zet ${field} bij een KPI onder kpis:, bijvoorbeeld kpis: [{label: …, target: 2}].` },
      });
    }
  });

/** A validated action as written. */
export type PlanActionInput = z.output<typeof planActionSchema>;

/** A group of a plan (luik, strategic goal, priority, …) with its actions and subgroups, to any depth. */
export interface PlanGroupInput {
  id?: string | undefined;
  title: string;
  /** The source's own mark ("SD 1", "OD 2"), shown instead of the computed outline number. */
  mark?: string | undefined;
  description?: string | undefined;
  groups?: PlanGroupInput[] | undefined;
  actions?: PlanActionInput[] | undefined;
  totals?: TotalsInput | undefined;
}

/** A group: recursive through `groups`, so z.lazy. */
export const planGroupSchema: z.ZodType<PlanGroupInput> = z.lazy(() =>
  z
    .strictObject({
      id: slugRef.optional(),
      title: text,
      mark: text.optional(),
      description: text.optional(),
      groups: z.array(planGroupSchema).optional(),
      actions: z.array(planActionSchema).optional(),
      totals: totalsSchema.optional(),
    })
    .superRefine((group, ctx) => {
      if (!group.groups?.length && !group.actions?.length) {
        ctx.addIssue({
          code: 'custom',
          message: 'heeft geen acties en geen subgroepen.',
          params: { code: 'too-few', hint: 'Voeg actions: (of groups:) toe, of verwijder de groep.' },
        });
      }
    }),
);

const keyFigureItem = z.strictObject({ label: text, amount: money });

/** A financial key figure (seed 000's "financiële kerncijfers"): an amount, or a list of amounts that add up. */
export const keyFigureSchema = z
  .strictObject({ label: text, amount: money.optional(), items: z.array(keyFigureItem).min(1).optional() })
  .superRefine((figure, ctx) => {
    if (figure.amount === undefined && figure.items === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: 'ontbreekt: een kerncijfer heeft een bedrag of een lijst items met bedragen.',
        params: { code: 'missing-field', hint: 'Voeg amount: toe (in euro, zonder punt: 170000), of items: met {label, amount}.' },
      });
    }
  });

/** `content/plans/<id>.yaml`: an action plan, its groups and actions, and the totals its author expects. */
export const planSchema = z
  .strictObject({
    title: text,
    description: text.optional(),
    period: z.strictObject({ start: isoDate, end: isoDate }),
    as_of: isoDate.optional(),
    budget_lines: z.array(z.strictObject({ id: slugRef, label: text })).min(1).optional(),
    key_figures: z.array(keyFigureSchema).min(1).optional(),
    groups: z.array(planGroupSchema).min(1),
    totals: totalsSchema.optional(),
  })
  .superRefine((plan, ctx) => {
    if (plan.period.end < plan.period.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'end'],
        message: `ligt vóór het begin van de periode (${plan.period.start}).`,
        params: { code: 'end-before-start', hint: 'Het einde van de periode moet op of na het begin liggen.' },
      });
    }
    const lines = plan.budget_lines ?? [DEFAULT_BUDGET_LINE];
    const lineIds = lines.map((line) => line.id);
    const seenLines = new Set<string>();
    (plan.budget_lines ?? []).forEach((line, index) => {
      if ((AMOUNT_KEYS as readonly string[]).includes(line.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['budget_lines', index, 'id'],
          message: `"${line.id}" kan geen naam van een begrotingslijn zijn: het is een veld van een bedrag.`,
          params: { code: 'unknown-value', hint: 'Kies een andere id, bijvoorbeeld regulier of werking.' },
        });
      } else if (seenLines.has(line.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['budget_lines', index, 'id'],
          message: `"${line.id}" staat twee keer bij de begrotingslijnen.`,
          params: { code: 'duplicate-id', hint: 'Geef elke begrotingslijn een eigen id.' },
        });
      }
      seenLines.add(line.id);
    });

    const checkBudget = (budget: BudgetInput | undefined, path: PropertyKey[]) => {
      if (budget === undefined) return;
      const keys = Object.keys(budget);
      const singleForm = keys.every((key) => (AMOUNT_KEYS as readonly string[]).includes(key));
      if (singleForm) {
        if (keys.length > 0 && lines.length > 1) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `zegt niet bij welke begrotingslijn de bedragen horen; dit plan heeft er ${lines.length} (${lineIds.join(', ')}).`,
            params: { code: 'missing-field', hint: `Schrijf bijvoorbeeld budget: {${lineIds[0]}: {planned: 1000, spent: 800}}.` },
          });
        }
        return;
      }
      for (const key of keys) {
        if (lineIds.includes(key)) continue;
        ctx.addIssue({
          code: 'custom',
          path: [...path, key],
          message: `"${key}" is geen begrotingslijn van dit plan${didYouMean(key, [...lineIds, ...AMOUNT_KEYS])}.`,
          params: {
            code: 'unknown-field',
            hint: plan.budget_lines
              ? `De begrotingslijnen staan bovenaan onder budget_lines: ${lineIds.join(', ')}.`
              : 'Schrijf budget: {planned: …, spent: …}, of noem de lijnen eerst bovenaan onder budget_lines.',
          },
        });
      }
    };

    // Groups and actions share one set of ids: `{see: id}` may point at either.
    const ids = new Map<string, 'groep' | 'actie'>();
    const claim = (id: string | undefined, what: 'groep' | 'actie', path: PropertyKey[]) => {
      if (id === undefined) return;
      const owner = ids.get(id);
      if (owner) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `"${id}" is al de id van een andere ${owner} in dit plan.`,
          params: { code: 'duplicate-id', hint: `Geef elke groep en actie een eigen id, of laat id weg.` },
        });
      } else ids.set(id, what);
    };
    const budgets: { budget: BudgetInput | undefined; path: PropertyKey[]; own?: string }[] = [];
    const walk = (groups: PlanGroupInput[], path: PropertyKey[]) => {
      groups.forEach((group, index) => {
        const here = [...path, index];
        claim(group.id, 'groep', [...here, 'id']);
        checkBudget(group.totals?.budget, [...here, 'totals', 'budget']);
        budgets.push({ budget: group.totals?.budget, path: [...here, 'totals', 'budget'] });
        group.actions?.forEach((action, actionIndex) => {
          const at = [...here, 'actions', actionIndex];
          claim(action.id, 'actie', [...at, 'id']);
          checkBudget(action.budget, [...at, 'budget']);
          budgets.push({ budget: action.budget, path: [...at, 'budget'], ...(action.id ? { own: action.id } : {}) });
        });
        if (group.groups) walk(group.groups, [...here, 'groups']);
      });
    };
    walk(plan.groups, ['groups']);
    checkBudget(plan.totals?.budget, ['totals', 'budget']);
    budgets.push({ budget: plan.totals?.budget, path: ['totals', 'budget'] });
    for (const { budget, path, own } of budgets) {
      for (const { amount, at } of amountsOf(budget, path)) {
        const read = readAmount(amount);
        if (!('kind' in read) || read.kind !== 'see') continue;
        if (read.ref === own) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'see'],
            message: `verwijst naar de actie zelf ("${read.ref}").`,
            params: { code: 'unknown-reference', hint: 'Verwijs naar de id van de actie of groep waar het bedrag wel staat.' },
          });
        } else if (!ids.has(read.ref)) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'see'],
            message: `"${read.ref}" is geen id van een groep of actie in dit plan${didYouMean(read.ref, ids.keys())}.`,
            params: {
              code: 'unknown-reference',
              hint: ids.size ? `Ids in dit plan: ${[...ids.keys()].join(', ')}.` : 'Geef de groep of actie waar het bedrag staat eerst een id: (bijvoorbeeld id: od-1).',
            },
          });
        }
      }
    }
  });

/** Every planned and spent amount of a budget in either form, with its path. */
function amountsOf(budget: BudgetInput | undefined, path: PropertyKey[]): { amount: AmountInput; at: PropertyKey[] }[] {
  if (!budget) return [];
  const blocks: [BudgetAmounts, PropertyKey[]][] = Object.keys(budget).every((key) => (AMOUNT_KEYS as readonly string[]).includes(key))
    ? [[budget as BudgetAmounts, path]]
    : Object.entries(budget as Record<string, BudgetAmounts>).map(([line, amounts]) => [amounts, [...path, line]]);
  return blocks.flatMap(([amounts, at]) =>
    AMOUNT_KEYS.flatMap((key) => (amounts[key] === undefined ? [] : [{ amount: amounts[key] as AmountInput, at: [...at, key] }])),
  );
}

/** A validated plan as written. */
export type PlanInput = z.output<typeof planSchema>;
