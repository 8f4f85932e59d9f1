import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { nl } from '../messages/nl.ts';

const t = nl.credentials.key;

/** The repository this code lives in: a secret key never lies inside it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The programme's key pair as `npm run badge-key` writes it (a Multikey in JSON). */
export interface KeyMaterial {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/** The outcome of reading the key: none given (build unsigned), a usable key, or why it is refused. */
export type KeyReading = { ok: true; key?: KeyMaterial } | { ok: false; message: string };

/** True when `file` (resolved through symlinks) lies inside `folder` (resolved too). */
async function isInside(file: string, folder: string): Promise<boolean> {
  const real = async (p: string) => realpath(p).catch(() => path.resolve(p));
  const relative = path.relative(await real(folder), await real(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The key pair of a JSON text, checked by importing it; or why it is none. */
async function parseKey(text: string, where: string): Promise<KeyReading> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: t.notJson(where) };
  }
  const { publicKeyMultibase, secretKeyMultibase } = (data ?? {}) as Record<string, unknown>;
  if (typeof publicKeyMultibase !== 'string' || typeof secretKeyMultibase !== 'string') return { ok: false, message: t.notJson(where) };
  try {
    // A key pair is only read when used: sign and verify one message, so a broken or mismatched pair is refused here and not halfway through a build.
    const pair = await Ed25519Multikey.from({ type: 'Multikey', publicKeyMultibase, secretKeyMultibase });
    const data = new TextEncoder().encode('badge');
    const signature = await pair.signer().sign({ data });
    if (!(await pair.verifier().verify({ data, signature }))) throw new Error(t.mismatch);
  } catch (error) {
    return { ok: false, message: t.invalid(where, error instanceof Error ? error.message : String(error)) };
  }
  return { ok: true, key: { publicKeyMultibase, secretKeyMultibase } };
}

/**
 * The signing key from the environment: `BADGE_SIGNING_KEY` (the JSON itself, for a CI secret) or
 * `BADGE_SIGNING_KEY_FILE` (a file outside the repository and outside every folder in `forbidden`,
 * such as the content folder). Neither set: no key, and the build publishes unsigned.
 */
export async function readSigningKey(env: NodeJS.ProcessEnv, forbidden: readonly string[] = []): Promise<KeyReading> {
  const inline = env.BADGE_SIGNING_KEY?.trim();
  const file = env.BADGE_SIGNING_KEY_FILE?.trim();
  if (inline && file) return { ok: false, message: t.both };
  if (inline) return parseKey(inline, 'BADGE_SIGNING_KEY');
  if (!file) return { ok: true };
  for (const folder of [REPO_ROOT, ...forbidden]) {
    if (await isInside(file, folder)) return { ok: false, message: t.fileInside(file, path.resolve(folder)) };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, message: t.unreadable(file, error instanceof Error ? error.message : String(error)) };
  }
  return parseKey(text, file);
}

/** True when `file` lies inside the repository (or `folder`): where `npm run badge-key` refuses to write. */
export function insideFolder(file: string, folder: string = REPO_ROOT): Promise<boolean> {
  return isInside(file, folder);
}
