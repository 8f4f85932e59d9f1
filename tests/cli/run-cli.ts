import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../model/prepare-fixture.ts';

/** What a finished command printed and how it exited. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx src/cli/<script> ...args` from the repository root, as `npm run` would. */
export function runCli(script: string, args: string[], env: Record<string, string> = {}): CliRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}`, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, AS_OF: '', SOURCE_DATE_EPOCH: '', ...env },
    timeout: 60_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** True when output shows a JavaScript stack trace or an uncaught error. */
export function hasStackTrace(output: string): boolean {
  return /^\s{4}at /m.test(output) || /\bError:/.test(output);
}
