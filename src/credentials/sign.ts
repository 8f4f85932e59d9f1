import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { offlineDocumentLoader } from './contexts.ts';
import type { KeyMaterial } from './signing-key.ts';

/** Where signed credentials are kept between builds, by the hash of what was signed. */
export const SIGNATURE_CACHE_DIR = path.join('.cache', 'badge-credentials');

/** What signing cost: how many documents were signed anew, how many came from the cache, and the time of the new ones. */
export interface SigningStats {
  signed: number;
  cached: number;
  milliseconds: number;
}

/**
 * Signs documents with eddsa-rdfc-2022 (Data Integrity, Ed25519, RDF canonicalisation), the
 * proof Open Badges 3.0 names, through Digital Bazaar's implementation. Every proof is dated
 * `created` (the as-of date) and Ed25519 is deterministic, so the same document signs to the same
 * bytes: a signed document is cached under the hash of the unsigned one, the key and the date, and
 * a rebuild with unchanged content does not canonicalise again.
 */
export class CredentialSigner {
  readonly stats: SigningStats = { signed: 0, cached: 0, milliseconds: 0 };
  private suite: object | undefined;

  constructor(
    private readonly key: KeyMaterial,
    /** The key's id in the issuer profile (`<issuer>#<key>`). */
    readonly verificationMethod: string,
    private readonly created: string,
    private readonly cacheDir: string | undefined = SIGNATURE_CACHE_DIR,
  ) {}

  /** The document with its proof. */
  async sign<T extends object>(document: T): Promise<T & { proof: object }> {
    // Wall-clock time of a new signature, caching included: what a build with changed content pays per credential.
    const started = performance.now();
    const hash = createHash('sha256').update(JSON.stringify([document, this.verificationMethod, this.created])).digest('hex');
    const file = this.cacheDir ? path.join(this.cacheDir, hash.slice(0, 2), `${hash}.json`) : undefined;
    const cached = file ? await readFile(file, 'utf8').then((text) => JSON.parse(text) as T & { proof: object }, () => undefined) : undefined;
    if (cached && this.matches(cached, document)) {
      this.stats.cached++;
      return cached;
    }
    const signed = (await vc.issue({ credential: structuredClone(document), suite: await this.proofSuite(), documentLoader: offlineDocumentLoader() })) as T & { proof: object };
    if (file) {
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a build stopped halfway never leaves half a file in the cache.
      await writeFile(`${file}.tmp`, JSON.stringify(signed));
      await rename(`${file}.tmp`, file);
    }
    this.stats.milliseconds += performance.now() - started;
    this.stats.signed++;
    return signed;
  }

  /** A cached file is used only when it is this very document with a proof by this key: a stray file cannot slip in other text. */
  private matches(cached: object, document: object): boolean {
    const { proof, ...rest } = cached as { proof?: { verificationMethod?: string; created?: string } };
    return proof?.verificationMethod === this.verificationMethod && proof.created === this.created && JSON.stringify(rest) === JSON.stringify(document);
  }

  private async proofSuite(): Promise<object> {
    if (!this.suite) {
      const controller = this.verificationMethod.split('#')[0] ?? '';
      const pair = await Ed25519Multikey.from({ ...this.key, type: 'Multikey', id: this.verificationMethod, controller });
      this.suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite, date: this.created });
    }
    return this.suite;
  }
}
