import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { computePlan } from '../../src/compute/plans.ts';
import { parseYaml } from '../../src/load/parse-yaml.ts';
import { checkTotals } from '../../src/model/check-plans.ts';
import { reportsFromIssues } from '../../src/problems/from-zod-issue.ts';
import { planSchema, type PlanGroupInput } from '../../src/schema/plan.ts';
import { fixtureDir, fixtureProblems, where } from '../model/prepare-fixture.ts';

/** The problems of one plan file of tests/fixtures/plans/invalid/. */
async function problemsOf(file: string) {
  const problems = await fixtureProblems('plans/invalid');
  return problems.filter((problem) => problem.file === `plans/${file}`);
}

/** A plan file of the fixtures, parsed as the loader parses it. */
async function planData(relative: string): Promise<unknown> {
  const file = path.join(fixtureDir('plans'), relative);
  const parsed = parseYaml(await readFile(file, 'utf8'), file, 1);
  assert.ok(parsed.ok);
  return parsed.data;
}

/** The problem codes of the plan schema for `data`. */
function codes(data: unknown): string[] {
  const result = planSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => String((issue as { params?: { code?: string } }).params?.code ?? issue.code));
}

/** The Dutch reports of the plan schema for `data`, as "code field", the way check prints them. */
function reported(data: unknown): string[] {
  const result = planSchema.safeParse(data);
  return result.success ? [] : reportsFromIssues(result.error.issues, data, planSchema).map((report) => `${report.code} ${report.path.join('.')}`);
}

test('an unknown field on an action is reported as unknown-field on its line, with the field it resembles', async () => {
  const [problem, ...rest] = await problemsOf('onbekend-veld.yaml');
  assert.equal(rest.length, 0);
  assert.deepEqual(where(problem!), { code: 'unknown-field', file: 'plans/onbekend-veld.yaml', line: 7, column: 9, field: 'groups.0.actions.0.indicatr' });
  assert.match(problem!.message, /bedoelde je "indicator"/);
});

test('a status outside the six is reported as unknown-value, listing the six', async () => {
  const [problem, ...rest] = await problemsOf('verkeerde-status.yaml');
  assert.equal(rest.length, 0);
  assert.deepEqual(where(problem!), { code: 'unknown-value', file: 'plans/verkeerde-status.yaml', line: 7, column: 17, field: 'groups.0.actions.0.status' });
  assert.match(problem!.message, /planned, running, done, done-ongoing, postponed, not-done/);
});

test('a mistake three groups deep is found on its own line, with a did-you-mean from the action fields', async () => {
  const problems = await problemsOf('geneste-fout.yaml');
  assert.deepEqual(
    problems.map((problem) => `${problem.line}:${problem.column} ${problem.code} ${problem.field}`),
    ['10:17 missing-field groups.0.groups.0.groups.0.actions.0.title', '10:17 unknown-field groups.0.groups.0.groups.0.actions.0.titel'],
  );
  assert.match(problems[1]!.message, /bedoelde je "title"/);
});

test('groups nest to any depth and keep their actions at every level', async () => {
  const result = planSchema.safeParse(await planData('content/plans/klein-plan.yaml'));
  assert.ok(result.success, JSON.stringify(result.error?.issues));
  const depth = (groups: PlanGroupInput[] | undefined): number => (groups?.length ? 1 + Math.max(...groups.map((group) => depth(group.groups))) : 0);
  assert.equal(depth(result.data.groups), 3);
  assert.deepEqual(result.data.groups[0]?.groups?.[0]?.groups?.[0]?.actions?.map((action) => action.title), ['Tekst schrijven', 'Drukken']);
});

test('seed 004 as it stands is a valid plan', async () => {
  assert.deepEqual(codes(await planData('content/plans/begroting-diversiteit-2018.yaml')), []);
});

