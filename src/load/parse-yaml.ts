import yaml from 'js-yaml';
import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { nl } from '../messages/nl.ts';
import type { Problem } from '../problems/problem.ts';
import { exceedsValues } from './count-values.ts';
import { dutchYamlReason, MAX_YAML_DEPTH } from './yaml-reason.ts';

/** Parsed YAML data, or the syntax problem with its line. */
export type YamlResult = { ok: true; data: unknown } | { ok: false; problem: Problem };

/**
 * The most values one YAML text may hold once its aliases are written out. Ample for any real
 * file (the example action plan holds about 500) and small enough that validating, computing
 * and rendering them stays quick; a 1 KB alias bomb would otherwise write out to 9⁹ blocks.
 */
export const MAX_YAML_VALUES = 100_000;

/**
 * Parses YAML with the CORE schema: dates stay strings (no timezone shifts) and no custom tags run.
 * `firstLine` is the file line the text starts on, so reported lines match what the editor shows.
 * Every error comes back as a located Dutch problem; nesting and the number of values are bounded.
 */
export function parseYaml(text: string, file: string, firstLine: number): YamlResult {
  // js-yaml 4.3 reads maxDepth; its type definitions predate the option.
  const options: yaml.LoadOptions & { maxDepth: number } = { schema: yaml.CORE_SCHEMA, filename: file, maxDepth: MAX_YAML_DEPTH };
  let data: unknown;
  try {
    data = yaml.load(text, options);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return { ok: false, problem: syntaxProblem(error, text, file, firstLine) };
  }
  if (exceedsValues(data, MAX_YAML_VALUES)) {
    // Without a `*` there is no alias to point at, and the second parse is skipped.
    const alias = text.includes('*') ? firstAliasPosition(text) : undefined;
    const limit = MAX_YAML_VALUES.toLocaleString('nl-BE');
    return {
      ok: false,
      problem: {
        code: 'too-many-values',
        file,
        line: firstLine + (alias?.line ?? 1) - 1,
        column: alias?.col ?? 1,
        field: '',
        message: alias ? nl.load.tooManyAliases(limit) : nl.load.tooManyValues(limit),
        hint: nl.load.tooManyValuesHint,
      },
    };
  }
  return { ok: true, data };
}

function syntaxProblem(error: yaml.YAMLException, text: string, file: string, firstLine: number): Problem {
  const mark = error.mark as { line?: number; column?: number; position?: number } | undefined;
  const line = firstLine + (mark?.line ?? 0);
  const column = (mark?.column ?? 0) + 1;
  const reason = error.reason ?? '';
  if (/duplicated mapping key/.test(reason)) {
    return {
      code: 'duplicate-key',
      file,
      line,
      column,
      field: mark?.position === undefined ? '' : keyPathAt(text, mark.position),
      message: nl.load.duplicateKey,
      hint: nl.load.duplicateKeyHint,
    };
  }
  return { code: 'yaml-syntax', file, line, column, field: '', message: nl.load.yamlUnreadable(dutchYamlReason(reason)), hint: nl.load.yamlHint };
}

/** Line and column (1-based) of the first alias (`*name`) in a YAML text, or undefined when it has none. */
function firstAliasPosition(text: string): { line: number; col: number } | undefined {
  const counter = new LineCounter();
  // Parsing builds the tree without resolving aliases, so this is linear in the text.
  const document = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  let offset: number | undefined;
  visit(document, {
    Alias(_key, alias) {
      offset = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? undefined : counter.linePos(offset);
}

/** The dotted path (`steps.0.date`) of the mapping key that starts at `offset`, or '' when none does. */
function keyPathAt(text: string, offset: number): string {
  let found = '';
  visit(parseDocument(text, { uniqueKeys: false }), {
    Pair(_key, pair, ancestors) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      const segments = ancestors.flatMap((node, index) => {
        if (isPair(node) && isScalar(node.key)) return [String(node.key.value)];
        if (isSeq(node)) return [String((node.items as unknown[]).indexOf(ancestors[index + 1] ?? pair))];
        return [];
      });
      found = [...segments, String(pair.key.value)].join('.');
      return visit.BREAK;
    },
  });
  return found;
}
