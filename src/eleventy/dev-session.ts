import type { Problem } from '../problems/problem.ts';

/** What one dev-server rebuild ended with, for the command to print. */
export type DevRebuild =
  | {
      ok: true;
      asOf: string;
      /** The rebuild before had problems: they are fixed now. */
      fixed: boolean;
      /** The search index is rebuilt after this report: until reportSearch, search finds the previous version. */
      searchPending: boolean;
    }
  | { ok: false; problems: readonly Problem[] };

/** What `npm start` chose, handed to the Eleventy configuration (Eleventy's own `dir.output` is not it). */
export interface DevSettings {
  contentDir: string;
  /** Absolute: the one folder the dev server writes into. */
  outputDir: string;
  /** The cache folder PNGs are drawn into once (default .cache/, `--cache DIR`). */
  cacheDir: string;
  asOf?: string;
  sourceDateEpoch?: string;
  /** Called once the server listens, with its address (the dev server takes the next port when one is in use). */
  announce: (url: string) => void;
  /** Called after every rebuild; the command prints. */
  report: (rebuild: DevRebuild) => void;
  /** Called when a search index rebuilt after a report is written, or with why it failed. */
  reportSearch?: (error: unknown) => void;
  /** Called with an error a request met, which was answered with status 500. */
  reportRequestError: (path: string, error: unknown) => void;
}

/** A running dev server: its settings and what it serves while content has problems. */
export interface DevSession extends DevSettings {
  /** The problems page as last rendered, while content has problems; undefined when it is valid. */
  problemsPage: string | undefined;
  /** The URLs the last valid build declared (as `pageUrlOf` spells them) and its 404 page: older pages in the folder are stale. */
  pages: { urls: ReadonlySet<string>; notFound: string } | undefined;
  /** The PNGs written into the folder so far, cache key by file: a rebuild writes only those whose drawing changed. */
  pngs: Map<string, string>;
  /** The search index being rebuilt after a reported rebuild, and whether another rebuild asked for it meanwhile. */
  search: { running: Promise<void> | undefined; again: boolean };
}

let session: DevSession | undefined;

/** Starts the dev session `npm start` configures Eleventy with; call before Eleventy reads its config. */
export function startDevSession(settings: DevSettings): DevSession {
  session = { ...settings, problemsPage: undefined, pages: undefined, pngs: new Map(), search: { running: undefined, again: false } };
  return session;
}

/** The running dev session, if `npm start` started one. */
export function devSession(): DevSession | undefined {
  return session;
}
