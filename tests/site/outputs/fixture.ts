import { fileURLToPath } from 'node:url';
import { prepareSite } from '../../../src/model/prepare-site.ts';
import type { SiteModel } from '../../../src/model/site-model.ts';
import { buildView } from '../../../src/site/build-view.ts';
import { PublicActors } from '../../../src/site/public-actors.ts';
import type { SiteView } from '../../../src/site/view.ts';

/** tests/fixtures/outputs: three actors (one without consent, one public with an alias), four events, two initiatives. */
export const OUTPUTS_FIXTURE = fileURLToPath(new URL('../../fixtures/outputs/', import.meta.url));

/** Everything a name of the actor without consent could leak as: name, slug, alias, website host. */
export const SECRET_STRINGS = ['Garage Zwijgzaam', 'garage-zwijgzaam', 'oude-garage-zwijgzaam', 'www.garage-zwijgzaam.example.be'];

/** The fixture's model, its public-actor gate and its full view. */
export async function loadOutputsFixture(): Promise<{ model: SiteModel; actors: PublicActors; view: SiteView }> {
  const prepared = await prepareSite({ contentDir: OUTPUTS_FIXTURE });
  if (!prepared.ok) throw new Error(`The outputs fixture is invalid:\n${prepared.problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`).join('\n')}`);
  return { model: prepared.model, actors: new PublicActors(prepared.model), view: buildView(prepared.model) };
}
