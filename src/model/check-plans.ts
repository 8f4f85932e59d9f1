import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import { actionsUnder, amountOf, budgetLinesOf, isSingleLineBudget, summarizeInputs, type BudgetLine, type MoneySum, type PlanSummary } from '../compute/plans.ts';
import type { RawPlanFile } from '../load/source-file.ts';
import { fieldPath, type Problem } from '../problems/problem.ts';
import { planSchema, type BudgetAmounts, type PlanGroupInput, type PlanInput, type TotalsInput } from '../schema/plan.ts';
import { problemAt, validateWithSchema, type Validatable } from './validate-with-schema.ts';

/** A plan that passed its schema and its totals. */
export interface ValidPlan {
  slug: string;
  file: string;
  data: PlanInput;
}

/** A number the Flemish way (1.234,5), for messages. */
const formatNumber = (value: number, fractionDigits: number) => value.toLocaleString('nl-BE', { maximumFractionDigits: fractionDigits });

/** Fields of a plan that hold numbers, where "10.000" is a trap. */
const NUMBER_FIELDS = new Set(['planned', 'spent', 'approx', 'amount', 'internal', 'external', 'target', 'value', 'actions']);
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * Fixed pages under /monitoring/ that a plan at /monitoring/<slug>/ would overwrite
 * (tests/model/check-plans.test.ts keeps this list in step with the routes).
 */
export const RESERVED_PLAN_SLUGS = ['methode'];

/**
 * Validates every plan file: its schema, numbers written with a thousands separator, and the
 * totals its author expects against the sums of its actions.
 */
export function checkPlans(raws: readonly RawPlanFile[]): { plans: ValidPlan[]; problems: Problem[] } {
  const plans: ValidPlan[] = [];
  const problems: Problem[] = [];
  for (const raw of raws) {
    if (RESERVED_PLAN_SLUGS.includes(raw.slug)) {
      problems.push({
        code: 'bad-slug',
        file: raw.file,
        line: 1,
        column: 1,
        field: '',
        message: `Een plan kan niet ${raw.slug}.yaml heten: /monitoring/${raw.slug}/ is al een pagina van de site.`,
        hint: `Hernoem het bestand, bijvoorbeeld naar plan-${raw.slug}.yaml.`,
      });
      continue;
    }
    const separators = thousandsSeparators(raw);
    const taken = new Set(separators.map((problem) => `${problem.line}:${problem.column}`));
    problems.push(...separators);
    const result = validateWithSchema(planSchema, raw);
    if (!result.ok) {
      // The separator message says more than "must be a number" on the same spot.
      problems.push(...result.problems.filter((problem) => !taken.has(`${problem.line}:${problem.column}`)));
      continue;
    }
    const mismatches = checkTotals(raw, result.value);
    problems.push(...mismatches);
    if (separators.length === 0 && mismatches.length === 0) plans.push({ slug: raw.slug, file: raw.file, data: result.value });
  }
  return { plans, problems };
}

/**
 * Numbers such as `10.000` in a number field. YAML reads the point as a decimal point (10.000 is
 * ten) and `1.666.000` as text: in Flanders both are meant as thousands.
 */
export function thousandsSeparators(source: Validatable): Problem[] {
  const problems: Problem[] = [];
  const counter = new LineCounter();
  const document = parseDocument(source.yaml.text, { lineCounter: counter, uniqueKeys: false });
  visit(document, {
    Pair(_key, pair, ancestors) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      const value = pair.value as Scalar;
      if (value.type !== 'PLAIN' || !NUMBER_FIELDS.has(String(pair.key.value))) return;
      const written = String(value.source ?? value.value);
      if (!THOUSANDS.test(written)) return;
      const segments = ancestors.flatMap((node, index) => {
        if (isPair(node) && isScalar(node.key)) return [String(node.key.value)];
        if (isSeq(node)) return [String((node.items as unknown[]).indexOf(ancestors[index + 1] ?? pair))];
        return [];
      });
      const position = counter.linePos(value.range?.[0] ?? 0);
      const digits = written.replaceAll('.', '');
      problems.push({
        code: 'wrong-type',
        file: source.file,
        line: source.yaml.firstLine + position.line - 1,
        column: position.col,
        field: fieldPath([...segments, String(pair.key.value)]),
        message:
          typeof value.value === 'number'
            ? `"${written}" leest YAML als ${formatNumber(value.value, 3)}: een punt is hier een decimaalteken, geen scheiding van duizendtallen.`
            : `"${written}" is voor YAML tekst, geen getal: punten tussen duizendtallen kent YAML niet.`,
        hint: `Schrijf ${digits}, zonder punten.`,
      });
    },
  });
  return problems;
}

