import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CMS_PACKAGE = 'node_modules/@sveltia/cms';

/** The installed Sveltia CMS version, which its bundle puts in the path of its translations. */
export const CMS_VERSION = (JSON.parse(readFileSync(`${REPO_ROOT}${CMS_PACKAGE}/package.json`, 'utf8')) as { version: string }).version;

// Sveltia CMS fetches its translations and version file from unpkg and its fonts from jsDelivr at run
// time. The site serves all of them itself: the base below becomes a path relative to /admin/, and the
// fonts come from the @fontsource packages. A Sveltia update that moves these fails the build loudly.
const UNPKG_BASE = '`https://unpkg.com/@sveltia/cms`';
const LOCAL_BASE = '`sveltia`';
const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[0-9.]+\/([a-z0-9-]+\.woff2)/g;

/** The local copy of one font the bundle asks jsDelivr for: the @fontsource package file and its place under /admin/. */
function fontFile(family: string, variable: boolean, file: string): { from: string; to: string } {
  const pkg = variable ? `@fontsource-variable/${family}` : `@fontsource/${family}`;
  return { from: `node_modules/${pkg}/files/${family}-${file}`, to: `admin/fonts/${family}-${file}` };
}

/** Rewrites the bundle's CDN addresses to files the site serves under /admin/; throws when one is no longer there. */
export function localizeCmsBundle(source: string): string {
  if (source.split(UNPKG_BASE).length !== 2) {
    throw new Error(`@sveltia/cms ${CMS_VERSION}: de verwijzing ${UNPKG_BASE} staat niet (één keer) in de bundel; pas src/authoring/cms-bundle.ts aan.`);
  }
  const fonts = [...source.matchAll(FONT_URL)];
  if (fonts.length === 0) throw new Error(`@sveltia/cms ${CMS_VERSION}: geen lettertypen van jsDelivr gevonden; pas src/authoring/cms-bundle.ts aan.`);
  return source
    .replace(UNPKG_BASE, LOCAL_BASE)
    .replace(FONT_URL, (_url, family: string, variable: string | undefined, file: string) => fontFile(family, Boolean(variable), file).to.replace(/^admin\//, ''));
}

let bundle: string | undefined;

/** The CMS bundle from the npm package, with its CDN addresses made local (read once per process). */
export function cmsBundle(): string {
  bundle ??= localizeCmsBundle(readFileSync(`${REPO_ROOT}${CMS_PACKAGE}/dist/sveltia-cms.js`, 'utf8'));
  return bundle;
}

/**
 * The files the CMS fetches besides its bundle, copied as they are from npm packages into the site
 * (for Eleventy's passthrough copy, paths from the repository root): its translations, its version
 * file (so it does not announce an update) and its fonts.
 */
export function cmsStaticCopies(): Record<string, string> {
  const source = readFileSync(`${REPO_ROOT}${CMS_PACKAGE}/dist/sveltia-cms.js`, 'utf8');
  const copies: Record<string, string> = {
    [`${CMS_PACKAGE}/locales`]: `admin/sveltia@${CMS_VERSION}/locales`,
    [`${CMS_PACKAGE}/package.json`]: 'admin/sveltia/package.json',
  };
  for (const [, family, variable, file] of source.matchAll(FONT_URL)) {
    const font = fontFile(family!, Boolean(variable), file!);
    copies[font.from] = font.to;
  }
  return copies;
}
