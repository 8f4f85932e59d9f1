import assert from 'node:assert/strict';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { PROGRAMME_FILES, scaffoldProgramme } from '../../src/authoring/programme-scaffold.ts';

test('the scaffold writes the five programme files and nothing else', () => {
  const files = scaffoldProgramme({ name: 'P', today: '2019-12-31', schemas: '../schemas' });
  assert.deepEqual(Object.keys(files), [...PROGRAMME_FILES]);
});

test('the period is the calendar year of today, and the one indicator is due at its end', () => {
  const files = scaffoldProgramme({ name: 'P', today: '2019-12-31', schemas: '../schemas' });
  const site = yaml.load(files['site.yaml'], { schema: yaml.CORE_SCHEMA }) as { period: unknown };
  assert.deepEqual(site.period, { start: '2019-01-01', end: '2019-12-31' });
  const targets = yaml.load(files['targets.yaml'], { schema: yaml.CORE_SCHEMA }) as { due: string; measure: unknown }[];
  assert.deepEqual(targets.map((target) => [target.due, target.measure]), [['2019-12-31', { count: 'actors', step: 'contact' }]]);
});

test('the ladder has three steps, reached by hand, by an event of its one type, and by the declaration', () => {
  const files = scaffoldProgramme({ name: 'P', today: '2019-12-31', schemas: '../schemas' });
  const ladder = yaml.load(files['ladder.yaml'], { schema: yaml.CORE_SCHEMA }) as { steps: { id: string; from: string[]; event_types?: string[] }[] };
  assert.deepEqual(
    ladder.steps.map((step) => [step.id, step.from.join('+'), step.event_types?.join() ?? '']),
    [['contact', 'manual', ''], ['deelname', 'manual+event', 'bijeenkomst'], ['engagement', 'manual+declaration', '']],
  );
  const taxonomies = yaml.load(files['taxonomies.yaml'], { schema: yaml.CORE_SCHEMA }) as { event_types: { id: string }[] };
  assert.deepEqual(taxonomies.event_types.map((term) => term.id), ['bijeenkomst']);
});
