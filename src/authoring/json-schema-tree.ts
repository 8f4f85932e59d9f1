/** A JSON Schema node as plain data (draft-07 keywords). */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  title?: string;
  description?: string;
  [keyword: string]: unknown;
};

/** One field of a document's schema, found by walking it: its dotted path, node and whether it is required. */
export interface SchemaField {
  /** Dotted path without list positions: `steps.date`. */
  path: string;
  key: string;
  node: JsonSchema;
  required: boolean;
}

/** The fields directly under an object node, in schema order. */
export function childFields(node: JsonSchema, prefix: string): SchemaField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, child]) => ({
    path: prefix ? `${prefix}.${key}` : key,
    key,
    node: child,
    required: required.has(key),
  }));
}

/** The object node a document's fields hang under: the root, or the items of a root list (targets.yaml). */
export function fieldRoot(schema: JsonSchema): JsonSchema {
  return schema.type === 'array' && schema.items ? schema.items : schema;
}

/**
 * Every field of a schema, depth first, list items folded into their list's path. A `$ref` to a
 * definition (a recursive part, such as a plan's groups) is followed once, at the first path that
 * reaches it, so its fields are named after that path.
 */
export function allFields(schema: JsonSchema): SchemaField[] {
  const definitions = (schema.definitions ?? {}) as Record<string, JsonSchema>;
  const followed = new Set<string>();
  const resolve = (node: JsonSchema): JsonSchema | undefined => {
    const ref = typeof node.$ref === 'string' ? node.$ref.replace('#/definitions/', '') : undefined;
    if (ref === undefined) return node;
    if (followed.has(ref)) return undefined;
    followed.add(ref);
    return definitions[ref];
  };
  const fields: SchemaField[] = [];
  const visit = (node: JsonSchema, prefix: string) => {
    for (const field of childFields(node, prefix)) {
      fields.push(field);
      const inner = resolve(field.node.type === 'array' && field.node.items ? field.node.items : field.node);
      if (inner?.properties) visit(inner, field.path);
    }
  };
  visit(fieldRoot(schema), '');
  return fields;
}

/** The node of the field at a dotted path, looking through lists; throws when there is none. */
export function nodeAt(schema: JsonSchema, path: string): JsonSchema {
  let node = fieldRoot(schema);
  for (const key of path.split('.')) {
    const inner = node.type === 'array' && node.items ? node.items : node;
    const next = inner.properties?.[key];
    if (!next) throw new Error(`Het schema heeft geen veld ${path}.`);
    node = next;
  }
  return node;
}
