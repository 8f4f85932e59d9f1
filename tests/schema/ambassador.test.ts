import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ambassadorSchema } from '../../src/schema/ambassador.ts';
import { fixtureModel, onlyProblem, where } from '../model/prepare-fixture.ts';

/** The custom problem codes the ambassador schema reports for `data`. */
function codes(data: Record<string, unknown>): string[] {
  const result = ambassadorSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => String((issue as { params?: { code?: string } }).params?.code ?? issue.code));
}

test('a named person without consent is reported as consent-required in the person block', async () => {
  const problem = await onlyProblem('consent-required');
  // consent is missing, so the problem points at the start of the person block: the name on line 5.
  assert.deepEqual(where(problem), { code: 'consent-required', file: 'ambassadors/stad-testel.md', line: 5, column: 3, field: 'person.consent' });
  assert.match(problem.message, /Jan Peeters/);
  assert.match(problem.hint ?? '', /consent: true/);
});

test('consent: false is refused like a missing consent, and only true is consent', () => {
  const base = { actor: 'stad-testel', since: '2021-01-10' };
  assert.deepEqual(codes({ ...base, person: { name: 'Jan Peeters', consent: false } }), ['consent-required']);
  assert.deepEqual(codes({ ...base, person: { name: 'Jan Peeters' } }), ['consent-required']);
  assert.deepEqual(codes({ ...base, person: { name: 'Jan Peeters', consent: true, consent_date: '2021-01-05' } }), []);
  assert.deepEqual(codes(base), []);
});

test('consent without the day it was given is consent-required, located at the person block', async () => {
  const problem = await onlyProblem('consent-date-missing');
  assert.deepEqual(where(problem), { code: 'consent-required', file: 'ambassadors/stad-testel.md', line: 5, column: 3, field: 'person.consent_date' });
  assert.match(problem.message, /Jan Peeters/);
  assert.match(problem.hint ?? '', /consent_date: /);
  const base = { actor: 'stad-testel', since: '2021-01-10' };
  assert.deepEqual(codes({ ...base, person: { name: 'Jan Peeters', consent: true } }), ['consent-required']);
  assert.deepEqual(codes({ ...base, person: { name: 'Jan Peeters', consent: true, consent_date: '2021-02-30' } }), ['bad-date']);
});

test('a named person with consent is kept in the model', async () => {
  const model = await fixtureModel('valid');
  assert.deepEqual(model.ambassadors[0]?.person, { name: 'An Janssens', role: 'schepen van gelijke kansen', consent: true, consent_date: '2020-12-15' });
});

test('an ambassadorship that ends before it starts is end-before-start', () => {
  assert.deepEqual(codes({ actor: 'stad-testel', since: '2021-01-10', until: '2021-01-09' }), ['end-before-start']);
  assert.deepEqual(codes({ actor: 'stad-testel', since: '2021-01-10', until: '2021-01-10' }), []);
});
