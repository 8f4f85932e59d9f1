import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { nl } from '../messages/nl.ts';
import { offlineDocumentLoader } from './contexts.ts';
import type { StatusPurpose } from './status-purpose.ts';

const t = nl.credentials.verify;

/** Why a badge failed, as a stable word for tests and scripts; `valid` when it did not. */
export type VerdictKind = 'valid' | 'malformed' | 'unsigned' | 'issuer-unreadable' | 'wrong-key' | 'tampered' | 'not-yet-valid' | 'status-unreadable' | 'revoked' | 'suspended';

/** The outcome of a check: the kind, and every line to print, in plain Dutch. */
export interface Verdict {
  kind: VerdictKind;
  lines: string[];
}

/** Reads a document the badge refers to (its issuer profile, a status list): from the site folder, or over HTTP. */
export type FetchDocument = (url: string) => Promise<unknown>;

interface Badge {
  type?: unknown;
  issuer?: unknown;
  name?: unknown;
  credentialSubject?: { name?: unknown; id?: unknown };
  credentialStatus?: unknown;
  proof?: { type?: unknown; cryptosuite?: unknown; verificationMethod?: unknown };
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The ids of the issuer's keys that may sign credentials: listed both as its key and under assertionMethod. */
function assertionKeys(profile: Record<string, unknown>): Set<string> {
  const ids = (value: unknown) => (Array.isArray(value) ? value : []).map((entry) => (typeof entry === 'string' ? entry : (entry as { id?: unknown } | null)?.id)).filter((id): id is string => typeof id === 'string');
  const methods = new Set(ids(profile.verificationMethod));
  return new Set(ids(profile.assertionMethod).filter((id) => methods.has(id)));
}

/**
 * Checks a badge the way anyone can: that it is a signed Open Badge, that the key that signed it is
 * listed in the profile published at its issuer's own address, that the signature fits the text
 * (eddsa-rdfc-2022, through Digital Bazaar's verifier, with a document loader that never leaves
 * the documents given), and that the issuer's status lists neither revoke nor suspend it.
 */
export async function verifyBadge(text: string, source: string, fetchDocument: FetchDocument): Promise<Verdict> {
  const fail = (kind: VerdictKind, ...lines: string[]): Verdict => ({ kind, lines: [...lines, t.invalid] });
  let badge: Badge;
  try {
    badge = JSON.parse(text) as Badge;
  } catch {
    return fail('malformed', t.notJson(source));
  }
  const issuer = typeof badge?.issuer === 'string' ? badge.issuer : (badge?.issuer as { id?: unknown } | undefined)?.id;
  const types = Array.isArray(badge?.type) ? badge.type : [badge?.type];
  if (typeof badge !== 'object' || badge === null || !types.includes('OpenBadgeCredential') || typeof issuer !== 'string' || typeof badge.credentialSubject !== 'object') {
    return fail('malformed', t.notBadge(source));
  }
  if (!badge.proof) return fail('unsigned', t.unsigned);
  if (badge.proof.type !== 'DataIntegrityProof' || badge.proof.cryptosuite !== 'eddsa-rdfc-2022') return fail('malformed', t.badProof(`${String(badge.proof.type)} ${String(badge.proof.cryptosuite ?? '')}`.trim()));
  const key = String(badge.proof.verificationMethod ?? '');

  // The issuer: the key must be one its own profile, at its own address, lists for signing.
  if (!key.startsWith(`${issuer}#`)) return fail('wrong-key', t.foreignKey(key, issuer));
  let profile: Record<string, unknown>;
  try {
    profile = (await fetchDocument(issuer)) as Record<string, unknown>;
  } catch (error) {
    return fail('issuer-unreadable', t.issuerUnreadable(issuer, reason(error)));
  }
  if (typeof profile !== 'object' || profile === null || profile.id !== issuer) return fail('issuer-unreadable', t.issuerMismatch(issuer, String((profile as { id?: unknown } | null)?.id)));
  if (!assertionKeys(profile).has(key)) return fail('wrong-key', t.unknownKey(key, issuer));

  const documents = new Map<string, object>([[issuer, profile]]);
  const entries = (Array.isArray(badge.credentialStatus) ? badge.credentialStatus : badge.credentialStatus ? [badge.credentialStatus] : []) as { statusListCredential?: unknown }[];
  const lists = [...new Set(entries.map((entry) => entry.statusListCredential).filter((url): url is string => typeof url === 'string'))];
  for (const list of lists) {
    try {
      documents.set(list, (await fetchDocument(list)) as object);
    } catch (error) {
      return fail('status-unreadable', t.listUnreadable(list, reason(error)));
    }
  }

  const suite = new DataIntegrityProof({ cryptosuite });
  const documentLoader = offlineDocumentLoader(documents);
  let result: Awaited<ReturnType<typeof vc.verifyCredential>>;
  try {
    result = await vc.verifyCredential({ credential: badge, suite, documentLoader, checkStatus: (options) => checkStatus({ ...options, suite }) });
  } catch (error) {
    result = { verified: false, error: error as Error };
  }
  const errors = [...(result.error?.errors ?? []), ...(result.results ?? []).flatMap((entry) => (entry.error ? [entry.error] : [])), ...(result.error ? [result.error] : [])].map(reason);
  if (!result.verified && !result.statusResult) {
    // The verifier refuses a credential dated after today before it looks at the signature.
    if (errors.some((message) => /before "validFrom"/.test(message))) return fail('not-yet-valid', t.notYetValid(String((badge as { validFrom?: unknown }).validFrom ?? '').slice(0, 10)));
    if (errors.some((message) => /invalid signature|verification failed/i.test(message))) return fail('tampered', t.tampered);
    return fail('tampered', t.failed(errors[0] ?? ''));
  }
  const lines = [t.signatureOk(key), t.issuerOk(String(profile.name ?? issuer), issuer)];
  const status = result.statusResult as { verified?: boolean; error?: unknown; results?: { status: boolean; credentialStatus: { statusPurpose: StatusPurpose; statusListCredential: string } }[] } | undefined;
  if (!status) return fail('status-unreadable', ...lines, t.noStatus);
  if (!status.verified) return fail('status-unreadable', ...lines, t.listInvalid(reason(status.error)));
  const dateOf = (url: string) => String((documents.get(url) as { validFrom?: unknown } | undefined)?.validFrom ?? '').slice(0, 10);
  const set = (purpose: StatusPurpose) => status.results?.find((entry) => entry.credentialStatus.statusPurpose === purpose && entry.status);
  const revoked = set('revocation');
  if (revoked) return fail('revoked', ...lines, t.revoked(dateOf(revoked.credentialStatus.statusListCredential)));
  const suspended = set('suspension');
  if (suspended) return fail('suspended', ...lines, t.suspended(dateOf(suspended.credentialStatus.statusListCredential)));
  const listDate = lists.map(dateOf).sort().at(-1) ?? '';
  return { kind: 'valid', lines: [...lines, t.statusOk(listDate), t.valid(String(badge.name ?? ''), String(badge.credentialSubject?.name ?? badge.credentialSubject?.id ?? ''))] };
}
