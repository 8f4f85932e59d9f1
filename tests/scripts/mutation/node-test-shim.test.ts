import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as shim from '../../../scripts/mutation/node-test-shim.ts';

test('the mutation shim registers tests with their file, suites and a unique id, and runs nothing itself', () => {
  const state = shim.registry();
  const before = state.tests.length;
  state.file = 'tests/voorbeeld.test.ts';
  state.stack = [];
  const ran: string[] = [];
  shim.test('bovenaan', () => ran.push('bovenaan'));
  shim.describe('een reeks', () => {
    shim.before(() => ran.push('before'));
    shim.it('eerste', () => ran.push('eerste'));
    shim.describe('binnenin', { timeout: 10 }, () => {
      shim.test('tweede', {}, () => ran.push('tweede'));
      shim.test('tweede', () => ran.push('tweede bis'));
    });
    shim.after(() => ran.push('after'));
  });
  const added = state.tests.slice(before);
  assert.deepEqual(ran, []);
  assert.deepEqual(added.map((entry) => entry.id), [
    'tests/voorbeeld.test.ts › bovenaan',
    'tests/voorbeeld.test.ts › een reeks › eerste',
    'tests/voorbeeld.test.ts › een reeks › binnenin › tweede',
    'tests/voorbeeld.test.ts › een reeks › binnenin › tweede #2',
  ]);
  assert.deepEqual(added.map((entry) => entry.suites.map((suite) => suite.names.join('/'))), [[''], ['', 'een reeks'], ['', 'een reeks', 'een reeks/binnenin'], ['', 'een reeks', 'een reeks/binnenin']]);
  assert.equal(added[1]?.suites[1]?.before.length, 1);
  assert.equal(added[1]?.suites[1]?.after.length, 1);
  for (const entry of added) entry.body();
  assert.deepEqual(ran, ['bovenaan', 'eerste', 'tweede', 'tweede bis']);
  state.tests.splice(before);
});

test('the mutation shim refuses an async describe and a test without a body', () => {
  assert.throws(() => shim.describe('async', async () => {}), /registers suites synchronously/);
  assert.throws(() => shim.test('leeg'), /has no body/);
});
