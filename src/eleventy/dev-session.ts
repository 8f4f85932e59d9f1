import { ParsedFileCache } from '../load/parsed-file-cache.ts';
import type { Problem } from '../problems/problem.ts';
import { DevOutputs } from './dev-outputs.ts';

/** What one dev-server rebuild ended with, for the command to print. */
export type DevRebuild =
  | {
      ok: true;
      asOf: string;
      /** The rebuild before had problems: they are fixed now. */
      fixed: boolean;
      /** The search index is rebuilt after this report: until reportSearch, search finds the previous version. */
      searchPending: boolean;
      /** Only these pages of the one edited entry were written: the rest of the site follows in a second run. */
      entryPages?: readonly string[];
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
  /** The drawing of each PNG URL written so far: a rebuild looks only at those whose SVG or scale changed. */
  rasters: Map<string, { svg: string; scale: number | undefined }>;
  /** The media files copied so far, the source file's stamp by URL: a rebuild copies only changed ones. */
  media: Map<string, string>;
  /** What Eleventy wrote into the folder so far: a rebuild prints only the outputs whose data changed. */
  outputs: DevOutputs;
  /** The content files parsed so far: a rebuild reads only the changed ones again. */
  parsedFiles: ParsedFileCache;
  /** The search index being rebuilt after a reported rebuild, and whether another rebuild asked for it meanwhile. */
  search: { running: Promise<void> | undefined; again: boolean };
  /** The files the running Eleventy run was started for (its watch queue); empty for the first build. */
  changed: readonly string[];
  /** The last run built only one entry's pages: the next run builds the whole site, whatever changed. */
  fullPassNext: boolean;
  /** Asks Eleventy for another run as if `file` changed (serve-command sets it once Eleventy watches). */
  requestRun?: (file: string) => void;
}

let session: DevSession | undefined;

/** A session on `settings` that has written nothing yet. */
export function newDevSession(settings: DevSettings): DevSession {
  return {
    ...settings,
    problemsPage: undefined,
    pages: undefined,
    pngs: new Map(),
    rasters: new Map(),
    media: new Map(),
    outputs: new DevOutputs(),
    parsedFiles: new ParsedFileCache(),
    search: { running: undefined, again: false },
    changed: [],
    fullPassNext: false,
  };
}

/** Starts the dev session `npm start` configures Eleventy with; call before Eleventy reads its config. */
export function startDevSession(settings: DevSettings): DevSession {
  session = newDevSession(settings);
  return session;
}

/** The running dev session, if `npm start` started one. */
export function devSession(): DevSession | undefined {
  return session;
}
