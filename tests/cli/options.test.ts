import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOptions, readOptions, UsageError } from '../../src/cli/options.ts';

const FORMATS = ['text', 'json', 'github'] as const;
const CHECK_LIST = '--content MAP, --as-of JJJJ-MM-DD, --format text|json|github, --lock BESTAND';

/** The Dutch message readOptions refuses `argv` with; fails when it accepts it. */
function refusal(argv: string[], extra = { lock: { type: 'string' as const } }): string {
  try {
    readOptions(argv, FORMATS, extra);
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
  return assert.fail(`${argv.join(' ')} was accepted`);
}

test('an unknown option is named, with every option the command takes, in Dutch', () => {
  assert.equal(refusal(['--foo']), `Onbekende optie --foo. Dit commando kent: ${CHECK_LIST}.`);
  assert.equal(refusal(['-x']), `Onbekende optie -x. Dit commando kent: ${CHECK_LIST}.`);
});

test('an option without its value says what to write after it', () => {
  assert.equal(refusal(['--content']), 'De optie --content heeft een waarde nodig, bijvoorbeeld --content MAP.');
  assert.equal(refusal(['--as-of']), 'De optie --as-of heeft een waarde nodig, bijvoorbeeld --as-of JJJJ-MM-DD.');
});

test('an empty value is refused rather than read as the current folder', () => {
  assert.equal(refusal(['--content=']), 'De optie --content heeft een waarde nodig, bijvoorbeeld --content MAP.');
});

test('a value after a switch is refused', () => {
  assert.equal(refusal(['--check=ja'], { check: { type: 'boolean' } } as never), 'De optie --check neemt geen waarde; schrijf alleen --check.');
});

test('a word that is not an option is refused with the list of options', () => {
  assert.equal(refusal(['content/']), `"content/" is geen optie: dit commando neemt alleen opties, die met -- beginnen. Het kent: ${CHECK_LIST}.`);
});

test('no English from node reaches the user', () => {
  for (const argv of [['--foo'], ['--content'], ['pos'], ['--content=']]) assert.doesNotMatch(refusal(argv), /Unknown|argument|Unexpected|option '/);
});

test('--format is listed only for a command with more than one format', () => {
  assert.equal(describeOptions({ content: { type: 'string' }, format: { type: 'string' }, keep: { type: 'boolean' } }, ['text']), '--content MAP, --keep');
});

test('valid options are read as before', () => {
  const options = readOptions(['--content', 'tests/fixtures/minimal', '--as-of', '2021-03-01', '--format', 'json'], FORMATS);
  assert.deepEqual({ contentDir: options.contentDir, asOf: options.asOf, format: options.format }, { contentDir: 'tests/fixtures/minimal', asOf: '2021-03-01', format: 'json' });
});
