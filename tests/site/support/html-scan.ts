import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, as absolute paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files.sort();
}

/** One start tag of an HTML document with its attributes (names lower-cased, values decoded). */
export interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** The tag as written, for error messages. */
  source: string;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references a template engine writes into attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The start tags of an HTML document, read the way a browser tokenizes them: comments and the
 * contents of script, style and textarea are skipped, and quoted attribute values may contain `>`.
 * Text such as `&lt;img onerror=…&gt;` is not a tag, so it never shows up here.
 */
export function startTags(html: string): Tag[] {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|textarea)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
  const tags: Tag[] = [];
  for (const match of stripped.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = (attribute[1] ?? '').toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      if (!attributes.has(name)) attributes.set(name, decodeEntities(value));
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes, source: match[0] });
  }
  return tags;
}

/** The URLs an HTML document refers to: href, src, srcset, poster, action and data attributes. */
export function referencedUrls(html: string): { tag: Tag; attribute: string; url: string }[] {
  const found: { tag: Tag; attribute: string; url: string }[] = [];
  for (const tag of startTags(html)) {
    for (const attribute of ['href', 'src', 'poster', 'action', 'data']) {
      const value = tag.attributes.get(attribute);
      if (value !== undefined && !(attribute === 'data' && tag.name !== 'object')) found.push({ tag, attribute, url: value.trim() });
    }
    const srcset = tag.attributes.get('srcset');
    if (srcset) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) found.push({ tag, attribute: 'srcset', url });
      }
    }
  }
  return found;
}

/** The ids defined in an HTML document (fragment targets). */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of startTags(html)) {
    const id = tag.attributes.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attributes.has('name')) ids.add(tag.attributes.get('name') ?? '');
  }
  return ids;
}
