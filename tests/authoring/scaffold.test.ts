import assert from 'node:assert/strict';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { scaffoldEntry } from '../../src/authoring/scaffold.ts';
import { nl } from '../../src/messages/nl.ts';
import { ambassadorSchema } from '../../src/schema/ambassador.ts';

const TODAY = '2021-02-15';
const ambassador = scaffoldEntry({ type: 'ambassador', name: 'Stad Testel', slug: 'stad-testel', today: TODAY, actorExists: true });

/** The frontmatter of a scaffold with the `# ` taken off the switched-off lines of `block`, as an editor does. */
function switchedOn(text: string, block: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(`# ${block}:`);
  assert.ok(start > 0, `${block} staat niet uitgeschakeld in het sjabloon`);
  let end = start + 1;
  while (lines[end]?.startsWith('#   ')) end++;
  const on = lines.map((line, index) => (index >= start && index < end ? line.slice(2) : line));
  return on.join('\n').split('---')[1]!;
}

test('an ambassador scaffold offers the person with consent off and the consent date left for the editor', () => {
  assert.match(ambassador, /^# {3}consent: false$/m);
  assert.match(ambassador, new RegExp(`^# {3}consent_date: {2}# ${nl.authoring.placeholder}$`, 'm'));
  assert.doesNotMatch(ambassador, /consent: true/);
});

test('a person switched on as scaffolded is refused until the date is filled in and consent is given', () => {
  const data = yaml.load(switchedOn(ambassador, 'person'), { schema: yaml.CORE_SCHEMA }) as { person: Record<string, unknown> };
  assert.deepEqual(data.person, { name: 'An Voorbeeld', role: 'Directeur', consent: false, consent_date: null });
  const problems = (value: unknown) => {
    const result = ambassadorSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), (issue as { params?: { code?: string } }).params?.code ?? issue.code]);
  };
  assert.deepEqual(problems(data), [['person.consent_date', 'invalid_type']]);
  const dated = { ...data, person: { ...data.person, consent_date: '2021-02-01' } };
  assert.deepEqual(problems(dated), [['person.consent', 'consent-required']]);
  assert.deepEqual(problems({ ...dated, person: { ...dated.person, consent: true } }), []);
});

test('the scaffold says in each comment what to type in the file: dates, true or false, actor file names, ids', () => {
  const actor = scaffoldEntry({ type: 'actor', name: 'Stad Testel', slug: 'stad-testel', today: TODAY });
  assert.match(actor, /^# Sector \(verplicht\): .* Schrijf een id uit content\/taxonomies\.yaml, onder sectors\.$/m);
  assert.match(actor, /^# Toestemming om genoemd te worden \(niet verplicht\): .* Schrijf true \(aan\) of false \(uit\)\.$/m);
  assert.match(actor, /^# Uitgenodigd door \(niet verplicht\): .* Schrijf de bestandsnaam van de actor zonder \.md, bv\. stad-leuven\.$/m);
  assert.match(actor, /^# {3}# Ondertekend op \(verplicht\): Datum van ondertekening\. Schrijf JJJJ-MM-DD\.$/m);
  assert.match(actor, /^public: false$/m);
});
