import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { checkPlans, RESERVED_PLAN_SLUGS } from '../../src/model/check-plans.ts';
import { loadContent } from '../../src/load/load-content.ts';
import { routes } from '../../src/site/routes.ts';
import { fixtureDir, fixtureProblems, where } from './prepare-fixture.ts';

/** The problems of one plan file of tests/fixtures/plans/invalid/. */
async function problemsOf(file: string) {
  const problems = await fixtureProblems('plans/invalid');
  return problems.filter((problem) => problem.file === `plans/${file}`);
}

test('a totals figure that differs from the sum of the actions fails prepareSite with totals-mismatch on that line', async () => {
  const result = await prepareSite({ contentDir: fixtureDir('plans/invalid') });
  assert.equal(result.ok, false);
  const [problem, ...rest] = await problemsOf('totalen-kloppen-niet.yaml');
  assert.equal(rest.length, 0, 'the actions count and the planned amount are right: only spent is wrong');
  assert.deepEqual(where(problem!), { code: 'totals-mismatch', file: 'plans/totalen-kloppen-niet.yaml', line: 12, column: 12, field: 'totals.budget.spent' });
  assert.match(problem!.message, /samen € 500, hier staat € 600/);
  assert.match(problem!.hint ?? '', /^Schrijf 500,/);
});

test('the seed 004 fixture, whose totals are the seed TOTAAL line, passes the totals check', async () => {
  const problems = await fixtureProblems('plans/content');
  assert.deepEqual(problems, []);
});

test('a group may state its own totals, and they are checked too', async () => {
  const [problem, ...rest] = await problemsOf('groepstotaal.yaml');
  assert.equal(rest.length, 0, 'the internal days (2 + 1.5) are right');
  assert.deepEqual(where(problem!), { code: 'totals-mismatch', file: 'plans/groepstotaal.yaml', line: 11, column: 43, field: 'groups.0.groups.0.totals.days.external' });
  assert.match(problem!.message, /externe mandagen van de acties is samen 1, hier staat 2/);
});

test('an amount written with a point between thousands is refused, saying what YAML read and what to write', async () => {
  const problems = await problemsOf('duizendtallen.yaml');
  assert.deepEqual(
    problems.map((problem) => `${problem.line}:${problem.column} ${problem.code} ${problem.field}`),
    ['9:20 wrong-type groups.0.actions.0.budget.planned', '10:18 wrong-type groups.0.actions.0.budget.spent', '16:20 wrong-type groups.0.actions.1.budget.planned'],
  );
  // A quoted "10.000" is text the author chose: it is no amount, but not read as a separator either;
  // and 1.000.000 in a description is just text.
  assert.equal(problems[2]!.message, '"10.000" is geen bedrag.');
  assert.match(problems[0]!.message, /leest YAML als 10:/);
  assert.equal(problems[0]!.hint, 'Schrijf 10000, zonder punten.');
  assert.match(problems[1]!.message, /tekst, geen getal/);
  assert.equal(problems[1]!.hint, 'Schrijf 1666000, zonder punten.');
});

test('a plan cannot take the name of a fixed page under /monitoring/', async () => {
  const [problem, ...rest] = await problemsOf('methode.yaml');
  assert.equal(rest.length, 0);
  assert.deepEqual(where(problem!), { code: 'bad-slug', file: 'plans/methode.yaml', line: 1, column: 1, field: '' });
  assert.equal(problem!.message, 'Een plan kan niet methode.yaml heten: /monitoring/methode/ is al een pagina van de site.');
  assert.equal(problem!.hint, 'Hernoem het bestand, bijvoorbeeld naar plan-methode.yaml.');
});

test('a plan with a thousands separator or a wrong total is not handed on as valid; a plan without either is', async () => {
  // plans/invalid holds one error per plan file; plans/imprecise one plan whose totals hold.
  const invalid = await loadContent(fixtureDir('plans/invalid'));
  assert.deepEqual(checkPlans(invalid.plans).plans, []);
  const imprecise = await loadContent(fixtureDir('plans/imprecise'));
  assert.deepEqual(checkPlans(imprecise.plans).plans.map((plan) => plan.slug), imprecise.plans.map((plan) => plan.slug));
  assert.equal(imprecise.plans.length, 1);
});

