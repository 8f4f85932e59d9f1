import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initiativeActors, initiativeSchema } from '../../src/schema/initiative.ts';
import { fixtureModel, onlyProblem, where } from '../model/prepare-fixture.ts';

const VALID = {
  title: 'Muziek voor iedereen',
  summary: 'Korte samenvatting.',
  actors: ['muziekhuis'],
  themes: ['diversiteit'],
  status: 'running',
  start: '2021-02-01',
};

/** The problem codes the initiative schema reports for `data`. */
function codes(data: Record<string, unknown>): string[] {
  const result = initiativeSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => String((issue as { params?: { code?: string } }).params?.code ?? issue.code));
}

test('an end date before the start date is reported as end-before-start on the end line', async () => {
  const problem = await onlyProblem('end-before-start');
  assert.deepEqual(where(problem), { code: 'end-before-start', file: 'initiatives/omgekeerd.md', line: 10, column: 6, field: 'end' });
  assert.match(problem.message, /2021-03-01/);
});

test('an initiative may end on the day it starts', () => {
  assert.deepEqual(codes({ ...VALID, start: '2021-02-01', end: '2021-02-01' }), []);
  assert.deepEqual(codes({ ...VALID, start: '2021-02-01', end: '2021-01-31' }), ['end-before-start']);
});

test('a summary over 200 characters is reported as too-long with its length', async () => {
  const problem = await onlyProblem('too-long');
  assert.deepEqual(where(problem), { code: 'too-long', file: 'initiatives/te-lange-samenvatting.md', line: 3, column: 10, field: 'summary' });
  assert.match(problem.message, /251 tekens/);
  assert.match(problem.hint ?? '', /51 tekens/);
});

test('a summary of exactly 200 characters is accepted and 201 is not', () => {
  assert.deepEqual(codes({ ...VALID, summary: 'é'.repeat(200) }), []);
  assert.deepEqual(codes({ ...VALID, summary: 'é'.repeat(201) }), ['too-long']);
});

test('an initiative needs at least one actor and one theme', () => {
  const result = initiativeSchema.safeParse({ ...VALID, actors: [], themes: [] });
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues.map((issue) => issue.path.join('.')).sort(), ['actors', 'themes']);
});

test('a partner chain has at least two links, each an actor with its role', () => {
  const link = (actor: string) => ({ actor, role: 'Screening en doorverwijzing' });
  assert.deepEqual(codes({ ...VALID, chain: [link('a'), link('b')] }), []);
  assert.deepEqual(codes({ ...VALID, chain: [link('a')] }), ['too_small']);
  assert.deepEqual(codes({ ...VALID, chain: [{ actor: 'a' }, link('b')] }), ['invalid_type']);
  assert.deepEqual(codes({ ...VALID, chain: [{ ...link('a'), role: 'x'.repeat(201) }, link('b')] }), ['too-long']);
});

test('an initiative takes part with its actors first, then the chain partners not among them, each once', () => {
  assert.deepEqual(initiativeActors({ actors: ['fedasil'], chain: [{ actor: 'fedasil', role: 'r' }, { actor: 'vdab', role: 'r' }, { actor: 'agii', role: 'r' }] }), ['fedasil', 'vdab', 'agii']);
  assert.deepEqual(initiativeActors({ actors: ['a', 'b'] }), ['a', 'b']);
});

test('chain partners reach the ladder step of an initiative and list it, like actors do, named or not', async () => {
  const model = await fixtureModel('chain');
  assert.deepEqual(
    model.actors.map((actor) => [actor.slug, actor.initiatives, actor.reached.map((step) => `${step.step} ${step.date}`)]),
    [
      ['agii', ['vroegtijdige-arbeidsintegratie'], ['action-outside-call 2017-01-01']],
      ['fedasil', ['vroegtijdige-arbeidsintegratie'], ['action-outside-call 2017-01-01']],
      ['vdab', ['vroegtijdige-arbeidsintegratie'], ['action-outside-call 2017-01-01']],
    ],
  );
});
