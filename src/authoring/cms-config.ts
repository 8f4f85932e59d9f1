import { stringify } from 'yaml';
import { FIELD_DOCS, FORM_WORDS } from '../messages/field-docs.ts';
import type { Taxonomies } from '../schema/taxonomies.ts';
import { DOCUMENTS, type DocumentName } from './documents.ts';
import { fieldKind } from './field-kind.ts';
import { MEDIA_FIELDS } from './file-note.ts';
import { childFields, type JsonSchema, type SchemaField } from './json-schema-tree.ts';
import { documentJsonSchema, JSON_PATTERNS } from './json-schemas.ts';
import { referenceOf } from './references.ts';

// @sveltia/cms ships its types with extensionless ESM imports that NodeNext cannot follow, so these
// are local; the tests validate the whole configuration against the package's own JSON Schema instead.
/** One field of the form, as Sveltia CMS reads it. */
export type Field = { name: string; label: string; widget: string; required?: boolean; [option: string]: unknown };

/** One folder collection of the form. */
export type EntryCollection = { name: string; label: string; folder: string; fields: Field[]; [option: string]: unknown };

/** The whole configuration of the form (/admin/config.yml). */
export type CmsConfig = { backend: CmsBackend; collections: EntryCollection[]; [option: string]: unknown };

/** Where the web form reads and writes: the hosting's Git service. Local mode needs none of it. */
export interface CmsBackend {
  name: 'github' | 'gitlab' | 'gitea';
  /** owner/name of the repository. */
  repo: string;
  branch: string;
  /** Self-hosted GitLab or Gitea: the API root, e.g. https://git.voorbeeld.be/api/v1. */
  api_root?: string;
  /** The OAuth proxy that signs editors in to GitHub (see docs/cms.md). */
  base_url?: string;
  /** The OAuth application id, for GitLab's and Gitea's PKCE sign-in. */
  app_id?: string;
  auth_type?: 'pkce';
}

/** What the configuration is built from: the site's settings, its taxonomies and the Git backend. */
export interface CmsConfigInput {
  siteName: string;
  siteUrl: string;
  taxonomies: Taxonomies;
  backend: CmsBackend;
}

/**
 * The Markdown collections the form edits, with the field that names an entry and gives its file name.
 * `history`: its entries are counted or published, so the form offers no delete and no duplicate (a
 * participation ends with a date instead; docs/redactie.md). `rename`: the slug can be edited once
 * saved ("Slug bewerken"), which only actors allow, since only they keep old URLs alive with aliases.
 */
const CMS_COLLECTIONS = [
  { document: 'actor', label: 'Actoren', identifier: 'name', history: true, rename: true },
  { document: 'initiative', label: 'Initiatieven', identifier: 'title', history: true, rename: false },
  { document: 'event', label: 'Activiteiten', identifier: 'title', history: true, rename: false },
  { document: 'ambassador', label: 'Ambassadeurs', identifier: 'actor', history: true, rename: false },
  { document: 'page', label: "Pagina's", identifier: 'title', history: false, rename: false },
] as const satisfies readonly { document: DocumentName; label: string; identifier: string; history: boolean; rename: boolean }[];

/** The pattern check the form runs before saving, with the Dutch message it shows. */
const PATTERN_MESSAGES: Partial<Record<string, [string, string]>> = {
  slug: [JSON_PATTERNS.slug, 'Alleen kleine letters, cijfers en koppeltekens, bv. stad-leuven.'],
  url: [JSON_PATTERNS.url, 'Een volledig webadres dat begint met https:// of http://.'],
  time: [JSON_PATTERNS.time, 'Een tijdstip in de vorm UU:MM, bv. 09:30.'],
};

