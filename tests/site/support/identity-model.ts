import { prepareSite } from '../../../src/model/prepare-site.ts';
import type { SiteModel } from '../../../src/model/site-model.ts';

/** tests/fixtures/identity: every identity field, no entries, a page with the call to action, a plan. */
export const IDENTITY_CONTENT = 'tests/fixtures/identity';

/** The site model of a content folder, or a thrown error naming its problems. */
export async function modelOf(contentDir: string): Promise<SiteModel> {
  const prepared = await prepareSite({ contentDir });
  if (!prepared.ok) throw new Error(`${contentDir} moet geldig zijn: ${prepared.problems.map((problem) => problem.message).join(' ')}`);
  return prepared.model;
}
