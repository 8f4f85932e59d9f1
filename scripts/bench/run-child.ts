import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Measurement } from './measurement.ts';

/** The project root: children run there so that `--import tsx` resolves from its node_modules. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A child's measurement, or why there is none. */
export type ChildResult = { ok: true; measurement: Measurement; stderr: string } | { ok: false; exitCode: number | null; stderr: string; measurement?: Measurement };

function lastJsonLine(stdout: string): Measurement | undefined {
  // Tools may print their own lines first (Eleventy's "Wrote N files"); ours is always the last.
  const line = stdout.trimEnd().split('\n').at(-1);
  if (!line?.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as Measurement;
  } catch {
    return undefined;
  }
}

/**
 * Runs `script` (relative to the project root) in a fresh Node process with tsx, so that its peak
 * memory is its own, and returns the Measurement it prints.
 */
export function runChild(script: string, args: readonly string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const measurement = lastJsonLine(stdout);
      if (exitCode === 0 && measurement) resolve({ ok: true, measurement, stderr });
      else resolve({ ok: false, exitCode, stderr: stderr || stdout, ...(measurement ? { measurement } : {}) });
    });
  });
}
