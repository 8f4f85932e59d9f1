import type { VisibilityFile, VisibilityRun } from '../schema/visibility.ts';
import type { CheckOutcome } from './check-page.ts';

/** The run an outcome opens on `date`. */
function runOf(outcome: CheckOutcome, date: string): VisibilityRun {
  if (outcome.result === 'present') return { result: 'present', found: outcome.found, first: date, last: date };
  if (outcome.result === 'absent') return { result: 'absent', first: date, last: date };
  return { result: 'unchecked', reason: outcome.reason, ...(outcome.status ? { status: outcome.status } : {}), first: date, last: date };
}

/** Two runs say the same: result, what was found, why not checked, the HTTP status. */
function sameResult(a: VisibilityRun, b: VisibilityRun): boolean {
  return a.result === b.result && a.found === b.found && a.reason === b.reason && a.status === b.status;
}

/**
 * An actor's runs with one more check on `date`: the same result as the last run extends it to
 * `date` (the file does not grow), another result opens a new run. A check dated before the last
 * one recorded is refused (`undefined`): history is written forwards.
 */
export function recordCheck(runs: readonly VisibilityRun[], date: string, outcome: CheckOutcome): VisibilityRun[] | undefined {
  const next = runOf(outcome, date);
  const last = runs.at(-1);
  if (!last) return [next];
  const lastDay = last.last ?? last.first;
  if (date < lastDay) return undefined;
  if (sameResult(last, next)) return [...runs.slice(0, -1), { ...last, last: date }];
  // Checked again the same day with another result: a run of that day alone is replaced, a longer
  // run keeps its days and the new run starts on its last one, so the later check decides the day.
  if (date === lastDay && last.first === date) return [...runs.slice(0, -1), next];
  return [...runs, next];
}

const HEADER = [
  '# Nagekeken: toont de eigen website van elke actor (badge: shown_on) zijn badge of een link naar zijn',
  '# engagementspagina? Geschreven door npm run verify-visibility; commit dit bestand met de inhoud.',
  '# Per actor (de bestandsnaam in actors/, zonder .md) reeksen van gelijke uitkomsten, oudste eerst:',
  '#   result  present: gevonden (found: link of image) · absent: niet gevonden ·',
  '#           unchecked: de pagina kon niet gelezen worden (reason: timeout, too-large, http-error met',
  '#           status, redirect-loop, too-many-redirects, not-html, network, bad-url); telt als geen van beide',
  '#   first   de eerste dag van de reeks · last: de laatste dag met dezelfde uitkomst',
  '# Alleen present telt voor de trede "zichtbaar", vanaf de eerste dag dat de badge gevonden werd.',
];

/** A YAML scalar for a value of this file: dates, slugs and words plain, anything else quoted. */
function scalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^[a-z0-9][a-z0-9-]*$/.test(value) ? value : JSON.stringify(value);
}

/** One run on one line, its fields in a fixed order, so the file diffs line by line. */
function runLine(run: VisibilityRun): string {
  const fields: [string, string | number | undefined][] = [
    ['result', run.result],
    ['found', run.found],
    ['reason', run.reason],
    ['status', run.status],
    ['first', run.first],
    ['last', run.last],
  ];
  return `  - {${fields.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${scalar(value as string | number)}`).join(', ')}}`;
}

/** content/visibility.yaml as text: the explaining header, then the actors in slug order, one run a line. */
export function formatVisibilityFile(file: VisibilityFile): string {
  const actors = Object.keys(file).sort();
  const body = actors.length === 0 ? ['{}'] : actors.flatMap((actor) => [`${actor}:`, ...(file[actor] ?? []).map(runLine)]);
  return `${[...HEADER, ...body].join('\n')}\n`;
}
