import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import yaml from 'js-yaml';
import { markdownFile, toYaml } from '../../scripts/bench/yaml-text.ts';

// The project reads YAML with js-yaml's CORE schema; the emitter must write what that reads back.
const read = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });

describe('the benchmark YAML writer', () => {
  test('what it writes reads back as the same data', () => {
    const data = {
      title: 'Sessie: samen tegen racisme',
      quote: 'Hij zei "ja" # en meer',
      date: '2019-03-05',
      time: '09:30',
      flag: 'yes',
      number: '42',
      count: 3,
      public: true,
      empty: [],
      list: ['stad-gent', 'één café'],
      nested: [{ step: 'contact', date: '2018-01-02', note: '- begint met een streepje' }, { step: 'visible', date: '2018-02-03' }],
      map: { shown_on: 'https://www.voorbeeld.be/over-ons', since: '2018-05-01' },
    };
    assert.deepEqual(read(toYaml(data)), data);
  });

  test('times are always quoted while dates and slugs stay plain, as editors write them', () => {
    const text = toYaml({ time: '14:00', date: '2020-11-30', actor: 'stad-leuven' });
    assert.equal(text, 'time: "14:00"\ndate: 2020-11-30\nactor: stad-leuven\n');
  });

  test('undefined fields are left out rather than written as null', () => {
    assert.equal(toYaml({ name: 'Stad Gent', region: undefined }), 'name: Stad Gent\n');
  });

  test('a Markdown file puts the frontmatter between dashed lines before the body', () => {
    assert.equal(markdownFile({ title: 'Over ons' }, 'Tekst.\n'), '---\ntitle: Over ons\n---\n\nTekst.\n');
  });
});
