import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { figure, percentText } from '../../../../src/site/pages/monitoring/figures.ts';

describe('how an indicator figure is printed', () => {
  test('a measure that counts organisations, events or initiatives shows whole numbers: 221,5 expected organisations read 222', () => {
    assert.equal(figure(221.5, { kind: 'actors', step: 'contact' }), '222');
    assert.equal(figure(221.49, { kind: 'events' }), '221');
    assert.equal(figure(14.491, { kind: 'initiatives' }), '14');
    assert.equal(figure(2.6, { kind: 'ambassadors' }), '3');
    assert.equal(figure(2500, { kind: 'actors', step: 'contact' }), '2.500');
  });

  test('a figure typed in from elsewhere keeps one decimal, as it may be a share or an average', () => {
    assert.equal(figure(994.5130315, { kind: 'manual', points: [] }), '994,5');
  });

  test('an unknown figure is a dash, never 0', () => {
    assert.equal(figure(null, { kind: 'actors', step: 'contact' }), '–');
    assert.equal(figure(undefined), '–');
    assert.equal(percentText(null), '–');
    assert.equal(percentText(67.74), '67,7 %');
  });
});
