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
  data: T;
}

/** A non-HTML output file whose text is computed in TypeScript (CSS, iCalendar, sitemap, headers). */
export interface FileView {
  url: string;
  content: string;
}

/** The site-wide frame every page shares. */
export interface Chrome {
  name: string;
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
}

/** Everything the renderer prints: pages, files and the frame. Built in TypeScript, printed by templates. */
export interface SiteView {
  chrome: Chrome;
  pages: PageView[];
  files: FileView[];
}