/**
 * Every `totals` block of the plan (top level and any group) compared with the sums of its actions.
 * A written total that is a number or approximate is compared with the known amounts of the
 * actions (unknown ones are left out of the sum, as on the page); a total written as unknown, not
 * applicable or a reference is not compared.
 */
export function checkTotals(source: Validatable, plan: PlanInput): Problem[] {
  const lines = budgetLinesOf(plan);
  const problems: Problem[] = [];
  const compare = (totals: TotalsInput | undefined, computed: PlanSummary, at: PropertyKey[]) => {
    if (!totals) return;
    const differs = (written: number | undefined, sum: number, path: PropertyKey[], what: string, money: boolean) => {
      if (written === undefined || Math.abs(written - sum) < 0.005) return;
      const shown = (value: number) => (money ? `€ ${formatNumber(value, 2)}` : formatNumber(value, 2));
      problems.push(
        problemAt(source, [...at, ...path], {
          code: 'totals-mismatch',
          message: `klopt niet: ${what} is samen ${shown(sum)}, hier staat ${shown(written)}.`,
          hint: `Schrijf ${String(sum)}, of verbeter ${path[0] === 'actions' ? 'de lijst van acties' : 'de cijfers bij de acties'} als het totaal juist is.`,
        }),
      );
    };
    differs(totals.actions, computed.actions, ['actions'], 'het aantal acties', false);
    differs(totals.days?.internal, computed.days.internal, ['days', 'internal'], 'het aantal interne mandagen van de acties', false);
    differs(totals.days?.external, computed.days.external, ['days', 'external'], 'het aantal externe mandagen van de acties', false);
    if (totals.budget) {
      const single = isSingleLineBudget(totals.budget);
      for (const line of lines) {
        const written: BudgetAmounts | undefined = single
          ? line === lines[0]
            ? (totals.budget as BudgetAmounts)
            : undefined
          : (totals.budget as Record<string, BudgetAmounts>)[line.id];
        if (!written) continue;
        const sum = computed.budget.find((total) => total.line === line.id);
        if (!sum) continue;
        const prefix = single ? ['budget'] : ['budget', line.id];
        const name = lineName(line, lines);
        const total = (amount: typeof written.planned) => {
          const read = amountOf(amount);
          return read?.kind === 'exact' || read?.kind === 'approx' ? read.value : undefined;
        };
        const left = (money: MoneySum) => (money.unknown === 0 ? '' : ` zonder ${money.unknown === 1 ? 'het onbekende bedrag' : `de ${money.unknown} onbekende bedragen`}`);
        differs(total(written.planned), sum.planned, [...prefix, 'planned'], `het voorziene bedrag${name} van de acties${left(sum.plannedSum)}`, true);
        differs(total(written.spent), sum.spent, [...prefix, 'spent'], `de uitgave${name} van de acties${left(sum.spentSum)}`, true);
      }
    }
  };
  compare(plan.totals, summarizeInputs(plan.groups.flatMap(actionsUnder), lines), ['totals']);
  const walk = (groups: readonly PlanGroupInput[], path: PropertyKey[]) => {
    groups.forEach((group, index) => {
      compare(group.totals, summarizeInputs(actionsUnder(group), lines), [...path, index, 'totals']);
      if (group.groups) walk(group.groups, [...path, index, 'groups']);
    });
  };
  walk(plan.groups, ['groups']);
  return problems;
}

const lineName = (line: BudgetLine, lines: readonly BudgetLine[]) => (lines.length > 1 ? ` (${line.label})` : '');
