/** Every stable problem code; a code never changes meaning once published. */
export const PROBLEM_CODES = [
  'yaml-syntax',
  'duplicate-key',
  'missing-frontmatter',
  'unclosed-frontmatter',
  'forbidden-frontmatter-engine',
  'empty-file',
  'not-utf8',
  'not-markdown',
  /** A file in a folder of YAML data files (content/plans/) that does not end in .yaml, or a subfolder there. */
  'not-yaml',
  'missing-file',
  /** A logo or image path outside content/media/: `..`, an absolute path, or a symlink whose real path leaves the folder. */
  'media-outside',
  /** A logo or image path with characters a published file name cannot have (spaces, `%`, accents, two extensions). */
  'media-name',
  /** A logo or image that does not exist, is a folder, or cannot be read. */
  'media-missing',
  /** A logo or image that is not a PNG, JPEG, WebP, AVIF or SVG by its content, or whose content and extension differ. */
  'media-type',
  /** A logo or image larger than the limit (src/media/open-media.ts). */
  'media-too-large',
  /** An SVG with a script, event handler, embedded HTML or a reference to another file. */
  'media-unsafe',
  'bad-slug',
  'missing-field',
  'unknown-field',
  'wrong-type',
  'unknown-value',
  'bad-date',
  'bad-time',
  'bad-url',
  'bad-colour',
  'bad-email',
  'bad-measure',
  'too-long',
  'too-short',
  'too-few',
  'out-of-range',
  'end-before-start',
  'consent-required',
  'unknown-reference',
  'unknown-taxonomy',
  /** A step id (actor `steps`, a measure's `step`, a badge level's `steps`) that content/ladder.yaml does not list. */
  'unknown-step',
  /** A step recorded by hand in an actor's `steps` that the ladder says is reached only otherwise (no `manual` in its `from`). */
  'step-not-manual',
  /** content/ladder.yaml contradicts itself, e.g. `event_types` on a step not reached by events. */
  'bad-ladder',
  /** A badge level colour on which white fails WCAG AA (4.5:1). */
  'low-contrast',
  'duplicate-slug',
  'duplicate-alias',
  /** Two actors with the same name (compared without case, accents and punctuation): one organisation entered twice. */
  'duplicate-name',
  'duplicate-id',
  'invitation-cycle',
  /** A `totals` figure in an action plan that differs from the sum the build computes from its actions. */
  'totals-mismatch',
  /** A badge or engagement URL in the content's URL lock that the new site no longer serves (an actor deleted or renamed without alias). */
  'badge-url-gone',
  /** The content's URL lock (urls.lock.json) is not a JSON list of URL paths. */
  'bad-badge-lock',
  /** The content's credentials lock (credentials.lock.json) is not a list of status-list indices counting up from 0. */
  'bad-credentials-lock',
  /** Two producers (entries, aliases, pages, generated files or folders) of one output path. */
  'url-collision',
  /** A published entry page URL in the content's URL lock that the new site no longer serves. */
  'url-gone',
  /** A published URL that contains the slug of an actor who did not consent to be named. */
  'hidden-actor-in-url',
  /** A content file larger than the loader reads (src/load/read-text.ts), e.g. a 50 MB body. */
  'file-too-large',
  /** YAML that holds more values than the loader accepts once its aliases are written out (an alias bomb). */
  'too-many-values',
] as const;

/** The permanent name of one kind of problem. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One thing wrong with the content, as data: where, what, and what to write instead. */
export interface Problem {
  code: ProblemCode;
  /** The file, as a path under the content folder given to the loader. */
  file: string;
  /** 1-based line of the offending field; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column of the offending field. */
  column: number;
  /** Dotted path of the field (`steps.2.date`), or empty for the whole file. */
  field: string;
  /** Plain Dutch: what is wrong. */
  message: string;
  /** Plain Dutch: what to write instead. */
  hint?: string;
}

/** Orders problems by file, line and column so that a run reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** Writes a field path the way an editor reads it: `steps.2.date`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
