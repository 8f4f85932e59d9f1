import { locate } from '../load/locate.ts';
import { didYouMean } from '../problems/suggest.ts';
import type { Problem } from '../problems/problem.ts';
import type { VisibilityFile } from '../schema/visibility.ts';
import type { Validatable } from './validate-with-schema.ts';

/** What the visibility check needs: the file as validated and its source, and every actor with its aliases. */
export interface VisibilityCheckInputs {
  visibility: { source: Validatable; data: VisibilityFile };
  actors: ReadonlyArray<{ slug: string; data: { aliases: readonly string[] } }>;
  /** Actor files that failed validation still exist: their slugs are not unknown. */
  actorFiles: readonly string[];
}

/** Every actor named in content/visibility.yaml must be an actor file; an old name points to the new one. */
export function checkVisibility(inputs: VisibilityCheckInputs): Problem[] {
  const known = new Set(inputs.actorFiles);
  const aliasOwner = new Map(inputs.actors.flatMap((actor) => actor.data.aliases.map((alias) => [alias, actor.slug] as const)));
  const problems: Problem[] = [];
  for (const actor of Object.keys(inputs.visibility.data)) {
    if (known.has(actor)) continue;
    const renamed = aliasOwner.get(actor);
    // The actor is the key: the problem points at it, not at its list of checks.
    const position = locate(inputs.visibility.source.yaml, [actor], true);
    problems.push({
        file: inputs.visibility.source.file,
        line: position.line,
        column: position.column,
        field: actor,
        code: 'unknown-reference',
        message: renamed ? `"${actor}" is een oude naam van actor "${renamed}".` : `"${actor}" is geen bekende actor${didYouMean(actor, known)}.`,
        hint: renamed
          ? `Vervang ${actor}: door ${renamed}: (voeg de controles samen als ${renamed} er al staat).`
          : 'Schrijf de bestandsnaam van een actor in content/actors/, zonder .md, of verwijder dit blok als de actor niet meer bestaat.',
    });
  }
  return problems;
}
