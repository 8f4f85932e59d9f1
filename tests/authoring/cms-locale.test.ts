import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cmsDutchMessages, mergeMessages, packageMessages, type Messages } from '../../src/authoring/cms-locale.ts';
import { CMS_INTERFACE_NL } from '../../src/messages/cms-interface-nl.ts';

/** Every key path of a message tree, dotted. */
function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

const english = new Set(keys(packageMessages('en-US')));
const dutch = cmsDutchMessages();

test('the Dutch interface has every text of the English one, except the developer’s configuration errors', () => {
  const missing = [...english].filter((key) => !keys(dutch).includes(key) && !key.startsWith('config.'));
  assert.deepEqual(missing, []);
  assert.ok(keys(packageMessages('nl')).length < english.size, 'the package’s own nl.json is incomplete, which is why this exists');
});

test('the texts editors met in English are Dutch: show errors, deleting referenced entries, the slug, a refused save', () => {
  const at = (path: string) => path.split('.').reduce<Messages | string | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), dutch);
  assert.equal(at('show_errors'), 'Fouten tonen');
  assert.match(String(at('deleting_referenced_entries_note')), /^\.input \{\$count :integer\} \.match \$count one \{\{Let op/);
  assert.equal(at('entry_sidebar.slug.title'), 'Slug (laatste deel van het webadres)');
  assert.equal(at('saving_entry.error.title'), 'Niet opgeslagen');
  assert.equal(at('edit_slug'), 'Slug bewerken', 'the package’s own Dutch is kept');
});

test('every translation here names a text the CMS has', () => {
  assert.deepEqual(keys(CMS_INTERFACE_NL as unknown as Messages).filter((key) => !english.has(key)), []);
});

test('merging puts each string in at its own key path and keeps the rest', () => {
  assert.deepEqual(mergeMessages({ a: 'A', b: { c: 'C', d: 'D' } }, { b: { d: 'dd', e: 'E' }, f: 'F' }), { a: 'A', b: { c: 'C', d: 'dd', e: 'E' }, f: 'F' });
});
