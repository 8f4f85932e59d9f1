import type { Problem } from '../problems/problem.ts';
import type { ActorInput } from '../schema/actor.ts';
import type { Checked } from './check-references.ts';
import { problemAt } from './validate-with-schema.ts';

/**
 * The key two actor names are compared by: lower case, accents and punctuation dropped, spaces
 * collapsed, so "Stad Leuven", "stad  leuven" and "Stad-Leuven" are one name.
 */
export function duplicateNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Two actors with the same name are one organisation entered twice (the web form saves the second
 * "Stad Leuven" quietly as stad-leuven-1.md) and would stand twice in every list. The actor with the
 * shortest file name (then the first alphabetically) is taken as the existing one; each other is a
 * `duplicate-name` problem at its name that points at that file.
 */
export function checkDuplicateNames(actors: readonly Checked<ActorInput>[]): Problem[] {
  const byName = new Map<string, Checked<ActorInput>[]>();
  for (const actor of actors) {
    const key = duplicateNameKey(actor.data.name);
    byName.set(key, [...(byName.get(key) ?? []), actor]);
  }
  const problems: Problem[] = [];
  for (const same of byName.values()) {
    // A name used once has no others, so nothing is reported.
    const [first, ...others] = [...same].sort((a, b) => a.slug.length - b.slug.length || a.slug.localeCompare(b.slug));
    for (const actor of others) {
      problems.push(
        problemAt(actor.source, ['name'], {
          code: 'duplicate-name',
          message: `"${actor.data.name}" is ook de naam van actors/${first!.slug}.md (bedoelde je die actor?).`,
          hint: `Eén organisatie is één actor: werk actors/${first!.slug}.md bij en verwijder deze kopie zolang ze niet gepubliceerd is; zijn het twee organisaties, geef elk dan een naam die ze onderscheidt.`,
        }),
      );
    }
  }
  return problems;
}
