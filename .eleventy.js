// Eleventy's entry point. It only prints the site view built by src/; it never reads content/.
// Run through tsx (npm run build / npm start) so the TypeScript import resolves; the import is
// dynamic because Eleventy's watcher parses static imports as plain JavaScript.

/** @param {any} eleventyConfig */
export default async function (eleventyConfig) {
  const { configure } = await import('./src/eleventy/configure.ts');
  return configure(eleventyConfig);
}
