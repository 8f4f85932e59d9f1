import { nl } from '../messages/nl.ts';
import type { CheckOutcome } from '../visibility/check-page.ts';
import type { VerifyResult } from '../visibility/verify-visibility.ts';
import { formatProblems } from './format-problems.ts';

const t = nl.visibility;

/** One outcome in Dutch. */
export function outcomeText(outcome: CheckOutcome): string {
  if (outcome.result === 'present') return t.present[outcome.found];
  if (outcome.result === 'absent') return t.absent;
  return `${t.unchecked[outcome.reason] ?? outcome.reason}${outcome.status ? t.httpStatus(outcome.status) : ''}`;
}

/** What the command prints for a run, and its exit status: 1 only when the tool could not do its work. */
export function verifyReport(result: VerifyResult, date: string): { stdout: string; stderr: string; code: number } {
  if (!result.ok) return { stdout: '', stderr: `${formatProblems(result.problems, 'text')}${t.invalid}\n`, code: 1 };
  const lines = result.checks.map((check) => t.line(check.slug, outcomeText(check.outcome), check.url));
  const count = (kind: CheckOutcome['result']) => result.checks.filter((check) => check.outcome.result === kind).length;
  const out = [
    ...(result.checks.length === 0 ? [t.none] : [t.checking(result.checks.length, date), '', ...lines, '', t.summary(date, count('present'), count('absent'), count('unchecked'))]),
    ...(result.hidden > 0 ? [t.hidden(result.hidden)] : []),
    ...(result.written ? [t.written(result.written)] : []),
  ];
  const errors = result.earlier.map((entry) => t.earlier(entry.slug, entry.last, date));
  return { stdout: `${out.join('\n')}\n`, stderr: errors.length ? `${errors.join('\n')}\n` : '', code: errors.length ? 1 : 0 };
}
