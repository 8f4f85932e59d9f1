import type { MediaFile } from './media.ts';

/** A link as templates print it. */
export interface Link {
  label: string;
  url: string;
}

/** What Pagefind learns about a page: its kind, its filters and the summary shown in results. */
export interface SearchInfo {
  /** initiatief | actor | activiteit | ambassadeur | pagina */
  kind: string;
  filters: Record<string, string[]>;
  summary?: string;
}

/** One HTML page: its URL, the template that prints it, its head metadata and the data it prints. */
export interface PageView<T extends object = object> {
  url: string;
  /** File name under layouts/_includes/pages/, without .njk. */
  template: string;
  title: string;
  description: string;
  breadcrumbs: Link[];
  /** Indexed by Pagefind when present; listing and utility pages leave it out. */
  search?: SearchInfo;
  /** Open Graph type: website for listings, article for entries. */
  ogType?: 'website' | 'article';
  /** Which main navigation item is current. */
  section?: string;
  /** Extra scripts (progressive enhancement only), as URLs under /assets/. */
  scripts?: string[];
  /** Kept out of search engines and the sitemap (a redirect page, for instance). */
  noindex?: boolean;
  /** The URL search engines should index instead of this one; defaults to `url`. */
  canonical?: string;
  /** Sends the browser on to this URL at once (a moved page, for hosts without `_redirects`). */
  refresh?: string;
  /** The page's own share image (og:image); pages without one use the site's. */
  shareImage?: string;
  data: T;
}

/** A page with the <title> its tab shows (see documentTitle), set once all pages are built. */
export type TitledPageView = PageView & { documentTitle: string };

/** A non-HTML output file whose text is computed in TypeScript (CSS, iCalendar, sitemap, headers). */
export interface FileView {
  url: string;
  content: string;
}

/** The site-wide frame every page shares. */
export interface Chrome {
  name: string;
  /** The short name (site.yaml short_name, else the name), after a page's own title in its <title>. */
  shortName: string;
  tagline: string;
  description: string;
  url: string;
  language: string;
  demo: boolean;
  asOf: string;
  asOfLabel: string;
  publisher: string;
  logo?: string;
  nav: (Link & { section: string })[];
  footerLinks: Link[];
  /** The Atom feeds of the sections that have entries, for the head's alternate links. */
  feeds: Link[];
  /** The statements every page links to: contact, privacy, accessibility. */
  statementLinks: Link[];
  /** The funder's emblem and line, when content names one. */
  funding?: { text: string; logo?: { url: string; alt: string } };
  /** The open-data licence, when content names one. */
  licence?: { name: string; url: string };
  /** The share image of pages without their own, and the size of every share image; absent in the dev server's problem view. */
  shareImage?: { url: string; width: number; height: number };
}

/** One entry of an Atom feed. Dates are `Date` objects because the RSS plugin's `dateToRfc3339` filter wants them. */
export interface FeedEntry {
  title: string;
  /** Path of the entry's page; the template makes it absolute with the feed's `base`. */
  url: string;
  published: Date;
  updated: Date;
  summary: string;
  categories: string[];
}

/** An Atom feed, computed in TypeScript and printed by layouts/routes/feed-*.njk. */
export interface FeedView {
  /** Path of the feed itself (also its Atom id, made absolute). */
  url: string;
  /** Path of the HTML page the feed mirrors. */
  htmlUrl: string;
  /** The site's absolute base URL from site.yaml. */
  base: string;
  title: string;
  subtitle: string;
  author: string;
  /** The as-of date at midnight UTC: the same content always gives the same feed. */
  updated: Date;
  entries: FeedEntry[];
}

/**
 * The site's Atom feeds, each as a list of one feed (empty in the dev server's problem view), so
 * that its template paginates over it like pages.njk over the pages, and writes nothing when empty.
 */
export interface FeedsView {
  initiatives: FeedView[];
  events: FeedView[];
}

/** Everything the renderer prints: pages, files and the frame. Built in TypeScript, printed by templates. */
export interface SiteView {
  chrome: Chrome;
  pages: TitledPageView[];
  files: FileView[];
  feeds: FeedsView;
  /**
   * Binary images drawn from SVG after Eleventy has run (the badge PNGs): where each goes and the
   * SVG it is drawn from. Absent in the dev server's problem view.
   */
  rasters?: { url: string; svg: string; /** Image pixels per SVG unit; the badges' 2× when absent. */ scale?: number }[];
  /** Files copied from content/ as they are (logos, images); only those public pages show. */
  media?: MediaFile[];
}
