import type { SiteModel } from '../../model/site-model.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { FileView } from '../view.ts';
import { engagementRedirectLines } from './engagement.ts';

/**
 * The Content-Security-Policy of every page. No `unsafe-inline`, no `unsafe-eval`: templates put
 * no script or style in the HTML itself. `wasm-unsafe-eval` lets Pagefind compile its WebAssembly;
 * its web worker is a file under /pagefind/, hence `worker-src 'self'` (no blob: needed).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The web form at /admin/ (Sveltia CMS) needs inline styles (Svelte inserts <style>), blob: and
 * data: URLs, and the Git host's API; its scripts still come only from the site itself.
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** Browser features the site never uses, switched off (only names Chromium knows, so it logs no warning). */
const PERMISSIONS_POLICY = ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'fullscreen=()'].join(', ');

/** Netlify/Cloudflare `_headers` rules: a path pattern and its headers. Patterns never overlap on one header. */
const HEADER_RULES: { path: string; headers: [string, string][] }[] = [
  {
    path: '/*',
    headers: [
      ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', PERMISSIONS_POLICY],
      ['X-Frame-Options', 'DENY'],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
    ],
  },
  // Stylesheets and scripts keep their names from build to build: cache briefly, then ask again.
  { path: '/assets/*', headers: [['Cache-Control', 'public, max-age=3600, must-revalidate']] },
  { path: '/media/*', headers: [['Cache-Control', 'public, max-age=86400']] },
  // Pagefind's index, fragments and filters carry a content hash in their name: they never change.
  { path: '/pagefind/index/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  { path: '/pagefind/fragment/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  { path: '/pagefind/filter/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  // Its entry file, scripts and WebAssembly keep their names and point at the hashed files of one
  // build: a stale copy would ask for files a new deploy removed, so revalidate every time.
  { path: '/pagefind/pagefind*', headers: [['Cache-Control', 'public, max-age=0, must-revalidate']] },
  { path: '/pagefind/wasm.*', headers: [['Cache-Control', 'public, max-age=0, must-revalidate']] },
  { path: routes.feedInitiatives, headers: [['Content-Type', 'application/atom+xml; charset=utf-8']] },
  // Badges are embedded on partners' sites and must show a status change soon: cache for an hour.
  { path: '/engagement/*/badge*', headers: [['Cache-Control', 'public, max-age=3600, must-revalidate']] },
  // The facts of an engagement page, readable by anyone's script that wants to verify them.
  { path: '/engagement/*/index.json', headers: [['Access-Control-Allow-Origin', '*'], ['Cache-Control', 'public, max-age=3600, must-revalidate']] },
  { path: routes.feedEvents, headers: [['Content-Type', 'application/atom+xml; charset=utf-8']] },
  // Cloudflare's "! Header" detaches the site-wide policy before the form's own is set.
  {
    path: '/admin/*',
    headers: [
      ['! Content-Security-Policy', ''],
      ['Content-Security-Policy', ADMIN_CONTENT_SECURITY_POLICY],
      ['X-Robots-Tag', 'noindex'],
    ],
  },
];

/** `/_headers` in the format Netlify and Cloudflare Pages share. */
export function headersFile(): FileView {
  const blocks = HEADER_RULES.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => (value ? `  ${name}: ${value}` : `  ${name}`))].join('\n'));
  return { url: '/_headers', content: `${blocks.join('\n\n')}\n` };
}

/**
 * `/_redirects`: every former slug (alias) of a public actor moves permanently to the actor's page.
 * Aliases of actors without consent are left out: an old slug can give a name away.
 */
export function redirectsFile(actors: PublicActors, model?: SiteModel): FileView {
  const lines = actors
    .all()
    .flatMap((actor) => actor.aliases.map((alias) => ({ alias, slug: actor.slug })))
    .sort((a, b) => a.alias.localeCompare(b.alias))
    .map(({ alias, slug }) => `${routes.actor(alias)} ${routes.actor(slug)} 301`);
  const header = [
    '# Oude adressen van actoren (aliases) verwijzen blijvend naar het nieuwe adres.',
    '# Voor hosts zonder _redirects staat op elk oud adres ook een HTML-pagina die doorverwijst.',
  ];
  return { url: '/_redirects', content: `${[...header, ...lines, ...engagementRedirectLines(actors, model)].join('\n')}\n` };
}

/** The files a static host reads: `_headers` and `_redirects`. */
export function hostingFiles(actors: PublicActors, model?: SiteModel): FileView[] {
  return [headersFile(), redirectsFile(actors, model)];
}
