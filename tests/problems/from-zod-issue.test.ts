import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownKeysAt, reportsFromIssues } from '../../src/problems/from-zod-issue.ts';
import { actorSchema } from '../../src/schema/actor.ts';
import { eventSchema } from '../../src/schema/event.ts';
import { onlyProblem, where } from '../model/prepare-fixture.ts';

/** The Dutch reports for data validated against the actor schema. */
function actorReports(data: Record<string, unknown>) {
  const result = actorSchema.safeParse(data);
  assert.equal(result.success, false, 'expected the data to fail');
  return reportsFromIssues(result.error?.issues ?? [], data, actorSchema);
}

test('an unknown field is reported on its key with a did-you-mean for the field meant', async () => {
  const problem = await onlyProblem('unknown-field');
  assert.deepEqual(where(problem), { code: 'unknown-field', file: 'actors/tikfout.md', line: 4, column: 1, field: 'websit' });
  assert.match(problem.message, /bedoelde je "website"\?/);
  assert.match(problem.hint ?? '', /website/);
});

test('a value of the wrong type is reported on the value with what it is and what it should be', async () => {
  const problem = await onlyProblem('wrong-type');
  assert.deepEqual(where(problem), { code: 'wrong-type', file: 'actors/verkeerd-type.md', line: 4, column: 9, field: 'public' });
  assert.match(problem.message, /true of false/);
  assert.match(problem.message, /"ja"/);
});

test('an unknown field nested in a block suggests from that block\'s fields', () => {
  const reports = actorReports({ name: 'x', sector: 'cultuur', declaration: { signd: '2021-01-01' } });
  const unknown = reports.find((report) => report.code === 'unknown-field');
  assert.deepEqual(unknown?.path, ['declaration', 'signd']);
  assert.match(unknown?.message ?? '', /bedoelde je "signed"\?/);
  assert.equal(unknown?.atKey, true);
});

test('an unknown field in a list item suggests from the item\'s fields', () => {
  const reports = actorReports({ name: 'x', sector: 'cultuur', steps: [{ step: 'contact', dat: '2021-01-01' }] });
  const unknown = reports.find((report) => report.code === 'unknown-field');
  assert.deepEqual(unknown?.path, ['steps', 0, 'dat']);
  assert.match(unknown?.message ?? '', /bedoelde je "date"\?/);
});

test('a missing required field is missing-field, pointed at by its key', () => {
  const reports = actorReports({ name: 'x' });
  assert.deepEqual(reports.map((report) => [report.code, report.path.join('.'), report.atKey]), [['missing-field', 'sector', true]]);
});

test('a value outside a closed list names the allowed values and the closest one', () => {
  const data = { title: 'x', type: 'worksop', date: '2021-01-01' };
  const result = eventSchema.safeParse(data);
  const reports = reportsFromIssues(result.error?.issues ?? [], data, eventSchema);
  assert.equal(reports[0]?.code, 'unknown-value');
  assert.match(reports[0]?.message ?? '', /Kies uit: gathering, workshop/);
  assert.match(reports[0]?.message ?? '', /bedoelde je "workshop"\?/);
});

test('a number where text belongs is a wrong type with a hint to use quotes', () => {
  const reports = actorReports({ name: 2021, sector: 'cultuur' });
  assert.equal(reports[0]?.code, 'wrong-type');
  assert.match(reports[0]?.message ?? '', /het getal 2021/);
  assert.match(reports[0]?.hint ?? '', /aanhalingstekens/);
});

test('the known fields are read through optional and default wrappers', () => {
  assert.deepEqual(knownKeysAt(actorSchema, ['declaration']), ['signed', 'commitments', 'withdrawn']);
  assert.deepEqual(knownKeysAt(actorSchema, ['steps', 0]), ['step', 'date', 'note']);
  assert.deepEqual(knownKeysAt(actorSchema, ['name']), []);
});
