import { stringify } from 'yaml';
import { FIELD_DOCS, type FieldDoc } from '../messages/field-docs.ts';
import { nl } from '../messages/nl.ts';
import { partialDate } from '../schema/fields.ts';
import type { Taxonomies } from '../schema/taxonomies.ts';
import { DOCUMENTS, NEW_ENTRY_TYPES, type NewEntryType } from './documents.ts';
import { fieldKind } from './field-kind.ts';
import { fileHint } from './file-note.ts';
import { childFields, type JsonSchema, type SchemaField } from './json-schema-tree.ts';
import { documentJsonSchema } from './json-schemas.ts';
import { referenceOf } from './references.ts';

/** What a new entry starts from. */
export interface ScaffoldInput {
  type: NewEntryType;
  /** The name the editor typed: it becomes the title (or, for an ambassador, the actor). */
  name: string;
  /** The slug the file gets. */
  slug: string;
  /** Today in Brussels, put wherever a date is required. */
  today: string;
  /** The content folder's taxonomies, to list the ids an editor can choose from. */
  taxonomies?: Taxonomies;
  /** For an ambassador: whether an actor with the same slug exists, so `actor:` can be filled in. */
  actorExists?: boolean;
}

/** Writes one scalar as YAML would, quoting only what needs it; times always quoted, as the guide asks. */
function scalar(value: unknown, kind: string): string {
  if (kind === 'time' && typeof value === 'string') return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Whether a top-level field of a document takes a date: a full day, or a partial date (day, month or range), which JSON Schema only knows as text. */
function takesDate(type: NewEntryType, field: SchemaField): boolean {
  if (fieldKind(field.node) === 'date') return true;
  const schema = DOCUMENTS[type].schema;
  return 'shape' in schema && (schema.shape as Record<string, unknown>)[field.key] === partialDate;
}

/**
 * Builds the text of a new entry: every field of the schema in order, each under a one-line Dutch
 * comment; the given name and today's date filled in; other required fields left empty and marked
 * "← VUL IN" (empty fails `check`, so a forgotten one cannot slip through); optional fields switched
 * off with `# ` in front of an example, so uncommenting them gives valid YAML.
 */
export function scaffoldEntry(input: ScaffoldInput): string {
  const schema = documentJsonSchema(input.type);
  const docs = FIELD_DOCS[input.type];
  const doc = (path: string): FieldDoc => docs[path] ?? { label: path, hint: '' };

  const choices = (field: SchemaField): string => {
    const node = field.node.type === 'array' && field.node.items ? field.node.items : field.node;
    const reference = referenceOf(input.type, field.path);
    if (reference && 'taxonomy' in reference) {
      const ids = input.taxonomies?.[reference.taxonomy].map((term) => term.id) ?? [];
      return ids.length ? ` ${nl.authoring.chooseFrom(ids)}` : '';
    }
    return node.enum ? ` ${nl.authoring.chooseFrom(node.enum.map(String))}` : '';
  };
  const comment = (field: SchemaField, indent: string) =>
    `${indent}# ${doc(field.path).label} (${field.required ? nl.authoring.required : nl.authoring.optional}): ${fileHint(input.type, field, doc(field.path).hint)}${choices(field)}`;

  /** A plausible value for a field, used in the switched-off examples. */
  const example = (path: string, node: JsonSchema): unknown => {
    const reference = referenceOf(input.type, path);
    const kind = fieldKind(node);
    // A taxonomy's own first id beats the documented example, which may not exist in this folder.
    const first = reference && 'taxonomy' in reference ? input.taxonomies?.[reference.taxonomy][0]?.id : undefined;
    if (first) return kind === 'list' ? [first] : first;
    const given = doc(path).example;
    if (given !== undefined) return given;
    if (kind === 'date') return input.today;
    if (kind === 'enum') return node.enum?.[0];
    if (kind === 'boolean') return node.default ?? false;
    if (kind === 'list' && node.items) return [example(path, node.items)];
    return node.default;
  };

  const lines: string[] = [];
  /**
   * The lines of one field, uncommented: its comment at `indent`, then the key. `lead` replaces the
   * indent on the key line, so the first key of a list item can carry the "- ".
   */
  const render = (field: SchemaField, indent: string, lead = indent, value?: unknown): string[] => {
    const kind = fieldKind(field.node);
    const head = `${lead}${field.key}:`;
    const out = [comment(field, indent)];
    const given = value ?? example(field.path, field.node);
    if (kind === 'object') {
      out.push(head);
      for (const child of childFields(field.node, field.path)) out.push(...render(child, `${lead.replace('- ', '  ')}  `));
    } else if (kind === 'list' && field.node.items?.type === 'object') {
      out.push(head);
      const itemIndent = `${lead.replace('- ', '  ')}    `;
      childFields(field.node.items, field.path).forEach((child, index) => {
        out.push(...render(child, index === 0 ? itemIndent.slice(2) : itemIndent, index === 0 ? `${itemIndent.slice(2)}- ` : itemIndent));
      });
    } else if (kind === 'list') {
      out.push(head);
      const itemKind = fieldKind(field.node.items ?? {});
      for (const item of (given as unknown[] | undefined) ?? []) out.push(`${lead.replace('- ', '  ')}  - ${scalar(item, itemKind)}`);
    } else if (given === null || given === undefined) {
      // No example (null or none at all) means a value only the editor can know: the day consent was given, a chain's partner.
      out.push(`${head}  # ${nl.authoring.placeholder}`);
    } else {
      out.push(`${head} ${scalar(given, kind)}`);
    }
    return out;
  };

  const titleField = NEW_ENTRY_TYPES[input.type].titleField;
  const prefilled: Record<string, unknown> = {};
  if (titleField) prefilled[titleField] = input.name;
  if (input.type === 'ambassador' && input.actorExists) prefilled.actor = input.slug;

  lines.push('---');
  for (const line of nl.authoring.scaffoldHeader(DOCUMENTS[input.type].title)) lines.push(`# ${line}`);
  for (const field of childFields(schema, '')) {
    const kind = fieldKind(field.node);
    lines.push('#');
    if (field.required) {
      const value = prefilled[field.key] ?? (takesDate(input.type, field) ? input.today : undefined);
      if (value !== undefined) lines.push(...render(field, '', '', value));
      else lines.push(comment(field, ''), `${field.key}:  # ${nl.authoring.placeholder}`);
    } else if ((kind === 'boolean' || kind === 'integer' || kind === 'number') && field.node.default !== undefined) {
      lines.push(...render(field, '', '', field.node.default));
    } else {
      const [head, ...rest] = render(field, '');
      lines.push(head!, ...rest.map((line) => `# ${line}`));
    }
  }
  lines.push('#', `# ${nl.authoring.scaffoldBody}`, '---', '');
  return lines.join('\n');
}
