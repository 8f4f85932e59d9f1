import { nl } from '../messages/nl.ts';
import type { SiteModel } from '../model/site-model.ts';
import type { Problem } from '../problems/problem.ts';
import { outputPath } from './routes.ts';
import type { DeclaredUrl, UrlOwner, UrlPlan } from './url-owners.ts';

const t = nl.urls;

/** Slugs that would name an actor without consent: its file name and its former names. */
export function hiddenActorSlugs(model: SiteModel): Set<string> {
  return new Set(model.actors.filter((actor) => !actor.public).flatMap((actor) => [actor.slug, ...actor.aliases]));
}

/** How an owner is named in a message. */
function label(owner: UrlOwner): string {
  if (owner.kind === 'generated') return t.owners.generated(owner.what);
  if (owner.kind === 'alias') return t.owners.alias(owner.file, owner.alias);
  if (owner.kind === 'indicator') return t.owners.indicator(owner.id, owner.file);
  return t.owners.file(owner.file);
}

/** Generated owners hold a URL first, then entries, then indicators, then aliases: the later one is where the fix goes. */
function rank(owner: UrlOwner): number {
  return { generated: 0, entry: 1, indicator: 2, alias: 3 }[owner.kind];
}

function ownerKey(owner: UrlOwner): string {
  switch (owner.kind) {
    case 'generated':
      return `0 ${owner.what}`;
    case 'entry':
      return `1 ${owner.file}`;
    case 'indicator':
      return `2 ${owner.file} ${owner.index}`;
    case 'alias':
      return `3 ${owner.file} ${owner.index}`;
  }
}

/** `/initiatieven/thema/` → `/initiatieven/`. */
function topFolder(url: string): string {
  return url.slice(0, url.indexOf('/', 1) + 1);
}

/** A problem at a content owner: the file (line 1), the alias in its `aliases` list, or the indicator's id (checkSite finds their lines). */
function at(owner: Exclude<UrlOwner, { kind: 'generated' }>, code: Problem['code'], message: string, hint: string): Problem {
  const field = owner.kind === 'alias' ? `aliases.${owner.index}` : owner.kind === 'indicator' ? `${owner.index}.id` : '';
  return { code, file: owner.file, line: 1, column: 1, field, message, hint };
}

function fixHint(owner: Exclude<UrlOwner, { kind: 'generated' }>): string {
  if (owner.kind === 'alias') return t.aliasHint(owner.alias);
  if (owner.kind === 'indicator') return t.indicatorHint(owner.id);
  return t.renameHint(owner.file);
}

/**
 * Two producers of one output file, and content URLs inside a folder the site fills itself: one
 * problem per extra owner, at that owner, naming the owner that holds the URL. Generated URLs
 * never collide with each other (tests/site/url-owners.test.ts), so every problem has a content file.
 */
export function urlCollisions(plan: UrlPlan): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, DeclaredUrl>();
  const shared = new Map<string, DeclaredUrl[]>();
  for (const declared of plan.urls) {
    const key = outputPath(declared.url);
    const holder = first.get(key);
    if (!holder) first.set(key, declared);
    else shared.set(key, [...(shared.get(key) ?? [holder]), declared]);
  }
  for (const list of shared.values()) {
    // One problem per file, not per URL: an alias publishes six engagement URLs at once.
    const owners = new Map<string, DeclaredUrl>();
    for (const declared of list) if (!owners.has(ownerKey(declared.owner))) owners.set(ownerKey(declared.owner), declared);
    const [holder, ...others] = [...owners.values()].sort((a, b) => rank(a.owner) - rank(b.owner) || ownerKey(a.owner).localeCompare(ownerKey(b.owner)));
    for (const other of others) {
      if (!holder || other.owner.kind === 'generated') throw new Error(`Twee onderdelen van de site maken ${other.url}: ${label(holder?.owner ?? other.owner)} en ${label(other.owner)}.`);
      problems.push(at(other.owner, 'url-collision', t.collision(other.url, label(holder.owner), label(other.owner)), fixHint(other.owner)));
    }
  }
  const reported = new Set<string>();
  // Every reserved folder sits in a top-level folder; most URLs share none of those.
  const tops = new Set(plan.folders.map((folder) => topFolder(folder.folder)));
  for (const declared of plan.urls) {
    const { owner } = declared;
    if (owner.kind === 'generated' || !tops.has(topFolder(declared.url))) continue;
    const folder = plan.folders.find((candidate) => declared.url.startsWith(candidate.folder));
    // One problem per file: an actor publishes under /actoren/ and /engagement/ at once.
    const key = ownerKey(owner);
    if (!folder || reported.has(key)) continue;
    reported.add(key);
    problems.push(at(owner, 'url-collision', t.inFolder(declared.url, label(owner), folder.folder, t.owners.generated(folder.what)), fixHint(owner)));
  }
  return problems;
}

/**
 * Published URLs whose slug is the file name (or a former name) of an actor without consent: an
 * ambassador file named after such an actor, for instance, would publish that name in its address.
 */
export function hiddenActorUrls(plan: UrlPlan, hidden: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const declared of plan.urls) {
    const { owner } = declared;
    if (owner.kind !== 'entry' || !hidden.has(owner.slug) || reported.has(owner.file)) continue;
    reported.add(owner.file);
    problems.push(at(owner, 'hidden-actor-in-url', t.hiddenActor(declared.url, owner.slug), t.hiddenActorHint(owner.file)));
  }
  return problems;
}
