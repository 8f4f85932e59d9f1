import { compoundParts, MIN_COMPOUND } from './decompound.ts';
import { dutchLexicon, MIN_LEXICON_WORD } from './dutch-lexicon.ts';
import { ownCopy } from './own-copy.ts';
import { searchableText, type SearchableText } from './page-text.ts';
import { vocabularyJson, WordCounts } from './vocabulary.ts';
import { searchWords } from './words.ts';

/** How the indexed copy of a page carries the parts of its compound words (never the published file). */
export const PARTS_ELEMENT = 'data-pagefind-weight="0.5"';

// The attribute htmlparser2 would find, in any letter case: a page without it has no indexed region.
const BODY_ATTRIBUTE = /data-pagefind-body/i;

/** What completes one page's indexed copy once every page is known: appended to the start `add` gave. */
export interface CopyEnding {
  file: string;
  ending: string;
}

/** What the collector keeps of a page until the end: its file, the rest of its copy, and its long words. */
interface PendingPage {
  file: string;
  tail: string;
  longWords: string[];
}

/**
 * Where a page's indexed copy starts and how it ends: the HTML without the stretches Pagefind would
 * read to no effect (less to write and parse; the same index), cut where the indexed region closes.
 */
function splitCopy(html: string, found: SearchableText): { start: string; tail: string } {
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end] of found.unread) {
    pieces.push(html.slice(from, start));
    from = end;
  }
  pieces.push(html.slice(from, found.bodyEnd));
  return { start: pieces.join(''), tail: ownCopy(html.slice(found.bodyEnd)) };
}

/**
 * Gathers the rendered pages of a site for Pagefind, one at a time and in any order, keeping only
 * what the end needs (never a page's HTML). Pagefind does not split Dutch compounds, so each page is
 * indexed from a copy that carries, at the end of its indexed region, the known parts of its compound
 * words ("profvoetbal" → prof voetbal) at half weight: "voetbal" finds the page, the published HTML
 * (and what a screen reader hears) stays as it is. Parts are known words: words of the site itself or
 * of the Dutch dictionary, so they are known only once every page is in. Hence two steps: `add` gives
 * the start of a page's copy, `finish` what completes each copy, and the vocabulary file.
 */
export class SearchCollector {
  readonly #counts = new WordCounts();
  readonly #pages: PendingPage[] = [];
  readonly #seen = new Set<string>();
  // One stored copy of each long word, shared by the pages that hold it.
  readonly #longWords = new Map<string, string>();
  #finished = false;

  /** Whether the page of this file (relative to the site, forward slashes) is in already. */
  has(file: string): boolean {
    return this.#seen.has(file);
  }

  /**
   * Takes a rendered page in: the start of its indexed copy, or null when Pagefind would not index it
   * (no data-pagefind-body element). Most pages that are not indexed are passed over without parsing.
   */
  add(file: string, html: string): string | null {
    if (this.#finished) throw new Error('De zoekindex is al afgesloten.');
    if (this.#seen.has(file)) throw new Error(`De zoekindex kreeg de pagina ${file} twee keer.`);
    this.#seen.add(file);
    if (!BODY_ATTRIBUTE.test(html)) return null;
    const found = searchableText(html);
    if (!found) return null;
    const words = searchWords(found.text);
    this.#counts.add(words);
    const longWords = new Set<string>();
    for (const word of words) {
      if (word.length < MIN_COMPOUND || longWords.has(word)) continue;
      let own = this.#longWords.get(word);
      if (own === undefined) this.#longWords.set((own = ownCopy(word)), own);
      longWords.add(own);
    }
    const { start, tail } = splitCopy(html, found);
    this.#pages.push({ file, tail, longWords: [...longWords] });
    return start;
  }

  /** How many pages are indexed so far. */
  get indexed(): number {
    return this.#pages.length;
  }

  /** What completes each indexed copy (the parts of its compounds, then the rest of the page), in the order added, and the vocabulary file. */
  finish(): { endings: CopyEnding[]; vocabulary: string } {
    if (this.#finished) throw new Error('De zoekindex is al afgesloten.');
    this.#finished = true;
    const counts = this.#counts;
    const lexicon = dutchLexicon();
    const known = (word: string) => word.length >= MIN_LEXICON_WORD && (counts.has(word) || lexicon.has(word));
    const partsOf = new Map<string, string[]>();
    const partCounts = new WordCounts();
    const endings = this.#pages.map(({ file, tail, longWords }) => {
      const own = new Set(longWords);
      const parts = new Set<string>();
      for (const word of longWords) {
        if (!partsOf.has(word)) partsOf.set(word, compoundParts(word, known));
        for (const part of partsOf.get(word)!) if (!own.has(part)) parts.add(part);
      }
      partCounts.add(parts);
      // Parts are runs of letters (searchWords), so they need no escaping.
      return { file, ending: parts.size ? `<div ${PARTS_ELEMENT}>${[...parts].join(' ')}</div>${tail}` : tail };
    });
    // A part found only inside compounds is a word one can search for too: no "Bedoelde je …?" for "voetbal".
    for (const [part, count] of partCounts.entries()) if (!counts.has(part)) counts.add(Array(count).fill(part));
    return { endings, vocabulary: vocabularyJson(counts) };
  }
}