test('seed 001 (a plan with KPI, owners, timing and one budget, without statuses) fits as well', async () => {
  const file = path.join(fixtureDir('plans'), 'schema/federaal-diversiteitsplan-2018.yaml');
  const text = await readFile(file, 'utf8');
  const parsed = parseYaml(text, file, 1);
  assert.ok(parsed.ok);
  const result = planSchema.safeParse(parsed.data);
  assert.ok(result.success, JSON.stringify(result.error?.issues));
  // Its strategic goal states the seed's budgets added up by hand: 3.000 + 1.000 + 7.500 + 2.000 + 2.000 + 2.000.
  assert.deepEqual(checkTotals({ file, data: parsed.data, yaml: { text, firstLine: 1 } }, result.data), []);
  const plan = computePlan({ slug: 'federaal', file, data: result.data }, { asOf: '2018-06-30', facts: { stepDates: new Map(), events: [], initiatives: [], ambassadors: [] } });
  assert.deepEqual(plan.budgetLines, [{ id: 'budget', label: 'Begroting' }]);
  assert.deepEqual(plan.summary.budget.map((line) => [line.planned, line.spent]), [[17_500, 0]]);
  assert.deepEqual(plan.actions[0]?.timing, ['2018-Q3', '2018-Q4']);
  assert.equal(plan.actions[0]?.owners.length, 8);
});

test('a money block names a budget line of the plan; a typo gets the line it resembles', async () => {
  const [problem, ...rest] = await problemsOf('onbekende-begrotingslijn.yaml');
  assert.equal(rest.length, 0);
  assert.deepEqual(where(problem!), { code: 'unknown-field', file: 'plans/onbekende-begrotingslijn.yaml', line: 12, column: 20, field: 'groups.0.actions.0.budget.regulir' });
  assert.match(problem!.message, /bedoelde je "regulier"/);
});

const PLAN = { title: 'P', period: { start: '2021-01-01', end: '2021-12-31' } };
const action = (extra: Record<string, unknown> = {}) => ({ title: 'A', status: 'done', ...extra });

test('with several budget lines an action must say which line its money is on', () => {
  const lines = { budget_lines: [{ id: 'regulier', label: 'Regulier' }, { id: 'tom', label: 'TOM' }] };
  assert.deepEqual(codes({ ...PLAN, ...lines, groups: [{ title: 'G', actions: [action({ budget: { planned: 5 } })] }] }), ['missing-field']);
  assert.deepEqual(codes({ ...PLAN, ...lines, groups: [{ title: 'G', actions: [action({ budget: { tom: { planned: 5 } } })] }] }), []);
  assert.deepEqual(codes({ ...PLAN, groups: [{ title: 'G', actions: [action({ budget: { planned: 5, spent: 2 } })] }] }), []);
});

test('a value is either counted by a measure or typed, not both', () => {
  assert.deepEqual(codes({ ...PLAN, groups: [{ title: 'G', actions: [action({ measure: { count: 'ambassadors' }, value: 3 })] }] }), ['bad-measure']);
  assert.deepEqual(codes({ ...PLAN, groups: [{ title: 'G', actions: [action({ measure: { count: 'actors' } })] }] }), ['missing-field']);
});

test('timing takes quarters, years and ranges, and refuses anything else', () => {
  const timing = (value: unknown) => codes({ ...PLAN, groups: [{ title: 'G', actions: [action({ timing: value })] }] });
  assert.deepEqual(timing(['Q1', 'Q2']), []);
  assert.deepEqual(timing('2018-Q3'), []);
  assert.deepEqual(timing('Q1-Q4'), []);
  assert.deepEqual(timing('2018-Q3 - 2019-Q2'), []);
  assert.deepEqual(timing('Q5'), ['wrong-type']);
  assert.deepEqual(timing('Q4-Q1'), ['end-before-start']);
});

test('a group needs actions or subgroups, and group and budget-line ids are unique', () => {
  assert.deepEqual(codes({ ...PLAN, groups: [{ title: 'Leeg' }] }), ['too-few']);
  assert.deepEqual(codes({ ...PLAN, groups: [{ id: 'a', title: 'G', actions: [action()] }, { id: 'a', title: 'H', actions: [action()] }] }), ['duplicate-id']);
  assert.deepEqual(
    codes({ ...PLAN, budget_lines: [{ id: 'x', label: 'X' }, { id: 'x', label: 'Y' }], groups: [{ title: 'G', actions: [action()] }] }),
    ['duplicate-id'],
  );
});

test('a period that ends before it starts is refused', () => {
  assert.deepEqual(codes({ ...PLAN, period: { start: '2021-02-01', end: '2021-01-01' }, groups: [{ title: 'G', actions: [action()] }] }), ['end-before-start']);
});

