import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCredential, createList } from '@digitalbazaar/vc-bitstring-status-list';
import type { Site } from '../schema/site.ts';
import type { CredentialPlan } from './credential-plan.ts';
import { issuerId, issuerProfile, verificationMethodId } from './issuer-profile.ts';
import { dayStamp, statusListUrl, unsignedCredential } from './open-badge.ts';
import { CredentialSigner, type SigningStats } from './sign.ts';
import type { KeyMaterial } from './signing-key.ts';
import { STATUS_PURPOSES } from './status-purpose.ts';

/** The smallest status list the W3C recommendation allows (16 KB of bits), so one index says little about how many there are. */
export const MIN_LIST_LENGTH = 131072;

/** What the credential step published: how many credentials, and whether (and at what cost) they were signed. */
export interface CredentialReport {
  credentials: number;
  signed: boolean;
  stats: SigningStats;
}

/** What to publish with: the site, its as-of date, the key (none: unsigned) and the signature cache (none in tests that want to sign every time). */
export interface PublishOptions {
  site: Site;
  asOf: string;
  key: KeyMaterial | undefined;
  cacheDir?: string;
}

/**
 * Writes the credential files into a built site: the issuer profile (with the public key), every
 * actor's credential and both status lists, each signed when there is a key and otherwise saying
 * "niet ondertekend".
 */
export async function publishCredentials(siteDir: string, plan: CredentialPlan, options: PublishOptions): Promise<CredentialReport> {
  const { site, asOf, key } = options;
  if (!plan.published) return { credentials: 0, signed: key !== undefined, stats: { signed: 0, cached: 0, milliseconds: 0 } };
  const issuer = issuerId(site);
  const created = dayStamp(asOf);
  const signer = key ? new CredentialSigner(key, verificationMethodId(issuer, key), created, options.cacheDir) : undefined;
  const publish = async <T extends { description?: string }>(document: T) => (signer ? signer.sign(document) : unsignedCredential(document));
  // Synchronous: thousands of small files, one after the other, cost a third of the CPU of promised writes.
  const write = (url: string, document: object) => {
    const file = path.join(siteDir, ...url.split('/').filter(Boolean));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  };

  write(plan.issuerUrl, issuerProfile(site, key));
  // One at a time: signing is CPU-bound, so running them together only holds more in memory.
  for (const credential of plan.credentials) {
    const published = await publish(credential.document);
    for (const url of [credential.url, ...credential.aliasUrls]) write(url, published);
  }
  const length = Math.max(MIN_LIST_LENGTH, Math.ceil(plan.statuses.length / MIN_LIST_LENGTH) * MIN_LIST_LENGTH);
  for (const purpose of STATUS_PURPOSES) {
    const list = await createList({ length });
    plan.statuses.forEach((bits, index) => {
      if (bits[purpose]) list.setStatus(index, true);
    });
    const { '@context': context, id, type, credentialSubject } = await createCredential({ id: statusListUrl(site, purpose), list, statusPurpose: purpose });
    write(plan.lists[purpose], await publish({ '@context': context, id, type, issuer, validFrom: created, credentialSubject } as { description?: string }));
  }
  return { credentials: plan.credentials.length, signed: signer !== undefined, stats: signer?.stats ?? { signed: 0, cached: 0, milliseconds: 0 } };
}
