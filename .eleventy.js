// Eleventy's entry point. It only prints the site view built by src/; it never reads content/.
// Run through tsx (npm run build / npm start) so the TypeScript import below resolves.
import { configure } from './src/eleventy/configure.ts';

/** @param {any} eleventyConfig */
export default function (eleventyConfig) {
  return configure(eleventyConfig);
}
