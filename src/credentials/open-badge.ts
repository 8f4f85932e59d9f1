import { nl } from '../messages/nl.ts';
import type { Actor, SiteModel } from '../model/site-model.ts';
import type { CommitmentStatus } from '../site/commitment-status.ts';
import { badgeSiteName, engagementUrls, statusLine } from '../site/engagement.ts';
import { absoluteUrl, routes } from '../site/routes.ts';
import { OB_CONTEXT, VC_CONTEXT } from './contexts.ts';
import { issuerId } from './issuer-profile.ts';
import { STATUS_PURPOSES, type StatusPurpose } from './status-purpose.ts';

const t = nl.credentials;

/** A credential's entry on one status list (W3C Bitstring Status List). */
export interface StatusEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: StatusPurpose;
  statusListIndex: string;
  statusListCredential: string;
}

/** An Open Badges 3.0 `OpenBadgeCredential` as the site publishes it, before its proof. */
export interface OpenBadgeCredential {
  '@context': [string, string];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  issuer: { id: string; type: ['Profile']; name: string; url: string };
  validFrom: string;
  name: string;
  description: string;
  credentialSubject: {
    id: string;
    type: ['AchievementSubject'];
    name: string;
    awardedDate?: string;
    achievement: { id: string; type: ['Achievement']; name: string; description: string; criteria: { narrative: string } };
  };
  credentialStatus: StatusEntry[];
}

/** Midnight UTC of a YYYY-MM-DD day: the content's as-of date stamps everything, so builds repeat byte for byte. */
export function dayStamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/** The absolute URL of a status list. */
export function statusListUrl(site: { url: string }, purpose: StatusPurpose): string {
  return absoluteUrl(site.url, routes.statusLists[purpose]);
}

/** The entries of index `index` on both status lists. */
export function statusEntries(site: { url: string }, index: number): StatusEntry[] {
  return STATUS_PURPOSES.map((purpose) => {
    const list = statusListUrl(site, purpose);
    return { id: `${list}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: purpose, statusListIndex: String(index), statusListCredential: list };
  });
}

/**
 * The credential of a public actor with a badge level (standing or ended) on the as-of date: the
 * level as Achievement, the programme as issuer Profile, the actor's page as subject, valid from
 * the as-of date, with its place `index` on the status lists. Call it for public actors only: it
 * names the actor.
 */
export function openBadgeCredential(model: SiteModel, actor: Actor, status: CommitmentStatus & { level: NonNullable<CommitmentStatus['level']> }, index: number): OpenBadgeCredential {
  const { site } = model;
  const abs = (path: string) => absoluteUrl(site.url, path);
  const siteName = badgeSiteName(site);
  const level = status.level;
  const labels = new Map(model.ladderFile.steps.map((step) => [step.id, step.label]));
  const steps = (level.steps ?? []).map((id) => labels.get(id) ?? id);
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: abs(engagementUrls(actor.slug).credential),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId(site), type: ['Profile'], name: site.name, url: site.url },
    validFrom: dayStamp(model.asOf),
    name: t.name(level.label, siteName),
    description: `${statusLine(status)}.`,
    credentialSubject: {
      id: abs(routes.actor(actor.slug)),
      type: ['AchievementSubject'],
      name: actor.name,
      ...(status.since ? { awardedDate: dayStamp(status.since) } : {}),
      achievement: {
        id: `${abs(routes.engagements)}#${level.id}`,
        type: ['Achievement'],
        name: level.label,
        description: t.achievementDescription(level.label, siteName),
        criteria: { narrative: steps.length > 0 ? t.criteria(steps) : t.criteriaAny },
      },
    },
    credentialStatus: statusEntries(site, index),
  };
}

/** The same credential saying, in its description, that it is not signed. */
export function unsignedCredential<T extends { description?: string }>(document: T): T {
  return { ...document, description: document.description ? `${document.description} ${t.unsigned}` : t.unsigned };
}
