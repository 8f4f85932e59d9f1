import { nl } from '../messages/nl.ts';
import type { Site } from '../schema/site.ts';
import { absoluteUrl, routes } from '../site/routes.ts';
import { KEY_TERMS, OB_CONTEXT, VC_CONTEXT } from './contexts.ts';

/** The programme's public key, as published: a Multikey (`z6Mk…`). */
export interface PublicKey {
  publicKeyMultibase: string;
}

/** The Multikey entry of the issuer profile: the key, its id and who controls it. */
export interface VerificationMethod {
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

/**
 * `/engagement/uitgever.json`: the programme as the issuer of its badges. One document is both
 * the Open Badges 3.0 issuer Profile (the `issuer.id` of every credential) and its controller
 * document: the key that signs lists under `assertionMethod`, which is how a Data Integrity
 * verifier learns that the key belongs to the issuer named in the credential.
 */
export interface IssuerProfile {
  '@context': [string, string, typeof KEY_TERMS];
  id: string;
  type: 'Profile';
  name: string;
  url: string;
  description: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
}

/** The issuer's id: the absolute URL of its profile on the site. */
export function issuerId(site: Pick<Site, 'url'>): string {
  return absoluteUrl(site.url, routes.credentialIssuer);
}

/** The id of a key in the issuer profile: the profile's URL with the key itself as fragment. */
export function verificationMethodId(issuer: string, key: PublicKey): string {
  return `${issuer}#${key.publicKeyMultibase}`;
}

/** The issuer profile, with the key when the site is built with one and saying "niet ondertekend" without. */
export function issuerProfile(site: Site, key: PublicKey | undefined): IssuerProfile {
  const id = issuerId(site);
  const method = key ? { id: verificationMethodId(id, key), type: 'Multikey' as const, controller: id, publicKeyMultibase: key.publicKeyMultibase } : undefined;
  const description = nl.credentials.issuerDescription(site.name);
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT, KEY_TERMS],
    id,
    type: 'Profile',
    name: site.name,
    url: site.url,
    description: method ? description : `${description} ${nl.credentials.unsigned}`,
    verificationMethod: method ? [method] : [],
    assertionMethod: method ? [method.id] : [],
  };
}
