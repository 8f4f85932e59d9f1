import { chmod, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { insideFolder } from '../credentials/signing-key.ts';
import { nl } from '../messages/nl.ts';
import { runCommand, UsageError } from './options.ts';

const t = nl.credentials.keyCommand;

/** Where the key goes without an argument: the user's own configuration folder, never the repository. */
export const DEFAULT_KEY_FILE = path.join(os.homedir(), '.config', 'badge-sleutels', 'sleutel.json');

/**
 * `npm run badge-key -- [FILE]`: creates the programme's Ed25519 key pair as a Multikey JSON file
 * outside the repository (readable by its owner only, never overwriting one) and prints the public part.
 */
async function main(): Promise<number> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, strict: true, options: {} }));
  } catch {
    throw new UsageError(t.usage);
  }
  if (positionals.length > 1) throw new UsageError(t.usage);
  const file = path.resolve(positionals[0] ?? DEFAULT_KEY_FILE);
  if (await insideFolder(file)) throw new UsageError(t.inside(file));
  const pair = await Ed25519Multikey.generate();
  const { publicKeyMultibase, secretKeyMultibase } = await pair.export({ publicKey: true, secretKey: true });
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // `wx`: an existing key is never overwritten, or every badge signed with it would stop verifying.
    await writeFile(file, `${JSON.stringify({ type: 'Multikey', publicKeyMultibase, secretKeyMultibase }, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(t.exists(file));
    throw error;
  }
  await chmod(file, 0o600);
  process.stdout.write(`${t.written(file)}\n${t.public(publicKeyMultibase)}\n${t.secret}\n`);
  return 0;
}

await runCommand(main);
