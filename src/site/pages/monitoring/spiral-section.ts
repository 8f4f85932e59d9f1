import { nl } from '../../../messages/nl.ts';
import type { SiteModel } from '../../../model/site-model.ts';
import { formatDate } from '../../format.ts';
import type { PublicActors } from '../../public-actors.ts';
import { generations, invitationTree, type SpiralTree } from '../../spiral.ts';
import { countTable, type CountTable } from './counts.ts';

const t = nl.monitoring.spiral;

/** Spiral growth on the overview: actors per generation of invitations, and who brought in whom (public actors only). */
export interface SpiralSection {
  intro: string;
  generations: CountTable;
  tree: SpiralTree;
  standalone: string;
}

/** The spiral growth section of /monitoring/. */
export function spiralSection(model: SiteModel, actors: PublicActors): SpiralSection {
  const gens = generations(model);
  const tree = invitationTree(model, actors);
  return {
    intro: t.intro,
    generations: countTable(
      'generaties',
      t.generationsTitle,
      t.generationsCaption(formatDate(model.asOf)),
      t.generation,
      gens.map((entry) => ({ label: t.generationLabel(entry.generation), count: entry.count })),
      model.actors.length,
    ),
    tree,
    standalone: tree.standalone ? t.standalone(tree.standalone) : '',
  };
}