/** One schema field as a form field: widget, required, choices and Dutch label and hint. */
function formField(document: DocumentName, field: SchemaField, taxonomies: Taxonomies): Field {
  const doc = FIELD_DOCS[document][field.path];
  if (!doc) throw new Error(`src/messages/field-docs.ts: het veld ${document}.${field.path} heeft geen label en uitleg.`);
  const node: JsonSchema = field.node;
  const kind = fieldKind(node);
  const base = { name: field.key, label: doc.label, hint: doc.hint, required: field.required };
  const reference = referenceOf(document, field.path);
  const many = kind === 'list';
  const min = many && node.minItems ? { min: node.minItems } : {};

  if (reference && 'taxonomy' in reference) {
    const options = taxonomies[reference.taxonomy].map((term) => ({ label: term.label, value: term.id }));
    return { ...base, widget: 'select', options, multiple: many, ...min };
  }
  // The form has no series collection, so a series stays a text field; check verifies the name.
  if (reference && 'actor' in reference) {
    return {
      ...base,
      widget: 'relation',
      collection: 'actors',
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
      multiple: many,
      ...min,
    };
  }
  if (MEDIA_FIELDS[document]?.includes(field.path)) return { ...base, widget: 'image', choose_url: false };
  const defaults = node.default !== undefined ? { default: node.default } : {};
  switch (kind) {
    case 'date':
      // Only a required date of the entry itself starts at today. An optional one left untouched must stay
      // absent, and a date inside a block (signed, since, consent) records an act: the editor picks it.
      return {
        ...base,
        widget: 'datetime',
        type: 'date',
        format: 'YYYY-MM-DD',
        ...(field.required && !field.path.includes('.') ? { default: '{{now}}' } : {}),
      };
    case 'time':
      return { ...base, widget: 'string', pattern: PATTERN_MESSAGES.time! };
    case 'url':
      return { ...base, widget: 'string', type: 'url', pattern: PATTERN_MESSAGES.url! };
    case 'slug':
      return { ...base, widget: 'string', pattern: PATTERN_MESSAGES.slug! };
    case 'enum':
    case 'const': {
      const values = node.enum ?? [node.const];
      const options = values.map((value) => ({ label: doc.options?.[String(value)] ?? String(value), value: String(value) }));
      return { ...base, widget: 'select', options, ...defaults };
    }
    case 'boolean':
      // A boolean with worded options is an affirmative act (consent): a required choice that starts empty.
      if (doc.options) {
        const options = Object.entries(doc.options).map(([value, label]) => ({ label, value: value === 'true' }));
        return { ...base, widget: 'select', options, required: true };
      }
      return { ...base, widget: 'boolean', ...defaults };
    case 'integer':
    case 'number':
      // No default: a number left untouched stays out of the file instead of being written as 0.
      return { ...base, widget: 'number', value_type: kind === 'integer' ? 'int' : 'float' };
    case 'object':
      return { ...base, widget: 'object', fields: childFields(node, field.path).map((child) => formField(document, child, taxonomies)) };
    case 'list': {
      const items = node.items ?? {};
      if (items.type === 'object') {
        return { ...base, widget: 'list', fields: childFields(items, field.path).map((child) => formField(document, child, taxonomies)), ...min };
      }
      const itemKind = fieldKind(items);
      const pattern = PATTERN_MESSAGES[itemKind];
      return { ...base, widget: 'list', field: { name: field.key, label: doc.label, widget: 'string', ...(pattern ? { pattern } : {}) }, ...min };
    }
    default: {
      const max = node.maxLength ? { maxlength: node.maxLength } : {};
      // Long texts get a text area; everything else one line.
      return { ...base, widget: node.maxLength && node.maxLength > 120 ? 'text' : 'string', ...max };
    }
  }
}

/** One Markdown collection of the form: its folder, how new files are named, its fields and the body. */
function collection(entry: (typeof CMS_COLLECTIONS)[number], taxonomies: Taxonomies): EntryCollection {
  const kind = DOCUMENTS[entry.document];
  const schema = documentJsonSchema(entry.document);
  return {
    name: kind.collection,
    label: entry.label,
    label_singular: kind.title,
    description: kind.description,
    folder: `content/${kind.collection}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    delete: !entry.history,
    duplicate: !entry.history,
    identifier_field: entry.identifier,
    slug: {
      template: `{{${entry.identifier}}}`,
      editable: entry.rename ? ['update'] : false,
      ...(entry.rename ? { hint: FORM_WORDS.slugHint, pattern: PATTERN_MESSAGES.slug! } : {}),
    },
    summary: `{{${entry.identifier}}}`,
    sortable_fields: [entry.identifier],
    fields: [
      ...childFields(schema, '').map((field) => formField(entry.document, field, taxonomies)),
      {
        name: 'body',
        label: FORM_WORDS.bodyLabel,
        hint: FORM_WORDS.bodyHint,
        widget: 'markdown',
        required: false,
        buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
        editor_components: [],
        modes: ['rich_text', 'raw'],
      },
    ],
  };
}

/**
 * The web form's configuration, built from the same schemas `check` validates with: every
 * collection and field, required fields, enumerations and taxonomies as select lists (options read
 * from the content's taxonomies.yaml), references to actors as relation fields, Dutch labels and hints.
 */
export function cmsConfig(input: CmsConfigInput): CmsConfig {
  return {
    backend: input.backend,
    app_title: `${input.siteName} – redactie`,
    site_url: input.siteUrl,
    media_folder: 'content/media',
    // Paths are stored from content/ on, the way check resolves logo and image.src.
    public_folder: 'media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', trim: true, lowercase: true },
    // An optional field left empty must be left out: `region: ""` would fail check.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: CMS_COLLECTIONS.map((entry) => collection(entry, input.taxonomies)),
  };
}

/** The configuration as the YAML file the CMS loads from /admin/config.yml. */
export function cmsConfigYaml(config: CmsConfig): string {
  return `# Gegenereerd door src/authoring/cms-config.ts uit src/schema/ en content/taxonomies.yaml; niet met de hand aanpassen.\n${stringify(config, { lineWidth: 0 })}`;
}