test('every fixed page directly under /monitoring/ is a reserved plan name', () => {
  const fixed = (Object.values(routes) as unknown[])
    .filter((route): route is string => typeof route === 'string')
    .map((route) => /^\/monitoring\/([^/]+)\/$/.exec(route)?.[1])
    .filter((segment): segment is string => segment !== undefined);
  for (const segment of fixed) assert.ok(RESERVED_PLAN_SLUGS.includes(segment), `/monitoring/${segment}/ is not reserved`);
  assert.equal(routes.plan('operationeel-plan-2018'), '/monitoring/operationeel-plan-2018/');
});

test('every wrong total is reported with what it should be, per budget line by name, and half a cent is no difference', async () => {
  // tests/fixtures/boundaries/plan-totals: twee-lijnen.yaml has every total wrong by one; een-lijn.yaml one budget line;
  // lijnen-deels.yaml group totals for one of two lines (they hold) and internal days off by exactly 0.005.
  const mismatch = (file: string, line: number, column: number, field: string, message: string, hint: string) => ({ code: 'totals-mismatch', file: `plans/${file}`, line, column, field, message: `klopt niet: ${message}`, hint });
  const fix = (sum: string) => `Schrijf ${sum}, of verbeter de cijfers bij de acties als het totaal juist is.`;
  assert.deepEqual(await fixtureProblems('boundaries/plan-totals'), [
    mismatch('een-lijn.yaml', 10, 38, 'totals.budget.spent', 'de uitgave van de acties is samen € 0,2, hier staat € 0,21.', fix('0.2')),
    mismatch('lijnen-deels.yaml', 17, 20, 'totals.days.internal', 'het aantal interne mandagen van de acties is samen 0, hier staat 0,01.', fix('0')),
    mismatch('twee-lijnen.yaml', 13, 12, 'totals.actions', 'het aantal acties is samen 2, hier staat 3.', 'Schrijf 2, of verbeter de lijst van acties als het totaal juist is.'),
    mismatch('twee-lijnen.yaml', 14, 20, 'totals.days.internal', 'het aantal interne mandagen van de acties is samen 1, hier staat 2.', fix('1')),
    mismatch('twee-lijnen.yaml', 14, 33, 'totals.days.external', 'het aantal externe mandagen van de acties is samen 2, hier staat 3.', fix('2')),
    mismatch('twee-lijnen.yaml', 16, 25, 'totals.budget.regulier.planned', 'het voorziene bedrag (Regulier) van de acties is samen € 100, hier staat € 101.', fix('100')),
    mismatch('twee-lijnen.yaml', 16, 37, 'totals.budget.regulier.spent', 'de uitgave (Regulier) van de acties is samen € 50, hier staat € 51.', fix('50')),
    mismatch('twee-lijnen.yaml', 17, 22, 'totals.budget.extra.planned', 'het voorziene bedrag (Extra) van de acties is samen € 10, hier staat € 11.', fix('10')),
    mismatch('twee-lijnen.yaml', 17, 33, 'totals.budget.extra.spent', 'de uitgave (Extra) van de acties is samen € 5, hier staat € 6.', fix('5')),
  ]);
});

test('totals leave unknown amounts out and take an approximate one at its value: the imprecise plan passes', async () => {
  // Group: 3000 + ~7500 + 0 = 10500; plan: 10500 + ~500 = 11000, with two tbd left out.
  assert.deepEqual(await fixtureProblems('plans/imprecise'), []);
});

test('a total one cent above the known amounts fails, and says the unknown amount was left out', async () => {
  const [problem, ...rest] = await problemsOf('totaal-met-onbekend.yaml');
  assert.equal(rest.length, 0);
  assert.deepEqual(where(problem!), { code: 'totals-mismatch', file: 'plans/totaal-met-onbekend.yaml', line: 10, column: 21, field: 'totals.budget.planned' });
  assert.equal(problem!.message, 'klopt niet: het voorziene bedrag van de acties zonder het onbekende bedrag is samen € 100, hier staat € 100,01.');
});
