import { JSON_PATTERNS } from './json-schemas.ts';
import type { JsonSchema } from './json-schema-tree.ts';

/** What kind of value a field holds, as the form and the scaffold need to know it. */
export type FieldKind =
  | 'date'
  | 'time'
  | 'url'
  | 'slug'
  | 'email'
  | 'colour'
  | 'text'
  | 'enum'
  | 'const'
  | 'boolean'
  | 'integer'
  | 'number'
  | 'list'
  | 'object';

/** Reads a field's kind from its generated JSON Schema node (the patterns and formats set from the zod field types). */
export function fieldKind(node: JsonSchema): FieldKind {
  if (node.const !== undefined && node.type !== 'boolean') return 'const';
  if (node.enum) return 'enum';
  switch (node.type) {
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'array':
      return 'list';
    case 'object':
      return 'object';
    default:
      break;
  }
  if (node.format === 'date') return 'date';
  if (node.format === 'uri') return 'url';
  if (node.format === 'email') return 'email';
  if (node.pattern === JSON_PATTERNS.time) return 'time';
  if (node.pattern === JSON_PATTERNS.slug) return 'slug';
  if (node.pattern === JSON_PATTERNS.colour) return 'colour';
  return 'text';
}
