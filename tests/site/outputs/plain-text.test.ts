import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToPlainText } from '../../../src/site/outputs/plain-text.ts';

test('a link keeps its address in brackets after its text', () => {
  assert.equal(markdownToPlainText('Lees [het verslag](https://example.org/verslag).'), 'Lees het verslag (https://example.org/verslag).');
});

test('an address that is already the link text is not repeated', () => {
  assert.equal(markdownToPlainText('Zie https://example.org/a en <https://example.org/b>.'), 'Zie https://example.org/a en https://example.org/b.');
});

test('a mail link keeps the address without mailto:', () => {
  assert.equal(markdownToPlainText('[Mail ons](mailto:info@example.org)'), 'Mail ons (info@example.org)');
});

test('a link to a page of the site keeps only its text', () => {
  assert.equal(markdownToPlainText('Naar [de actoren](/actoren/).'), 'Naar de actoren.');
});

test('paragraphs are separated by a blank line and list items by a line end', () => {
  assert.equal(markdownToPlainText('Eén.\n\n- a\n- b\n\nTwee.'), 'Eén.\n\n- a\n- b\n\nTwee.');
});

test('a body with 30,000 links is written out whole, every address once, in order', () => {
  const body = Array.from({ length: 30_000 }, (_, index) => `[link ${index}](https://example.org/${index})`).join(' ');
  const text = markdownToPlainText(body);
  const addresses = [...text.matchAll(/\(https:\/\/example\.org\/(\d+)\)/g)].map((match) => Number(match[1]));
  assert.equal(addresses.length, 30_000);
  assert.ok(addresses.every((value, index) => value === index));
  assert.ok(text.startsWith('link 0 (https://example.org/0) link 1 (https://example.org/1)'));
});
