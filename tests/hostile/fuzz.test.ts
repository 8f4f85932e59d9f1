import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { formatProblems } from '../../src/cli/format-problems.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { PROBLEM_CODES } from '../../src/problems/problem.ts';

/*
 * Fuzzing: random frontmatter values for each entry kind, and random YAML text, written into a copy
 * of tests/fixtures/minimal and checked with prepareSite (what check and build run). The property:
 * a valid model, or located Dutch problems, never a throw. 200 runs in all, with a fixed seed so a
 * failure is reproducible (fast-check prints the counterexample and the seed).
 */

const MINIMAL = 'tests/fixtures/minimal';
const SEED = 20180620;

const FIELDS = {
  actors: ['name', 'sector', 'region', 'website', 'logo', 'public', 'steps', 'declaration', 'badge', 'invited_by', 'aliases'],
  initiatives: ['title', 'summary', 'actors', 'themes', 'call', 'status', 'start', 'end', 'showcase', 'image', 'links'],
  events: ['title', 'type', 'date', 'time', 'end_time', 'location', 'online', 'participants', 'series', 'registration'],
  ambassadors: ['actor', 'since', 'until', 'quote', 'person'],
} as const;
const NESTED_FIELDS = ['step', 'date', 'note', 'signed', 'withdrawn', 'commitments', 'shown_on', 'since', 'src', 'alt', 'label', 'url', 'name', 'role', 'consent'];

// Values the schemas care about, so that runs reach deep validation and not only wrong-type.
const interesting = fc.constantFrom(
  'stad-testel', 'cultuur', 'vlaanderen', 'diversiteit', 'oproep-2021', 'contact', 'workshop', 'running', 'gathering',
  '2021-01-01', '2021-02-30', '9999-12-31', '13:30', '25:99', 'https://example.org', 'javascript:alert(1)', 'media/x.png',
  '../site.yaml', '=HYPERLINK("x")', '\u001b[2J', '\u202e', '', ' ',
);
const leaf = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), interesting);
const block = fc.dictionary(fc.constantFrom(...NESTED_FIELDS), leaf, { maxKeys: 5 });
const value = fc.oneof(leaf, leaf, fc.array(leaf, { maxLength: 4 }), block, fc.array(block, { maxLength: 3 }));

/** A frontmatter record: some of the kind's fields and now and then an unknown one. */
const frontmatter = (fields: readonly string[]) => fc.dictionary(fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 8 })), value, { maxKeys: fields.length + 2 });

/** Checks `text` written at `file` in a fresh copy of the minimal fixture: a model or located problems, never a throw. */
async function holds(file: string, text: string): Promise<void> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'hostile-fuzz-')), 'content');
  try {
    await cp(MINIMAL, dir, { recursive: true });
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
    const result = await prepareSite({ contentDir: dir });
    if (result.ok) {
      assert.deepEqual(result.problems, []);
      return;
    }
    assert.ok(result.problems.length > 0, 'a failed run names at least one problem');
    for (const problem of result.problems) {
      assert.ok((PROBLEM_CODES as readonly string[]).includes(problem.code), problem.code);
      assert.ok(problem.file.startsWith(dir), problem.file);
      assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && Number.isInteger(problem.column) && problem.column >= 1, `${problem.line}:${problem.column}`);
      assert.ok(problem.message.trim().length > 0);
      assert.doesNotMatch(problem.message, /\b(Unknown|expected|Invalid input|must be|is not allowed)\b/, `English reached the editor: ${problem.message}`);
    }
    formatProblems(result.problems, 'text');
  } finally {
    await rm(path.dirname(dir), { recursive: true, force: true });
  }
}

describe('fuzzing: a valid model or located problems, never a throw', () => {
  for (const [folder, fields] of Object.entries(FIELDS)) {
    test(`random frontmatter values of ${folder}`, async () => {
      await fc.assert(
        fc.asyncProperty(frontmatter(fields), fc.string({ maxLength: 60 }), async (data, body) => {
          await holds(`${folder}/fuzz.md`, `---\n${stringify(data)}---\n${body}\n`);
        }),
        { numRuns: 35, seed: SEED },
      );
    });
  }

  // Random text built from YAML's own punctuation, so that most runs hit the parser's error paths.
  const yamlish = fc
    .array(fc.oneof(fc.constantFrom(':', ' ', '\n', '- ', '[', ']', '{', '}', ',', '&a ', '*a', '!', '|', '>', '"', "'", '#', '%', '\t', '? ', '<<: ', '---', '\u0000', '\r'), fc.string({ maxLength: 6 })), { maxLength: 40 })
    .map((parts) => parts.join(''));

  test('random YAML text as frontmatter', async () => {
    await fc.assert(fc.asyncProperty(yamlish, async (text) => holds('actors/fuzz.md', `---\nname: Fuzz\nsector: cultuur\n${text}\n---\n`)), { numRuns: 30, seed: SEED });
  });

  test('random YAML text as an action plan', async () => {
    await fc.assert(fc.asyncProperty(yamlish, async (text) => holds('plans/fuzz.yaml', `title: Fuzz\n${text}\n`)), { numRuns: 30, seed: SEED });
  });
});
