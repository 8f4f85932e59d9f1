// Renders the outputs fixture (every file, both feeds and the redirect pages) with Eleventy and
// prints the output folder: run by index.test.ts in child processes under different timezones.
import { loadOutputsFixture } from './fixture.ts';
import { renderWithEleventy } from './render-with-eleventy.ts';

const { view } = await loadOutputsFixture();
process.stdout.write(`\n${await renderWithEleventy({ ...view, pages: view.pages.filter((page) => page.template === 'redirect') })}\n`);
