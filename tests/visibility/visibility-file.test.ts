import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parseYaml } from '../../src/load/parse-yaml.ts';
import { validateWithSchema } from '../../src/model/validate-with-schema.ts';
import { visibilityFileSchema, type VisibilityRun } from '../../src/schema/visibility.ts';
import { formatVisibilityFile, recordCheck } from '../../src/visibility/visibility-file.ts';

const FILE = 'tests/fixtures/visibility/content/visibility.yaml';

describe('recording a check in an actor’s runs', () => {
  const run: VisibilityRun = { result: 'present', found: 'link', first: '2018-06-01', last: '2018-06-10' };

  it('opens the first run on the first check', () => {
    assert.deepEqual(recordCheck([], '2018-06-01', { result: 'absent' }), [{ result: 'absent', first: '2018-06-01', last: '2018-06-01' }]);
  });

  it('extends the last run when the result is the same, so a daily check does not grow the file', () => {
    assert.deepEqual(recordCheck([run], '2018-06-11', { result: 'present', found: 'link' }), [{ ...run, last: '2018-06-11' }]);
    assert.deepEqual(recordCheck([run], '2018-06-10', { result: 'present', found: 'link' }), [run], 'the same day again changes nothing');
  });

  it('opens a new run for another result, also when only what was found or the HTTP status differs', () => {
    assert.deepEqual(recordCheck([run], '2018-06-11', { result: 'present', found: 'image' }), [run, { result: 'present', found: 'image', first: '2018-06-11', last: '2018-06-11' }]);
    const error: VisibilityRun = { result: 'unchecked', reason: 'http-error', status: 500, first: '2018-06-01', last: '2018-06-01' };
    assert.deepEqual(recordCheck([error], '2018-06-02', { result: 'unchecked', reason: 'http-error', status: 503 }), [error, { ...error, status: 503, first: '2018-06-02', last: '2018-06-02' }]);
  });

  it('lets a later check on the same day decide that day: a one-day run is replaced, a longer one keeps its days', () => {
    const oneDay: VisibilityRun = { result: 'absent', first: '2018-06-10', last: '2018-06-10' };
    assert.deepEqual(recordCheck([oneDay], '2018-06-10', { result: 'present', found: 'link' }), [{ result: 'present', found: 'link', first: '2018-06-10', last: '2018-06-10' }]);
    assert.deepEqual(recordCheck([run], '2018-06-10', { result: 'absent' }), [run, { result: 'absent', first: '2018-06-10', last: '2018-06-10' }]);
  });

  it('refuses a check dated before the last one recorded', () => {
    assert.equal(recordCheck([run], '2018-06-09', { result: 'present', found: 'link' }), undefined);
  });
});

describe('content/visibility.yaml as text', () => {
  it('reads back exactly what it writes (tests/fixtures/visibility/content/visibility.yaml)', async () => {
    const text = await readFile(FILE, 'utf8');
    const parsed = parseYaml(text, FILE, 1);
    assert.ok(parsed.ok);
    const validated = validateWithSchema(visibilityFileSchema, { file: FILE, data: parsed.data, yaml: { text, firstLine: 1 } });
    assert.ok(validated.ok);
    assert.equal(formatVisibilityFile(validated.value), text);
  });

  it('writes an empty mapping under its header when nothing was checked yet', () => {
    assert.equal(formatVisibilityFile({}).split('\n').filter((line) => !line.startsWith('#')).join('\n'), '{}\n');
  });
});

describe('problems in content/visibility.yaml, located and in Dutch', () => {
  const problems = (text: string) => {
    const parsed = parseYaml(text, 'visibility.yaml', 1);
    assert.ok(parsed.ok);
    const result = validateWithSchema(visibilityFileSchema, { file: 'visibility.yaml', data: parsed.data, yaml: { text, firstLine: 1 } });
    return result.ok ? [] : result.problems.map((problem) => [problem.line, problem.code, problem.field, problem.message]);
  };

  it('accepts a run of one day without last', () => {
    assert.deepEqual(problems('link:\n  - {result: absent, first: 2018-06-01}\n'), []);
  });

  it('refuses a date that is not on the calendar and a run that ends before it starts', () => {
    assert.deepEqual(problems('link:\n  - {result: absent, first: 2018-02-30}\n  - {result: present, found: link, first: 2018-06-10, last: 2018-06-01}\n'), [
      [2, 'bad-date', 'link.0.first', '"2018-02-30" bestaat niet op de kalender.'],
      [3, 'end-before-start', 'link.1.last', 'ligt vóór first (2018-06-10).'],
    ]);
  });

  it('refuses runs written out of date order', () => {
    assert.deepEqual(problems('link:\n  - {result: absent, first: 2018-06-05, last: 2018-06-09}\n  - {result: present, found: link, first: 2018-06-08}\n'), [
      [3, 'end-before-start', 'link.1.first', 'ligt vóór het einde van de vorige reeks controles (2018-06-09).'],
    ]);
  });

  it('refuses an unknown result', () => {
    const [problem] = problems('link:\n  - {result: misschien, first: 2018-06-05}\n');
    assert.deepEqual(problem?.slice(0, 3), [2, 'unknown-value', 'link.0.result']);
  });
});
