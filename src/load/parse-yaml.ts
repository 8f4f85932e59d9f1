import yaml from 'js-yaml';
import { isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Problem } from '../problems/problem.ts';

/** Parsed YAML data, or the syntax problem with its line. */
export type YamlResult = { ok: true; data: unknown } | { ok: false; problem: Problem };

/**
 * Parses YAML with the CORE schema: dates stay strings (no timezone shifts) and no custom tags run.
 * `firstLine` is the file line the text starts on, so reported lines match what the editor shows.
 */
export function parseYaml(text: string, file: string, firstLine: number): YamlResult {
  try {
    return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file }) };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const mark = error.mark as { line?: number; column?: number; position?: number } | undefined;
    const line = firstLine + (mark?.line ?? 0);
    const column = (mark?.column ?? 0) + 1;
    const reason = error.reason ?? 'onleesbare YAML';
    if (/duplicated mapping key/.test(reason)) {
      return {
        ok: false,
        problem: {
          code: 'duplicate-key',
          file,
          line,
          column,
          field: mark?.position === undefined ? '' : keyPathAt(text, mark.position),
          message: 'Dit veld staat twee keer in hetzelfde blok.',
          hint: 'Houd één van beide over; voeg waarden samen in één lijst als het er meer zijn.',
        },
      };
    }
    return {
      ok: false,
      problem: { code: 'yaml-syntax', file, line, column, field: '', message: `De YAML is onleesbaar: ${translateReason(reason)}.`, hint: YAML_HINT },
    };
  }
}

const YAML_HINT =
  'Controleer de inspringing (spaties, geen tabs) en zet tekst met een dubbele punt, # of aanhalingsteken tussen aanhalingstekens.';

function translateReason(reason: string): string {
  if (/bad indentation/.test(reason)) return 'de inspringing klopt niet';
  if (/end of the stream or a document separator/.test(reason)) return 'er volgt nog tekst waar het blok zou moeten eindigen';
  if (/unexpected end of the stream/.test(reason)) return 'het bestand stopt midden in een waarde';
  if (/tab characters/.test(reason)) return 'er staat een tab waar spaties horen';
  if (/incomplete explicit mapping pair|can not read a block mapping entry/.test(reason)) return 'een regel is geen "veld: waarde"';
  if (/missed comma|flow collection/.test(reason)) return 'een lijst of blok tussen haken is niet goed afgesloten';
  if (/unknown tag/.test(reason)) return 'een !tag wordt niet ondersteund';
  return reason;
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
