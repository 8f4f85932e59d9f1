import type { TaxonomyName } from '../schema/taxonomies.ts';
import type { DocumentName } from './documents.ts';

/** What a slug field points at: a term of a taxonomy, an actor file or a series file. */
export type Reference = { taxonomy: TaxonomyName } | { actor: true } | { series: true };

/**
 * The fields whose value is an id checked against another file. The schemas only see a slug; the
 * cross-file check (src/model/check-references.ts) knows the target, and so must the form and the
 * scaffold, which offer the existing ids as choices. A test keeps this table and that check in step.
 */
export const REFERENCES: Partial<Record<DocumentName, Record<string, Reference>>> = {
  actor: { sector: { taxonomy: 'sectors' }, region: { taxonomy: 'regions' }, invited_by: { actor: true } },
  initiative: { actors: { actor: true }, themes: { taxonomy: 'themes' }, call: { taxonomy: 'calls' } },
  ambassador: { actor: { actor: true } },
  event: { type: { taxonomy: 'event_types' }, participants: { actor: true }, series: { series: true } },
};

/** The reference a field of a document makes, if any. */
export function referenceOf(document: DocumentName, path: string): Reference | undefined {
  return REFERENCES[document]?.[path];
}
