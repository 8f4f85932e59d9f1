import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CMS_PACKAGE = 'node_modules/@sveltia/cms';

/** The folder of the CMS's translations in its npm package (absolute). */
export const CMS_LOCALES_DIR = `${REPO_ROOT}${CMS_PACKAGE}/locales`;

/** The locale whose translation the site generates itself (src/authoring/cms-locale.ts) instead of copying it. */
export const CMS_GENERATED_LOCALE = 'nl';

/** The installed Sveltia CMS version, which its bundle puts in the path of its translations. */
export const CMS_VERSION = (JSON.parse(readFileSync(`${REPO_ROOT}${CMS_PACKAGE}/package.json`, 'utf8')) as { version: string }).version;

// Sveltia CMS fetches its translations and version file from unpkg and its fonts from jsDelivr at run
// time. The site serves all of them itself: the base below becomes a path relative to /admin/, and the
// fonts come from the @fontsource packages. A Sveltia update that moves these fails the build loudly.
const UNPKG_BASE = '`https://unpkg.com/@sveltia/cms`';
const LOCAL_BASE = '`sveltia`';
// Other packages it imports at run time (Immutable.js, for the preSave hook of controles.js) come from
// `https://unpkg.com/<name>@<version>`; that base becomes ./npm/ beside the bundle, where the site
// serves the ones it uses (NPM_COPIES).
const UNPKG_PACKAGES = '`https://unpkg.com/${e}`';
const LOCAL_PACKAGES = '`./npm/${e}`';
/** The run-time imports the site serves itself: package and file, at the version the bundle asks for. */
const NPM_COPIES = [{ name: 'immutable', file: 'dist/immutable.es.js' }] as const;
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
  if (source.split(UNPKG_PACKAGES).length !== 2) {
    throw new Error(`@sveltia/cms ${CMS_VERSION}: de verwijzing ${UNPKG_PACKAGES} staat niet (één keer) in de bundel; pas src/authoring/cms-bundle.ts aan.`);
  }
  return source
    .replace(UNPKG_BASE, LOCAL_BASE)
    .replace(UNPKG_PACKAGES, LOCAL_PACKAGES)
    .replace(FONT_URL, (_url, family: string, variable: string | undefined, file: string) => fontFile(family, Boolean(variable), file).to.replace(/^admin\//, ''));
}

/** Where the bundle fetches its translations from, under the site. */
export const CMS_LOCALES_URL = `/admin/sveltia@${CMS_VERSION}/locales`;

let bundle: string | undefined;

/** The CMS bundle from the npm package, with its CDN addresses made local (read once per process). */
export function cmsBundle(): string {
  bundle ??= localizeCmsBundle(readFileSync(`${REPO_ROOT}${CMS_PACKAGE}/dist/sveltia-cms.js`, 'utf8'));
  return bundle;
}

/**
 * The files the CMS fetches besides its bundle, copied as they are from npm packages into the site
 * (for Eleventy's passthrough copy, paths from the repository root): its translations but the Dutch
 * one, its version file (so it does not announce an update), Immutable.js and its fonts.
 */
export function cmsStaticCopies(): Record<string, string> {
  const source = readFileSync(`${REPO_ROOT}${CMS_PACKAGE}/dist/sveltia-cms.js`, 'utf8');
  const copies: Record<string, string> = { [`${CMS_PACKAGE}/package.json`]: 'admin/sveltia/package.json' };
  // Every translation but Dutch, which cmsFiles writes completed (the package's nl.json is partly English).
  for (const file of readdirSync(CMS_LOCALES_DIR).sort()) {
    if (file !== `${CMS_GENERATED_LOCALE}.json`) copies[`${CMS_PACKAGE}/locales/${file}`] = `${CMS_LOCALES_URL.slice(1)}/${file}`;
  }
  const dependencies = (JSON.parse(readFileSync(`${REPO_ROOT}${CMS_PACKAGE}/package.json`, 'utf8')) as { dependencies: Record<string, string> }).dependencies;
  for (const { name, file } of NPM_COPIES) {
    // The bundle asks for the version in its package.json without the range sign (^5.1.9 → 5.1.9).
    const version = dependencies[name]?.replace(/^\D/, '');
    copies[`node_modules/${name}/${file}`] = `admin/npm/${name}@${version}/${file}`;
  }
  for (const [, family, variable, file] of source.matchAll(FONT_URL)) {
    const font = fontFile(family!, Boolean(variable), file!);
    copies[font.from] = font.to;
  }
  return copies;
}
