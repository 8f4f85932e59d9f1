import { Parser } from 'htmlparser2';

/** The text Pagefind indexes on a page, and where its indexed region closes. */
export interface SearchableText {
  text: string;
  /** Offset in the HTML of the closing tag of the data-pagefind-body element. */
  bodyEnd: number;
}

// Pagefind leaves these out of the page text, so the vocabulary does too.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text of a rendered page's data-pagefind-body element, without data-pagefind-ignore parts,
 * scripts and styles, in one pass of htmlparser2; null when the page has no such element (Pagefind
 * does not index it either).
 */
export function searchableText(html: string): SearchableText | null {
  const parts: string[] = [];
  // Per open element: does it open the body, does it start an ignored part.
  const stack: { body: boolean; skip: boolean }[] = [];
  let inBody = 0;
  let skipped = 0;
  let bodyEnd = -1;
  let seenBody = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const body = !seenBody && 'data-pagefind-body' in attributes;
        if (body) seenBody = true;
        const skip = SKIPPED.has(name) || 'data-pagefind-ignore' in attributes;
        stack.push({ body, skip });
        if (body) inBody++;
        if (skip) skipped++;
        // Elements separate words ("<li>a</li><li>b</li>" is two words).
        parts.push(' ');
      },
      ontext(data) {
        if (inBody > 0 && skipped === 0) parts.push(data);
      },
      onclosetag() {
        const open = stack.pop();
        if (!open) return;
        if (open.skip) skipped--;
        if (open.body) {
          inBody--;
          if (bodyEnd === -1) bodyEnd = parser.startIndex;
        }
        parts.push(' ');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (bodyEnd === -1) return null;
  return { text: parts.join(''), bodyEnd };
}
