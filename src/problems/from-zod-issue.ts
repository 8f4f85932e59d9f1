import type { z } from 'zod';
import type { ProblemCode } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** A zod issue translated into plain Dutch, still without a file position. */
export interface IssueReport {
  code: ProblemCode;
  path: PropertyKey[];
  message: string;
  hint?: string;
  /** Point at the key rather than the value (an unknown field has no meaningful value). */
  atKey: boolean;
}

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst (regels die met - beginnen)',
  object: 'een blok met velden',
  null: 'leeg',
  undefined: 'leeg',
};

/** A value YAML gave, never null or undefined (those are reported as missing fields). */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een blok met velden';
  if (typeof value === 'string') return `de tekst "${value}"`;
  if (typeof value === 'number') return `het getal ${value}`;
  // YAML gives nothing else than these and true or false.
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** The field names a schema accepts at a path, for "did you mean" on unknown fields. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  // Every zod schema has a def; only blocks (objects) have a shape.
  type Node = { def: { type: string; innerType?: unknown; in?: unknown; getter?: () => unknown; options?: unknown[]; shape?: Record<string, unknown>; element?: unknown } };
  const unwrap = (node: unknown): Node => {
    let n = node as Node;
    while (['optional', 'default', 'prefault', 'nullable', 'pipe', 'readonly', 'lazy'].includes(n.def.type)) {
      // A recursive schema (an action plan's groups) is a z.lazy: its getter gives the real node.
      n = (n.def.type === 'lazy' ? n.def.getter?.() : n.def.type === 'pipe' ? n.def.in : n.def.innerType) as Node;
    }
    return n;
  };
  // Of a union (`{planned, spent}` or one block per budget line), the object and array options count.
  const options = (node: unknown): Node[] => {
    const n = unwrap(node);
    return n.def.type === 'union' ? (n.def.options as unknown[]).flatMap(options) : [n];
  };
  let nodes: unknown[] = [schema];
  for (const segment of path) {
    nodes = nodes.flatMap(options).flatMap((node) => {
      const { shape } = node.def;
      // A list index on a block finds no field, like an unknown name.
      if (shape) return shape[String(segment)] ? [shape[String(segment)]] : [];
      if (node.def.type === 'array') return [node.def.element];
      return [];
    });
  }
  return [...new Set(nodes.flatMap(options).flatMap((node) => Object.keys(node.def.shape ?? {})))];
}

/** Translates zod's issues for one file into Dutch reports, one per wrong field. */
export function reportsFromIssues(issues: readonly Issue[], data: unknown, schema: z.ZodType): IssueReport[] {
  const reports: IssueReport[] = [];
  for (const issue of issues) reports.push(...reportIssue(issue, data, schema));
  return reports;
}

function reportIssue(issue: Issue, data: unknown, schema: z.ZodType): IssueReport[] {
  const path = [...issue.path];
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      return issue.keys.map((key) => ({
        code: 'unknown-field' as const,
        path: [...path, key],
        message: `is geen bekend veld${didYouMean(key, known)}.`,
        hint: known.length ? `Toegestane velden hier: ${known.join(', ')}.` : 'Verwijder dit veld.',
        atKey: true,
      }));
    }
    case 'invalid_type': {
      if (value === undefined) {
        const key = String(path[path.length - 1] ?? '');
        const kind = TYPE_NAMES[issue.expected] ?? issue.expected;
        return [{ code: 'missing-field', path, message: 'is verplicht maar ontbreekt.', hint: `Voeg een regel "${key}: …" toe met ${kind}.`, atKey: true }];
      }
      if (value === null) {
        // `key:` with nothing after it: a scaffold's "← VUL IN" placeholder, or a value forgotten.
        const key = String(path[path.length - 1] ?? '');
        const kind = TYPE_NAMES[issue.expected] ?? issue.expected;
        return [{ code: 'missing-field', path, message: 'staat er zonder waarde.', hint: `Schrijf ${kind} na "${key}:", of verwijder de regel als het veld niet verplicht is.`, atKey: false }];
      }
      return [
        {
          code: 'wrong-type',
          path,
          message: `moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn, maar is ${describeValue(value)}.`,
          hint: issue.expected === 'string' ? 'Zet de waarde tussen aanhalingstekens als ze toevallig op een getal of datum lijkt.' : undefined,
          atKey: false,
        },
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (value === undefined || value === null) {
        // zod reports a missing or empty choice as a wrong value; for an editor it is a field still to fill in.
        const key = String(path[path.length - 1] ?? '');
        return [
          {
            code: 'missing-field',
            path,
            message: value === undefined ? 'is verplicht maar ontbreekt.' : 'staat er zonder waarde.',
            hint: `Schrijf "${key}: " gevolgd door een van: ${options.join(', ')}.`,
            atKey: value === undefined,
          },
        ];
      }
      const written = String(value);
      return [
        {
          code: 'unknown-value',
          path,
          message: `"${written}" is geen toegelaten waarde. Kies uit: ${options.join(', ')}${didYouMean(written, options)}.`,
          atKey: false,
        },
      ];
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        return [{ code: 'too-few', path, message: `heeft minstens ${issue.minimum} element(en) nodig.`, hint: 'Voeg een regel toe die met - begint.', atKey: false }];
      }
      if (issue.origin === 'string') {
        return [{ code: 'too-short', path, message: 'is leeg.', hint: 'Vul een tekst in, of laat het veld weg als het niet verplicht is.', atKey: false }];
      }
      return [{ code: 'out-of-range', path, message: `moet minstens ${String(issue.minimum)} zijn.`, atKey: false }];
    }
    case 'too_big':
      return [{ code: 'out-of-range', path, message: `mag hoogstens ${String(issue.maximum)} zijn.`, atKey: false }];
    case 'invalid_format':
      return [{ code: issue.format === 'email' ? 'bad-email' : 'wrong-type', path, message: `"${String(value)}" heeft niet de juiste vorm.`, atKey: false }];
    case 'invalid_union': {
      // Report the branch that came closest: the one with the fewest complaints.
      // A failed branch has at least one complaint; a union that matched no kind of block has no branches.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (best) return best.flatMap((sub) => reportIssue({ ...sub, path: [...path, ...sub.path] } as Issue, data, schema));
      return [{ code: 'wrong-type', path, message: 'heeft niet de verwachte vorm.', atKey: false }];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: ProblemCode; hint?: string };
      return [{ code: params.code ?? 'wrong-type', path, message: issue.message, hint: params.hint, atKey: false }];
    }
    default:
      return [{ code: 'wrong-type', path, message: issue.message, atKey: false }];
  }
}
