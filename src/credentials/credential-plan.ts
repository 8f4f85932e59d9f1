import type { Actor, SiteModel } from '../model/site-model.ts';
import type { CommitmentStatus, Standing } from '../site/commitment-status.ts';
import { actorStatus, compareUrls, engagementUrls } from '../site/engagement.ts';
import type { PublicActors } from '../site/public-actors.ts';
import { routes } from '../site/routes.ts';
import { assignIndices, type CredentialsLockEntry } from './credentials-lock.ts';
import { openBadgeCredential, type OpenBadgeCredential } from './open-badge.ts';
import { statusBits, type StatusBits, type StatusPurpose } from './status-purpose.ts';

/** A public actor that holds a badge level (standing or ended) on the as-of date, with that status. */
export interface CredentialHolder {
  actor: Actor;
  status: CommitmentStatus & { level: NonNullable<CommitmentStatus['level']> };
}

/** One credential to publish, before its proof: where it goes and the standing its status bits follow. */
export interface PlannedCredential {
  url: string;
  /** Copies at the actor's former slugs, so an old credential address keeps answering on any host. */
  aliasUrls: string[];
  standing: Standing;
  document: OpenBadgeCredential;
}

/** Everything the build signs and publishes for the badges as credentials, computed from content and the credentials lock. */
export interface CredentialPlan {
  /** False for a site without actors: it publishes no credential files at all. */
  published: boolean;
  /** The issuer profile's path on the site. */
  issuerUrl: string;
  /** The status lists' paths on the site. */
  lists: Record<StatusPurpose, string>;
  credentials: PlannedCredential[];
  /** The bits of every index in the lock, at its index. */
  statuses: StatusBits[];
  /** The credentials lock after this build. */
  entries: CredentialsLockEntry[];
}

/** The public actors that get a credential: those with a badge level, in slug order. */
export function credentialHolders(model: SiteModel, actors: PublicActors): CredentialHolder[] {
  return actors
    .all()
    .map((actor) => ({ actor, status: actorStatus(model, actor) }))
    .filter((holder): holder is CredentialHolder => holder.status.level !== undefined)
    .sort((a, b) => compareUrls(a.actor.slug, b.actor.slug));
}

/** True when the site publishes the issuer profile and status lists: as soon as it has actors, and from then on. */
export function publishesCredentials(model: SiteModel): boolean {
  return model.actors.length > 0;
}

/** The site-wide credential files: issuer profile and both status lists. */
export function credentialSiteUrls(): string[] {
  return [routes.credentialIssuer, routes.statusLists.revocation, routes.statusLists.suspension];
}

/**
 * The credentials of the public actors with a level, each at its index from the lock (new actors
 * get the next indices, in slug order), and the status bits of every index: an index whose actor
 * no longer has a credential (removed, no consent, no level) reads as revoked.
 */
export function credentialPlan(model: SiteModel, actors: PublicActors, locked: readonly CredentialsLockEntry[]): CredentialPlan {
  const holders = credentialHolders(model, actors);
  const hidden = new Set(model.actors.filter((actor) => !actors.get(actor.slug)).flatMap((actor) => [actor.slug, ...actor.aliases]));
  const { entries, indexOf } = assignIndices(locked, holders.map(({ actor }) => actor), hidden);
  const standingAt = new Map<number, Standing>();
  const credentials = holders.map(({ actor, status }) => {
    const index = indexOf.get(actor.slug) ?? 0;
    standingAt.set(index, status.standing);
    return { url: engagementUrls(actor.slug).credential, aliasUrls: actor.aliases.map((alias) => engagementUrls(alias).credential), standing: status.standing, document: openBadgeCredential(model, actor, status, index) };
  });
  return {
    published: publishesCredentials(model),
    issuerUrl: routes.credentialIssuer,
    lists: { ...routes.statusLists },
    credentials,
    statuses: entries.map((entry) => statusBits(standingAt.get(entry.index))),
    entries,
  };
}
