import type { Problem } from '../problems/problem.ts';
import { nl } from '../messages/nl.ts';

/** The output formats of `check`. */
export const PROBLEM_FORMATS = ['text', 'json', 'github'] as const;

/** One problem as a terminal line: `file:line:col  field: message  [code]`, the hint indented below. */
export function formatProblemLine(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const what = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return `${where}  ${what}  [${problem.code}]${problem.hint ? `\n    → ${problem.hint}` : ''}`;
}

/** Escapes a GitHub workflow command's data and property values. */
function escapeGithub(value: string, property: boolean): string {
  let escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (property) escaped = escaped.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return escaped;
}

/** Every problem in the chosen format, ending with the count for people. */
export function formatProblems(problems: readonly Problem[], format: (typeof PROBLEM_FORMATS)[number]): string {
  if (format === 'json') return `${JSON.stringify({ ok: problems.length === 0, count: problems.length, problems }, null, 2)}\n`;
  if (format === 'github') {
    return problems
      .map((p) => {
        const title = escapeGithub(`${p.code}${p.field ? ` (${p.field})` : ''}`, true);
        const message = escapeGithub(`${p.field ? `${p.field}: ` : ''}${p.message}${p.hint ? ` ${p.hint}` : ''}`, false);
        return `::error file=${escapeGithub(p.file, true)},line=${p.line},col=${p.column},title=${title}::${message}\n`;
      })
      .join('');
  }
  return `${problems.map(formatProblemLine).join('\n')}\n\n${nl.cli.problemCount(problems.length)} ${nl.cli.fixHint}\n`;
}
