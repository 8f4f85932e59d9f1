import { Parser } from 'htmlparser2';

/** The text Pagefind indexes on a page, and where its indexed region closes. */
export interface SearchableText {
  text: string;
  /** Offset in the HTML of the closing tag of the data-pagefind-body element. */
  bodyEnd: number;
  /**
   * Stretches of the HTML, [start, end) in order, that Pagefind would read to no effect: the head's
   * elements besides <title>, and what the body holds before the data-pagefind-body element, each
   * only when it holds no h1, no other <title> and no data-pagefind attribute (the only things Pagefind
   * takes from outside the body element besides <title>). The indexed copy may leave them out.
   */
  unread: [number, number][];
}

// Pagefind leaves these out of the page text, so the vocabulary does too.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** Whether Pagefind takes anything from an element outside the body element: its first h1, its title, any data-pagefind attribute. */
const readByPagefind = (name: string, attributes: Record<string, string>) =>
  name === 'h1' || name === 'title' || Object.keys(attributes).some((attribute) => attribute.startsWith('data-pagefind'));

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
  // The stretch that may be left out, while one is open: from where it starts, and whether it still may.
  let stretch: { start: number; clean: boolean } | undefined;
  const unread: [number, number][] = [];
  let titles = 0;
  const closeStretch = (end: number) => {
    if (stretch?.clean && end > stretch.start) unread.push([stretch.start, end]);
    stretch = undefined;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const body = !seenBody && 'data-pagefind-body' in attributes;
        if (body) {
          seenBody = true;
          closeStretch(parser.startIndex);
        }
        // The head's one <title> stays (Pagefind's fallback title); the stretch before it ends there and a new one starts after it.
        if (name === 'title' && stretch && titles++ === 0 && stack.length === 2) closeStretch(parser.startIndex);
        else if (stretch && readByPagefind(name, attributes)) stretch.clean = false;
        const skip = SKIPPED.has(name) || 'data-pagefind-ignore' in attributes;
        stack.push({ body, skip });
        if (name === 'head' || (name === 'body' && !seenBody)) stretch = { start: parser.endIndex + 1, clean: true };
        if (body) inBody++;
        if (skip) skipped++;
        // Elements separate words ("<li>a</li><li>b</li>" is two words).
        parts.push(' ');
      },
      ontext(data) {
        if (inBody > 0 && skipped === 0) parts.push(data);
      },
      onclosetag(name) {
        const open = stack.pop();
        if (!open) return;
        if (name === 'head') closeStretch(parser.startIndex);
        // After the head's <title>, the rest of the head may be left out again.
        if (name === 'title' && titles === 1 && stack.length === 2 && !stretch) stretch = { start: parser.endIndex + 1, clean: true };
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
  return { text: parts.join(''), bodyEnd, unread };
}
