import { readFile } from 'node:fs/promises';
import { credentialsLockBeside, defaultCredentialsLockFile, readCredentialsLock, type CredentialsLock } from '../credentials/credentials-lock.ts';
import path from 'node:path';
import { DATA_FILES } from '../load/load-content.ts';
import { locate } from '../load/locate.ts';
import { prepareSite, type PrepareOptions } from '../model/prepare-site.ts';
import type { SiteModel } from '../model/site-model.ts';
import { sortProblems, type Problem } from '../problems/problem.ts';
import { PublicActors } from './public-actors.ts';
import { lockViolations, type Lock } from './url-lock.ts';
import { defaultLockFile, readLock } from './url-lock-file.ts';
import { declareUrls, type UrlPlan } from './url-owners.ts';
import { hiddenActorSlugs, hiddenActorUrls, urlCollisions } from './url-problems.ts';

/** What to check: the content folder, as for prepareSite, and optionally another URL lock file. */
export interface CheckSiteOptions extends PrepareOptions {
  /** Default `urls.lock.json` in the content folder. */
  lockFile?: string;
  /** Default `credentials.lock.json` in the content folder, or beside `lockFile` when that is given (starting from the content folder's). */
  credentialsLockFile?: string;
}

/** A site that would publish: its model, its URLs and its lock; or every problem that stops it. */
export type CheckSiteResult =
  | { ok: true; model: SiteModel; urls: UrlPlan; lock: Lock; credentialsLock: CredentialsLock; problems: [] }
  | { ok: false; problems: Problem[] };

/**
 * The one verdict of check, the dev server and the build: the content is valid (prepareSite),
 * every URL has one owner, no URL names an actor without consent, and no published URL in the
 * lock disappears. "Alles in orde" from check therefore means that the build will publish.
 */
export async function checkSite(options: CheckSiteOptions): Promise<CheckSiteResult> {
  const [prepared, read, credentials] = await Promise.all([
    prepareSite(options),
    readLock(options.lockFile ?? defaultLockFile(options.contentDir)),
    readCredentialsLock(
      options.credentialsLockFile ?? (options.lockFile ? credentialsLockBeside(options.lockFile) : defaultCredentialsLockFile(options.contentDir)),
      defaultCredentialsLockFile(options.contentDir),
    ),
  ]);
  const lockProblems = [...(read.ok ? [] : read.problems), ...(credentials.ok ? [] : credentials.problems)];
  if (!prepared.ok) return { ok: false, problems: sortProblems([...prepared.problems, ...lockProblems]) };
  const { model } = prepared;
  const urls = declareUrls(model, new PublicActors(model), path.join(options.contentDir, DATA_FILES.targets));
  const problems = [
    ...(await withAliasLines([...urlCollisions(urls), ...hiddenActorUrls(urls, hiddenActorSlugs(model))])),
    ...(read.ok ? lockViolations(read.lock, urls, options.contentDir) : []),
    ...lockProblems,
  ];
  if (problems.length > 0 || !read.ok || !credentials.ok) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, model, urls, lock: read.lock, credentialsLock: credentials.lock, problems: [] };
}

/** The line of `aliases.N` (or an indicator's `N.id`) in a problem's file: the model keeps no positions, and collisions are rare. */
async function withAliasLines(problems: Problem[]): Promise<Problem[]> {
  return Promise.all(
    problems.map(async (problem) => {
      const indicator = /^(\d+)\.id$/.exec(problem.field)?.[1];
      if (indicator !== undefined) return { ...problem, ...locate({ text: await readFile(problem.file, 'utf8'), firstLine: 1 }, [Number(indicator), 'id']) };
      const index = /^aliases\.(\d+)$/.exec(problem.field)?.[1];
      if (index === undefined) return problem;
      const line = aliasLine(await readFile(problem.file, 'utf8'), Number(index));
      return line ? { ...problem, line: line.line, column: line.column } : problem;
    }),
  );
}

/** Where the `index`-th alias stands: its line in a block list, or the `aliases:` line of a flow list. */
export function aliasLine(text: string, index: number): { line: number; column: number } | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^aliases:/.test(line));
  if (start < 0) return undefined;
  if (/^aliases:\s*\[/.test(lines[start] ?? '')) return { line: start + 1, column: 1 };
  let seen = -1;
  for (let i = start + 1; i < lines.length && /^(\s+-|\s*$|\s+#)/.test(lines[i] ?? ''); i++) {
    const dash = /^(\s+)-/.exec(lines[i] ?? '');
    if (dash && ++seen === index) return { line: i + 1, column: (dash[1]?.length ?? 0) + 1 };
  }
  return { line: start + 1, column: 1 };
}
