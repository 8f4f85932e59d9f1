import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phoneText, telHref } from '../../src/site/phone.ts';

test('an international number drops the "(0)" after its country code, and its spaces, in the tel: link', () => {
  assert.equal(telHref('+32 (0)2 213 44 11'), 'tel:+3222134411');
});

test('a national number keeps its leading 0 and loses its spaces', () => {
  assert.equal(telHref('02 210 53 04'), 'tel:022105304');
});

test('dots, slashes and hyphens are no part of the number dialled', () => {
  assert.equal(telHref('02/210.53-04'), 'tel:022105304');
  assert.equal(telHref('+32 (0)9.210.53.04'), 'tel:+3292105304');
});

test('a "(0)" that does not follow a country code is kept as a digit', () => {
  assert.equal(telHref('(0)2 210 53 04'), 'tel:022105304');
});

test('the shown number keeps together on one line: spaces and hyphens become non-breaking', () => {
  assert.equal(phoneText('+32 (0)2 213-44 11'), '+32\u00a0(0)2\u00a0213\u201144\u00a011');
});
