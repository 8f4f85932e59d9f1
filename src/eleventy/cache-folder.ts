/** The folder where the build and the dev server keep work they can reuse, by content (gitignored; CI may keep it between runs). */
export const DEFAULT_CACHE_DIR = '.cache';
