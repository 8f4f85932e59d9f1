import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { setViewState } from '../../../src/eleventy/view-state.ts';
import { renderedUrls, writeViewFiles } from '../../../src/eleventy/write-view-files.ts';
import type { SiteView } from '../../../src/site/view.ts';

/**
 * Renders a site view with the project's real Eleventy configuration and templates into a fresh
 * temporary folder, and returns that folder. Pass a view whose `pages` holds only the pages a test
 * needs: every template a page names is rendered, the others are never read. The view's files are
 * written after Eleventy, as the build does.
 */
export async function renderWithEleventy(view: SiteView): Promise<string> {
  const output = await mkdtemp(path.join(tmpdir(), 'integratiepact-outputs-'));
  setViewState({ view, problems: [] });
  const eleventy = new Eleventy('layouts', output, { configPath: '.eleventy.js', quietMode: true, runMode: 'build' });
  await eleventy.write();
  await writeViewFiles(output, view.files, { claimed: renderedUrls(view) });
  return output;
}
