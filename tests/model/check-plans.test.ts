import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { RESERVED_PLAN_SLUGS } from '../../src/model/check-plans.ts';
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
    ['9:20 wrong-type groups.0.actions.0.budget.planned', '10:18 wrong-type groups.0.actions.0.budget.spent'],
  );
  assert.match(problems[0]!.message, /leest YAML als 10:/);
  assert.equal(problems[0]!.hint, 'Schrijf 10000, zonder punten.');
  assert.match(problems[1]!.message, /tekst, geen getal/);
  assert.equal(problems[1]!.hint, 'Schrijf 1666000, zonder punten.');
});

test('a plan cannot take the name of a fixed page under /monitoring/', async () => {
  const [problem, ...rest] = await problemsOf('methode.yaml');
  assert.equal(rest.length, 0);
  assert.deepEqual(where(problem!), { code: 'bad-slug', file: 'plans/methode.yaml', line: 1, column: 1, field: '' });
});

test('every fixed page directly under /monitoring/ is a reserved plan name', () => {
  const fixed = (Object.values(routes) as unknown[])
    .filter((route): route is string => typeof route === 'string')
    .map((route) => /^\/monitoring\/([^/]+)\/$/.exec(route)?.[1])
    .filter((segment): segment is string => segment !== undefined);
  for (const segment of fixed) assert.ok(RESERVED_PLAN_SLUGS.includes(segment), `/monitoring/${segment}/ is not reserved`);
  assert.equal(routes.plan('operationeel-plan-2018'), '/monitoring/operationeel-plan-2018/');
});
