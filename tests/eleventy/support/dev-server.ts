import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One answer, as read off the socket. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends `GET <target>` with node:http exactly as written: no URL parsing, no normalising of `..`
 * or percent-escapes (fetch would do both).
 */
export function rawGet(port: number, target: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'GET', path: target, agent: false, headers: { Connection: 'close' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A started dev server process and what it printed so far. */
export interface DevServerProcess {
  child: ChildProcess;
  port: number;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Sends the signal (default SIGTERM) to the whole process group; resolves with how the started process ended once every process of the group did. */
  stop(signal?: 'SIGTERM' | 'SIGINT'): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts a command in its own process group (so npm, tsx and node stop together) and resolves
 * once it printed `readyText`; rejects if it exits first or has not printed it after `limitMs`.
 */
export async function startProcess(command: string, args: string[], options: { cwd: string; port: number; readyText: string; limitMs: number }): Promise<DevServerProcess> {
  const child = spawn(command, args, { cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`not ready after ${options.limitMs} ms:\n${text}`));
    }, options.limitMs);
    const onData = () => {
      if (text.includes(options.readyText)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code ?? signal} before it was ready:\n${text}`));
    });
  });
  // Never leave a server behind when a test fails halfway.
  const killOnExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  return {
    child,
    port: options.port,
    output: () => text,
    stop: async (signal = 'SIGTERM') => {
      process.kill(-child.pid!, signal);
      const ended = await exited;
      // Every process of the group holds the pipes open until it ends.
      await closed;
      process.off('exit', killOnExit);
      return ended;
    },
  };
}

/** Asks for `path` until `accept` holds for the answer; fails with the last answer after `limitMs`. */
export async function pollUntil(port: number, path: string, accept: (answer: RawAnswer) => boolean, limitMs: number): Promise<RawAnswer> {
  const deadline = Date.now() + limitMs;
  let last: RawAnswer | undefined;
  for (;;) {
    last = await rawGet(port, path).catch(() => undefined);
    if (last && accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`${path}: no matching answer after ${limitMs} ms; last status ${last?.status}:\n${last?.body.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Whether a process of the group led by `pid` still runs, read from Linux's /proc. A zombie (ended,
 * waiting for init to collect it) does not count: `kill(-pid, 0)` would still find it.
 */
export function groupAlive(pid: number): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while we looked
    }
    // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses, so split after the last ')'.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === pid && state !== 'Z') return true;
  }
  return false;
}

/** Waits until the process printed text matching `pattern` (its output reaches us apart from its HTTP answers). */
export async function waitForOutput(server: DevServerProcess, pattern: RegExp, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!pattern.test(server.output())) {
    if (Date.now() > deadline) throw new Error(`no output matching ${pattern} after ${limitMs} ms:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
