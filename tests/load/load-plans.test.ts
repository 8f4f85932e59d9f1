import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../src/load/load-content.ts';
import { fixtureDir, relativeFile, where } from '../model/prepare-fixture.ts';

test('plans are read from content/plans/*.yaml, sorted by file name, the slug being the file name', async () => {
  const loaded = await loadContent(fixtureDir('plans/content'));
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(loaded.plans.map((plan) => [plan.slug, relativeFile('plans/content', plan.file), plan.yaml.firstLine]), [
    ['begroting-diversiteit-2018', 'plans/begroting-diversiteit-2018.yaml', 1],
    ['klein-plan', 'plans/klein-plan.yaml', 1],
  ]);
  assert.equal((loaded.plans[1]?.data as { title?: string }).title, 'Klein actieplan 2021');
});

test('a file that is not YAML in the plans folder is reported as not-yaml and not read', async () => {
  const loaded = await loadContent(fixtureDir('plans/invalid'));
  const problems = loaded.problems.map((problem) => ({ ...problem, file: relativeFile('plans/invalid', problem.file) }));
  assert.deepEqual(problems.map(where), [{ code: 'not-yaml', file: 'plans/notities.txt', line: 1, column: 1, field: '' }]);
  assert.ok(!loaded.plans.some((plan) => plan.file.endsWith('.txt')));
});

test('a content folder without plans has none', async () => {
  const loaded = await loadContent(fixtureDir('minimal'));
  assert.deepEqual(loaded.plans, []);
});
