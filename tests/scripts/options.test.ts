import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseOptions } from '../../scripts/bench/options.ts';

/** The Dutch message parseOptions refuses `args` with; fails when it accepts them. */
function refusal(args: string[]): string {
  try {
    parseOptions(args);
  } catch (error) {
    return (error as Error).message;
  }
  return assert.fail(`${args.join(' ')} was accepted`);
}

test('bench takes --content DIR to measure an existing folder', () => {
  const options = parseOptions(['--content', 'content', '--runs', '3']);
  assert.equal(options.content, 'content');
  assert.equal(options.runs, 3);
});

test('bench without options generates 4000 entries with the default seed', () => {
  const options = parseOptions([]);
  assert.deepEqual({ entries: options.entries, content: options.content, format: options.format, keep: options.keep }, { entries: 4000, content: undefined, format: 'table', keep: false });
  assert.deepEqual({ skipCold: options.skipCold, skipDev: options.skipDev }, { skipCold: false, skipDev: false }, 'the cold build and the dev server are measured unless left out');
});

test('--skip-cold and --skip-dev leave those measurements out', () => {
  const options = parseOptions(['--skip-cold', '--skip-dev']);
  assert.deepEqual({ skipCold: options.skipCold, skipDev: options.skipDev }, { skipCold: true, skipDev: true });
});

test('--cache DIR keeps the cache between runs and so leaves the cold build out', () => {
  const options = parseOptions(['--cache', '/tmp/kept-cache']);
  assert.deepEqual({ cache: options.cache, skipCold: options.skipCold }, { cache: '/tmp/kept-cache', skipCold: true });
  assert.equal(parseOptions([]).cache, undefined, 'without it the bench works in a cache of its own');
  assert.equal(refusal(['--cache', '']), 'De optie --cache heeft een waarde nodig, bijvoorbeeld --cache .cache.');
});

test('--content together with --entries or --seed is refused, in Dutch', () => {
  const expected = '--content meet een bestaande map; --entries en --seed gelden alleen voor gemaakte inhoud. Kies het een of het ander.';
  assert.equal(refusal(['--content', 'content', '--entries', '300']), expected);
  assert.equal(refusal(['--content', 'content', '--seed', '1']), expected);
});

test('an unknown option is named with every option bench takes, in Dutch', () => {
  assert.equal(
    refusal(['--foo']),
    'Onbekende optie --foo. Dit commando kent: --entries AANTAL, --content MAP, --runs AANTAL, --seed GETAL, --format table|json, --out MAP, --keep, --skip-cold, --skip-dev, --cache MAP, --help.',
  );
});

test('wrong numbers and formats are explained in Dutch', () => {
  assert.equal(refusal(['--entries', 'veel']), '--entries moet een geheel getal zijn, niet "veel".');
  assert.equal(refusal(['--entries', '3']), '--entries moet minstens 10 zijn, niet 3.');
  assert.equal(refusal(['--runs', '0']), '--runs moet minstens 1 zijn.');
  assert.equal(refusal(['--format', 'xml']), '--format "xml" bestaat niet. Kies uit: table, json.');
});
