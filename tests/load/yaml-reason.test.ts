import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { nl } from '../../src/messages/nl.ts';
import { dutchYamlReason, MAX_YAML_DEPTH } from '../../src/load/yaml-reason.ts';

/** Every message js-yaml's loader throws, read from its source so that a new one in an update is caught. */
async function jsYamlMessages(): Promise<string[]> {
  const loader = path.join(path.dirname(createRequire(import.meta.url).resolve('js-yaml')), 'lib', 'loader.js');
  const source = await readFile(loader, 'utf8');
  const thrown = [...source.matchAll(/throwError\(state,\s*(['"])((?:(?!\1).)*)\1/g)].map((match) => match[2]!);
  const direct = [...source.matchAll(/new YAMLException\((['"])((?:(?!\1).)*)\1/g)].map((match) => match[2]!);
  return [...new Set([...thrown, ...direct])];
}

test('every error message js-yaml can throw has its own Dutch explanation, none falls back to the general one', async () => {
  const messages = await jsYamlMessages();
  assert.ok(messages.length >= 55, `found ${messages.length} js-yaml messages`);
  const untranslated = messages.filter((message) => dutchYamlReason(message) === nl.load.yamlReasons.other);
  assert.deepEqual(untranslated, []);
});

test('no js-yaml message reaches an editor in English', async () => {
  for (const message of await jsYamlMessages()) {
    const dutch = dutchYamlReason(message);
    assert.ok(!dutch.includes(message.trim()), `"${message}" came through unchanged`);
    assert.doesNotMatch(dutch, /\b(the|is not|expected|must|cannot|allowed)\b/, `"${dutch}" for "${message}"`);
  }
});

test('the nesting limit and the null byte, which reached editors in English, are named in Dutch', () => {
  assert.equal(dutchYamlReason('nesting exceeded maxDepth (100)'), `blokken en lijsten zijn dieper in elkaar gezet dan ${MAX_YAML_DEPTH} niveaus`);
  assert.equal(dutchYamlReason('null byte is not allowed in input'), 'het bestand bevat een nul-teken (NUL), dat in tekst niet thuishoort');
});

test('a message js-yaml does not have gets the general Dutch explanation, never the English text', () => {
  assert.equal(dutchYamlReason('something entirely new went wrong'), 'de tekst volgt de schrijfregels van YAML niet');
});

test('a value starting with * is explained as a reference to quote', () => {
  assert.match(dutchYamlReason('unidentified alias "Belangrijk"'), /tussen aanhalingstekens/);
});
