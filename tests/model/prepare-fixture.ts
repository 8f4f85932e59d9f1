import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { prepareSite } from '../../src/model/prepare-site.ts';
import type { Problem } from '../../src/problems/problem.ts';
import type { SiteModel } from '../../src/model/site-model.ts';

/** The repository root, for spawning the command-line tools. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a folder under tests/fixtures/, e.g. `invalid/bad-date`. */
export function fixtureDir(name: string): string {
  return path.join(REPO_ROOT, 'tests', 'fixtures', name);
}

/** A problem's file written relative to the fixture folder with forward slashes: `actors/x.md`. */
export function relativeFile(name: string, file: string): string {
  return path.relative(fixtureDir(name), file).split(path.sep).join('/');
}

/** Every problem prepareSite reports for a fixture folder, files made relative to that folder; [] when it passes. */
export async function fixtureProblems(name: string): Promise<Problem[]> {
  const result = await prepareSite({ contentDir: fixtureDir(name) });
  if (result.ok) return [];
  assert.ok(result.problems.length > 0, 'a failed preparation must report at least one problem');
  return result.problems.map((problem) => ({ ...problem, file: relativeFile(name, problem.file) }));
}

/** The single problem of a one-error fixture under tests/fixtures/invalid/; fails when there are none or several. */
export async function onlyProblem(kind: string): Promise<Problem> {
  const problems = await fixtureProblems(`invalid/${kind}`);
  assert.equal(problems.length, 1, `invalid/${kind} should report exactly one problem, got:\n${JSON.stringify(problems, null, 2)}`);
  return problems[0]!;
}

/** The model of a fixture folder that must pass; fails with the problems when it does not. */
export async function fixtureModel(name: string, asOf?: string): Promise<SiteModel> {
  const result = await prepareSite({ contentDir: fixtureDir(name), ...(asOf ? { asOf } : {}) });
  if (!result.ok) assert.fail(`${name} should pass, but got:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.model;
}

/** The position and identity of a problem, for comparing with what a test expects. */
export function where(problem: Problem): Pick<Problem, 'code' | 'file' | 'line' | 'column' | 'field'> {
  return { code: problem.code, file: problem.file, line: problem.line, column: problem.column, field: problem.field };
}
