import { routes } from './routes.ts';

/** The longest <title> html-validate's recommended preset allows (long-title). */
export const MAX_TITLE_LENGTH = 70;

/** What a <title> is made of: the page's own title and the programme's names. */
export interface TitleParts {
  url: string;
  title: string;
  /** The programme's full name, the home page's title. */
  name: string;
  /** The programme's short name (else its name), after every other page's title. */
  shortName: string;
}

/** Cuts a text to at most `max` characters, ending in "…" when it had to be cut. */
function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The browser tab's title, at most 70 characters: "<page> – <short name>", or the full name on the
 * home page. A suffix that does not fit is left out rather than the page's own words, which tell
 * the tabs apart; a page title longer than the limit on its own is cut.
 */
export function documentTitle(parts: TitleParts): string {
  if (parts.url === routes.home) return parts.name.length <= MAX_TITLE_LENGTH ? parts.name : fit(parts.shortName, MAX_TITLE_LENGTH);
  const full = `${parts.title} – ${parts.shortName}`;
  return full.length <= MAX_TITLE_LENGTH ? full : fit(parts.title, MAX_TITLE_LENGTH);
}
