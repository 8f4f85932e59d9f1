import type { Problem } from '../problems/problem.ts';
import { nl } from '../messages/nl.ts';

/** The output formats of `check`. */
export const PROBLEM_FORMATS = ['text', 'json', 'github'] as const;

// C0 and C1 control characters, DEL, and the Unicode marks that reorder text (bidi overrides and
// isolates): content can hold them in a name or a file name, and printed raw they move the cursor,
// recolour or clear the terminal, or draw a fake "Alles in orde".
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from content made safe to print on one terminal line: line ends and tabs become spaces, other controls go. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (character) => (character === '\n' || character === '\t' || character === '\r' ? ' ' : ''));
}

/** One problem as a terminal line: `file:line:col  field: message  [code]`, the hint indented below; no control characters from content. */
export function formatProblemLine(problem: Problem): string {
  const where = `${terminalSafe(problem.file)}:${problem.line}:${problem.column}`;
  const what = terminalSafe(problem.field ? `${problem.field}: ${problem.message}` : problem.message);
  return `${where}  ${what}  [${problem.code}]${problem.hint ? `\n    → ${terminalSafe(problem.hint)}` : ''}`;
}

/** JSON with every character a terminal could act on written as a \u escape (JSON.stringify leaves C1 and bidi marks raw). */
function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Escapes a GitHub workflow command's data and property values. */
function escapeGithub(value: string, property: boolean): string {
  let escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (property) escaped = escaped.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return escaped;
}

/** Every problem in the chosen format, ending with the count for people. */
export function formatProblems(problems: readonly Problem[], format: (typeof PROBLEM_FORMATS)[number]): string {
  if (format === 'json') return `${terminalSafeJson({ ok: problems.length === 0, count: problems.length, problems })}\n`;
  if (format === 'github') {
    return problems
      .map((p) => {
        const title = escapeGithub(terminalSafe(`${p.code}${p.field ? ` (${p.field})` : ''}`), true);
        const message = escapeGithub(terminalSafe(`${p.field ? `${p.field}: ` : ''}${p.message}${p.hint ? ` ${p.hint}` : ''}`), false);
        return `::error file=${escapeGithub(terminalSafe(p.file), true)},line=${p.line},col=${p.column},title=${title}::${message}\n`;
      })
      .join('');
  }
  return `${problems.map(formatProblemLine).join('\n')}\n\n${nl.cli.problemCount(problems.length)} ${nl.cli.fixHint}\n`;
}
