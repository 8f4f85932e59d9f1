import { z } from 'zod';
import { FIELD_DOCS } from '../messages/field-docs.ts';
import { clockTime, httpUrl, isoDate, SLUG_PATTERN, slugRef } from '../schema/fields.ts';
import { MEASURE_COUNTS } from '../schema/measure.ts';
import { DOCUMENT_NAMES, DOCUMENTS, schemaFileName, type DocumentName } from './documents.ts';
import { fileHint } from './file-note.ts';
import { allFields, nodeAt, type JsonSchema } from './json-schema-tree.ts';

/**
 * The patterns JSON Schema uses where zod checks in code. They are as strict as a pattern can be;
 * what a pattern cannot see (30 February, a malformed host name) only `npm run check` catches.
 */
export const JSON_PATTERNS = {
  date: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  time: '^([01]\\d|2[0-3]):[0-5]\\d$',
  url: '^https?://[^\\s/?#]+[^\\s]*$',
  slug: SLUG_PATTERN.source,
  /** zod trims text before counting; a pattern that wants one visible character says the same. */
  visible: '\\S',
  colour: '^#[0-9a-fA-F]{6}$',
} as const;

/** Describes the shared field types (which zod refines in code) the way JSON Schema can. */
function annotateSharedFields(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const node = ctx.jsonSchema;
  if (ctx.zodSchema === isoDate) Object.assign(node, { format: 'date', pattern: JSON_PATTERNS.date });
  else if (ctx.zodSchema === clockTime) node.pattern = JSON_PATTERNS.time;
  else if (ctx.zodSchema === httpUrl) Object.assign(node, { format: 'uri', pattern: JSON_PATTERNS.url });
  else if (ctx.zodSchema === slugRef) node.pattern = JSON_PATTERNS.slug;
  else if (node.type === 'string' && node.minLength === 1 && node.pattern === undefined) node.pattern = JSON_PATTERNS.visible;
}

/** A named person (at `block`) needs consent: true and the day it was given (GDPR); zod defaults consent to false and then refuses. */
function requireConsentAt(schema: JsonSchema, block: string): void {
  const person = nodeAt(schema, block);
  const consent = nodeAt(schema, `${block}.consent`);
  delete consent.default;
  consent.const = true;
  person.required = [...(person.required ?? []), 'consent', 'consent_date'];
}

/** The rules zod checks in code that JSON Schema can still express, per document. */
const EXPRESSIBLE_RULES: Partial<Record<DocumentName, (schema: JsonSchema) => void>> = {
  site(schema) {
    nodeAt(schema, 'colors.primary').pattern = JSON_PATTERNS.colour;
    nodeAt(schema, 'colors.accent').pattern = JSON_PATTERNS.colour;
  },
  ambassador(schema) {
    requireConsentAt(schema, 'person');
  },
  page(schema) {
    requireConsentAt(schema, 'contact');
  },
  series(schema) {
    requireConsentAt(schema, 'contact');
  },
  event(schema) {
    schema.dependencies = { end_time: ['time'] };
  },
  targets(schema) {
    const measure = nodeAt(schema, 'measure');
    const filters = ['step', 'type', 'call', 'showcase', 'status'];
    const allowed: Record<(typeof MEASURE_COUNTS)[number], string[]> = {
      actors: ['step'],
      events: ['type'],
      initiatives: ['call', 'showcase', 'status'],
      ambassadors: [],
    };
    const forbid = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, false]));
    measure.anyOf = [{ required: ['manual'] }, { required: ['count'] }];
    measure.allOf = [
      { if: { required: ['manual'] }, then: { properties: forbid(['count', ...filters]) } },
      ...MEASURE_COUNTS.map((count) => ({
        if: { properties: { count: { const: count } }, required: ['count'] },
        then: {
          properties: forbid(filters.filter((key) => !allowed[count].includes(key))),
          ...(count === 'actors' ? { required: ['step'] } : {}),
        },
      })),
    ];
  },
};

/** "Kies uit: a (label), b (label)." for an enumeration whose values have Dutch labels. */
function optionList(values: readonly unknown[], labels: Record<string, string> | undefined): string {
  return `Kies uit: ${values.map((value) => (labels?.[String(value)] ? `${String(value)} (${labels[String(value)]})` : String(value))).join(', ')}.`;
}

/** Puts the Dutch label and explanation on every field; refuses a field without them, or a stale explanation. */
function describeFields(name: DocumentName, schema: JsonSchema): void {
  const docs = FIELD_DOCS[name];
  const seen = new Set<string>();
  for (const field of allFields(schema)) {
    const doc = docs[field.path];
    if (!doc) throw new Error(`src/messages/field-docs.ts: het veld ${name}.${field.path} heeft geen label en uitleg.`);
    seen.add(field.path);
    field.node.title = doc.label;
    const values = field.node.enum ?? (field.node.items?.enum as unknown[] | undefined);
    const hint = fileHint(name, field, doc.hint);
    field.node.description = values ? `${hint} ${optionList(values, doc.options)}` : hint;
  }
  const stale = Object.keys(docs).filter((path) => !seen.has(path));
  if (stale.length) throw new Error(`src/messages/field-docs.ts: ${name} beschrijft velden die het schema niet kent: ${stale.join(', ')}.`);
}

/**
 * The JSON Schema (draft-07, the version editors support best) of one kind of content file,
 * generated from the zod schema the build validates with. It describes what a person writes
 * (`io: 'input'`: fields with a default are optional), in Dutch.
 */
export function documentJsonSchema(name: DocumentName): JsonSchema {
  const kind = DOCUMENTS[name];
  const generated = z.toJSONSchema(kind.schema, {
    io: 'input',
    target: 'draft-7',
    override: (ctx) => annotateSharedFields(ctx as { zodSchema: unknown; jsonSchema: JsonSchema }),
  }) as JsonSchema;
  const { $schema, ...body } = generated;
  const schema: JsonSchema = {
    $schema,
    $comment: 'Gegenereerd uit src/schema/ door npm run schemas; niet met de hand aanpassen.',
    title: kind.title,
    description: kind.description,
    ...body,
  };
  EXPRESSIBLE_RULES[name]?.(schema);
  describeFields(name, schema);
  return schema;
}

/** One generated file under `schemas/`. */
export interface GeneratedFile {
  /** Path from the repository root. */
  path: string;
  text: string;
}

/** Every JSON Schema file, as it is committed under `schemas/`. */
export function jsonSchemaFiles(): GeneratedFile[] {
  return DOCUMENT_NAMES.map((name) => ({
    path: `schemas/${schemaFileName(name)}`,
    text: `${JSON.stringify(documentJsonSchema(name), null, 2)}\n`,
  }));
}