test('an amount may be a number, tbd, n.v.t., ~7500, {approx, note} or {see}; anything else is refused with what to write', () => {
  const planned = (value: unknown) => codes({ ...PLAN, groups: [{ id: 'g', title: 'G', actions: [action({ budget: { planned: value } })] }] });
  for (const accepted of [0, 7500.5, 'tbd', 'TBD', 'onbekend', 'n.v.t.', 'nvt', 'NA', '~7500', '~ 7500', { approx: 7500 }, { approx: 7500, note: 'aanvraag projectsubsidie' }, { see: 'g' }]) {
    assert.deepEqual(planned(accepted), [], JSON.stringify(accepted));
  }
  assert.deepEqual(planned(-1), ['out-of-range']);
  assert.deepEqual(planned('/'), ['wrong-type']);
  assert.deepEqual(planned('~7.500'), ['wrong-type']);
  const at = 'groups.0.actions.0.budget.planned';
  const report = (value: unknown) => reported({ ...PLAN, groups: [{ id: 'g', title: 'G', actions: [action({ budget: { planned: value } })] }] });
  assert.deepEqual(report({ approx: -5 }), [`out-of-range ${at}.approx`]);
  assert.deepEqual(report({ see: 'g', note: 'x' }), [`unknown-field ${at}.note`]);
});

test('a reference to an id that is not in the plan is refused at the see, with the id it resembles', async () => {
  const [problem, ...rest] = await problemsOf('zie-onbestaande-id.yaml');
  assert.equal(rest.length, 0);
  assert.deepEqual(where(problem!), { code: 'unknown-reference', file: 'plans/zie-onbestaande-id.yaml', line: 9, column: 66, field: 'groups.0.actions.1.budget.planned.see' });
  assert.equal(problem!.message, '"od-2" is geen id van een groep of actie in dit plan (bedoelde je "od-1"?).');
  assert.equal(problem!.hint, 'Ids in dit plan: od-1.');
});

test('an amount as the seed prints it ("~ 7.500 €") is refused on its line with the forms that work', async () => {
  const [problem, ...rest] = await problemsOf('geen-bedrag.yaml');
  assert.equal(rest.length, 0);
  assert.deepEqual(where(problem!), { code: 'wrong-type', file: 'plans/geen-bedrag.yaml', line: 7, column: 47, field: 'groups.0.actions.0.budget.planned' });
  assert.equal(problem!.message, '"~ 7.500 €" is geen bedrag.');
  assert.match(problem!.hint ?? '', /tbd als het bedrag nog niet bekend is, n\.v\.t\. als er geen bedrag is, ~7500 voor een bedrag bij benadering/);
});

test('an action refers to itself or shares an id with a group: both refused', () => {
  assert.deepEqual(codes({ ...PLAN, groups: [{ title: 'G', actions: [action({ id: 'a', budget: { planned: { see: 'a' } } })] }] }), ['unknown-reference']);
  assert.deepEqual(codes({ ...PLAN, groups: [{ id: 'a', title: 'G', actions: [action({ id: 'a' })] }] }), ['duplicate-id']);
});

test('an action takes a list of KPIs or the single indicator fields, not both; status may be left out', () => {
  const kpis = [{ label: 'minstens 2 Plat Divers', target: 2 }, { label: 'evaluatie' }];
  assert.deepEqual(codes({ ...PLAN, groups: [{ title: 'G', actions: [{ title: 'A', kpis }] }] }), []);
  assert.deepEqual(codes({ ...PLAN, groups: [{ title: 'G', actions: [{ title: 'A', kpis, target: 2 }] }] }), ['bad-measure']);
  assert.deepEqual(codes({ ...PLAN, groups: [{ title: 'G', actions: [{ title: 'A', kpis: [{ label: 'x', measure: { count: 'ambassadors' }, value: 1 }] }] }] }), ['bad-measure']);
  assert.deepEqual(reported({ ...PLAN, groups: [{ title: 'G', actions: [{ title: 'A', kpis: [] }] }] }), ['too-few groups.0.actions.0.kpis']);
});

test('owners are names, {name, role} with role lead or partner, or a list of both', () => {
  const owners = (value: unknown) => codes({ ...PLAN, groups: [{ title: 'G', actions: [action({ owners: value })] }] });
  assert.deepEqual(owners('Team A'), []);
  assert.deepEqual(owners({ name: 'Team A', role: 'lead' }), []);
  assert.deepEqual(owners([{ name: 'A', role: 'lead' }, { name: 'B', role: 'lead' }, 'C', { name: 'D', role: 'partner' }]), []);
  assert.deepEqual(
    reported({ ...PLAN, groups: [{ title: 'G', actions: [action({ owners: [{ name: 'A', role: 'trekker' }] })] }] }),
    ['unknown-value groups.0.actions.0.owners.0.role'],
  );
});
