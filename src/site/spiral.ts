import { nl } from '../messages/nl.ts';
import type { Actor, SiteModel } from '../model/site-model.ts';
import type { PublicActors } from './public-actors.ts';
import type { Link } from './view.ts';

/** How many actors one generation of invitations brought in. */
export interface Generation {
  generation: number;
  count: number;
}

/**
 * Spiral growth by generation: generation 0 are the actors nobody invited (no `invited_by`),
 * generation n + 1 those invited by an actor of generation n. Every actor counts, named or not.
 * Validation refuses invitation cycles, so every chain ends at generation 0.
 */
export function generations(model: SiteModel): Generation[] {
  const bySlug = new Map(model.actors.map((actor) => [actor.slug, actor]));
  const depth = new Map<string, number>();
  const depthOf = (actor: Actor, seen: Set<string> = new Set()): number => {
    const known = depth.get(actor.slug);
    if (known !== undefined) return known;
    const inviter = actor.invited_by ? bySlug.get(actor.invited_by) : undefined;
    // A cycle cannot pass validation; should one slip through, it is cut at generation 0.
    const result = inviter && !seen.has(inviter.slug) ? depthOf(inviter, seen.add(actor.slug)) + 1 : 0;
    depth.set(actor.slug, result);
    return result;
  };
  const counts: number[] = [];
  for (const actor of model.actors) {
    const generation = depthOf(actor);
    counts[generation] = (counts[generation] ?? 0) + 1;
  }
  return Array.from(counts, (count, generation) => ({ generation, count: count ?? 0 }));
}

/**
 * One node of the invitation tree as the page prints it: a public actor as a link, or an actor
 * without consent as the words "een organisatie die niet bij naam genoemd wil worden" — never its
 * name. `unnamedLeaves` counts the invited actors without consent who brought in nobody named.
 */
export interface TreeNode {
  link?: Link;
  unnamed?: string;
  children: TreeNode[];
  unnamedLeaves: number;
  unnamedLeavesLabel: string;
}

/** The invitation tree: only chains (an actor who invited someone), public actors named, the others hidden. */
export interface SpiralTree {
  roots: TreeNode[];
  /** Actors nobody invited who brought in nobody (yet): counted, not listed. */
  standalone: number;
}

/** The tree of invitations from every generation-0 actor that brought someone in. */
export function invitationTree(model: SiteModel, actors: PublicActors): SpiralTree {
  const bySlug = new Map(model.actors.map((actor) => [actor.slug, actor]));
  const childrenOf = (actor: Actor) => actor.invited.map((slug) => bySlug.get(slug)).filter((child): child is Actor => child !== undefined);
  const hasPublicDescendant = (actor: Actor, seen = new Set<string>()): boolean =>
    childrenOf(actor).some((child) => !seen.has(child.slug) && (actors.get(child.slug) !== undefined || hasPublicDescendant(child, seen.add(child.slug))));

  const node = (actor: Actor, seen: Set<string>): TreeNode => {
    seen.add(actor.slug);
    const link = actors.link(actor.slug);
    const children: TreeNode[] = [];
    let unnamedLeaves = 0;
    // Public children first, in name order (model.actors is sorted by name); hidden branches after.
    const kids = childrenOf(actor).filter((child) => !seen.has(child.slug));
    const ordered = [...kids.filter((child) => actors.get(child.slug)), ...kids.filter((child) => !actors.get(child.slug))];
    for (const child of ordered) {
      if (actors.get(child.slug) || hasPublicDescendant(child)) children.push(node(child, seen));
      else unnamedLeaves++;
    }
    return {
      ...(link ? { link } : { unnamed: nl.site.actorsPage.invitedByUnnamed }),
      children,
      unnamedLeaves,
      unnamedLeavesLabel: unnamedLeaves ? nl.monitoring.spiral.unnamedLeaves(unnamedLeaves) : '',
    };
  };

  const roots: TreeNode[] = [];
  let standalone = 0;
  const rootActors = model.actors.filter((actor) => !actor.invited_by || !bySlug.has(actor.invited_by));
  // Named roots first; a hidden root is shown only when it brought in someone named.
  const orderedRoots = [...rootActors.filter((actor) => actors.get(actor.slug)), ...rootActors.filter((actor) => !actors.get(actor.slug))];
  let hiddenRootsWithUnnamedOnly = 0;
  for (const actor of orderedRoots) {
    if (actor.invited.length === 0) standalone++;
    else if (actors.get(actor.slug) || hasPublicDescendant(actor)) roots.push(node(actor, new Set()));
    else hiddenRootsWithUnnamedOnly++;
  }
  // Chains of actors without consent only are counted with the stand-alone actors' tree below.
  if (hiddenRootsWithUnnamedOnly) {
    roots.push({ unnamed: nl.monitoring.spiral.hiddenChains(hiddenRootsWithUnnamedOnly), children: [], unnamedLeaves: 0, unnamedLeavesLabel: '' });
  }
  return { roots, standalone };
}
