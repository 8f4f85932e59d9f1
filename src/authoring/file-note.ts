import { FILE_NOTES } from '../messages/field-docs.ts';
import type { DocumentName } from './documents.ts';
import { fieldKind } from './field-kind.ts';
import type { SchemaField } from './json-schema-tree.ts';
import { referenceOf } from './references.ts';

/** Fields that hold a file from the media library: a path from content/, as check resolves it. */
export const MEDIA_FIELDS: Partial<Record<DocumentName, readonly string[]>> = { actor: ['logo'], initiative: ['image.src'] };

/**
 * The words a field needs in a file beyond its hint: the date format, true or false, the id or file
 * name a reference is written as. Undefined for a field whose hint says it all.
 */
export function fileNote(document: DocumentName, field: SchemaField): string | undefined {
  const reference = referenceOf(document, field.path);
  const many = field.node.type === 'array';
  if (reference) return 'taxonomy' in reference ? FILE_NOTES.taxonomy(reference.taxonomy) : 'series' in reference ? FILE_NOTES.series : many ? FILE_NOTES.actors : FILE_NOTES.actor;
  if (MEDIA_FIELDS[document]?.includes(field.path)) return FILE_NOTES.media;
  const kind = fieldKind(many && field.node.items ? field.node.items : field.node);
  if (kind === 'date' || kind === 'time' || kind === 'boolean') return FILE_NOTES[kind];
  return undefined;
}

/** A field's hint followed by its file note, for the JSON Schemas and the scaffold. */
export function fileHint(document: DocumentName, field: SchemaField, hint: string): string {
  const note = fileNote(document, field);
  return note ? `${hint} ${note}` : hint;
}
