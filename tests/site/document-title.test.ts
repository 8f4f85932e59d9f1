import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentTitle } from '../../src/site/document-title.ts';

const names = { name: 'Ketensamenwerking Fedasil – VDAB – Agentschap Integratie en Inburgering', shortName: 'Ketensamenwerking' };

test("a page is titled with its own title and the programme's short name", () => {
  assert.equal(documentTitle({ ...names, url: '/initiatieven/', title: 'Initiatieven' }), 'Initiatieven – Ketensamenwerking');
});

test('a programme without a short name is named in full after the page title', () => {
  assert.equal(documentTitle({ url: '/initiatieven/', title: 'Initiatieven', name: 'Integratiepact', shortName: 'Integratiepact' }), 'Initiatieven – Integratiepact');
});

test('the home page is titled with the full name while it fits in 70 characters, else the short name', () => {
  assert.equal(documentTitle({ url: '/', title: 'Home', name: 'Integratiepact', shortName: 'IP' }), 'Integratiepact');
  assert.equal(names.name.length, 71);
  assert.equal(documentTitle({ ...names, url: '/', title: 'Home' }), 'Ketensamenwerking');
});

test('at exactly 70 characters the suffix stays; one more and only the page title is left', () => {
  const suffix = ' – Ketensamenwerking';
  const fits = 'a'.repeat(70 - suffix.length);
  assert.equal(documentTitle({ ...names, url: '/x/', title: fits }), `${fits}${suffix}`);
  assert.equal(documentTitle({ ...names, url: '/x/', title: `${fits}b` }), `${fits}b`);
});

test('a page title longer than 70 characters on its own is cut to 70, ending in an ellipsis', () => {
  const title = 'Engagement van VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding';
  const cut = documentTitle({ ...names, url: '/engagement/vdab/', title });
  assert.equal(cut, 'Engagement van VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroe…');
  assert.equal(cut.length, 70);
});
