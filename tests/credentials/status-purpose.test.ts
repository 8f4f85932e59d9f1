import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { statusBits } from '../../src/credentials/status-purpose.ts';

describe('what the status lists say of a credential, by standing', () => {
  test('an active commitment, and one whose renewal is due soon, is neither revoked nor suspended', () => {
    assert.deepEqual(statusBits('active'), { revocation: false, suspension: false });
    assert.deepEqual(statusBits('due-soon'), { revocation: false, suspension: false });
  });

  test('a lapsed commitment is suspended, not revoked: a renewal brings it back', () => {
    assert.deepEqual(statusBits('lapsed'), { revocation: false, suspension: true });
  });

  test('a withdrawn declaration and an ended role are revoked', () => {
    assert.deepEqual(statusBits('withdrawn'), { revocation: true, suspension: false });
    assert.deepEqual(statusBits('ended'), { revocation: true, suspension: false });
  });

  test('an index whose actor has no credential any more (no level, removed, no consent) reads as revoked', () => {
    assert.deepEqual(statusBits('none'), { revocation: true, suspension: false });
    assert.deepEqual(statusBits(undefined), { revocation: true, suspension: false });
  });
});
