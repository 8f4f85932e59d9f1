import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** How long drawing one SVG may take before it is refused as too heavy, in milliseconds. */
export const RASTER_TIME_LIMIT_MS = 4000;

/** The byte the worker writes when it starts drawing; the time limit runs from there. */
export const READY = 0x01;

/** How long the worker may take to start (Node and tsx on a loaded machine), in milliseconds. */
const START_LIMIT_MS = 60_000;

/** What drawing an SVG gave: the PNG, an SVG that cannot be drawn, or one that took too long. */
export type Rasterized = { ok: true; png: Buffer } | { ok: false; reason: 'unreadable' | 'too-slow' };

const WORKER = fileURLToPath(new URL('./rasterize-worker.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const MAX_PNG_BYTES = 64 * 1024 * 1024;
const PARALLEL = 2;
const CACHE_SIZE = 64;

// check and the build draw the same files in one process; each distinct SVG is drawn once.
const cache = new Map<string, Promise<Rasterized>>();
let running = 0;
const waiting: (() => void)[] = [];

/**
 * Draws an SVG as a PNG (src/media/draw-svg.ts) in a child process that is killed after
 * RASTER_TIME_LIMIT_MS, because resvg's time grows without bound on small inputs (a blur over a
 * large filter region, a long text, a dashed stroke a million wide take minutes) and cannot be
 * interrupted in-process. At most two at a time, one per core.
 */
export function rasterizeSvg(svg: string): Promise<Rasterized> {
  const key = createHash('sha256').update(svg).digest('hex');
  const cached = cache.get(key);
  if (cached) return cached;
  const result = withSlot(() => drawInChild(svg));
  cache.set(key, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return result;
}

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  while (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function drawInChild(svg: string): Promise<Rasterized> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    let size = 0;
    let started = false;
    let timedOut = false;
    const stop = () => {
      timedOut = true;
      child.kill('SIGKILL');
    };
    let timer = setTimeout(stop, START_LIMIT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      if (!started && chunk[0] === READY) {
        started = true;
        clearTimeout(timer);
        timer = setTimeout(stop, RASTER_TIME_LIMIT_MS);
        chunk = chunk.subarray(1);
      }
      size += chunk.length;
      if (size > MAX_PNG_BYTES) child.kill('SIGKILL');
      else chunks.push(chunk);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) resolve({ ok: false, reason: 'too-slow' });
      else if (code === 0 && started && size <= MAX_PNG_BYTES) resolve({ ok: true, png: Buffer.concat(chunks) });
      else resolve({ ok: false, reason: 'unreadable' });
    });
    // A child that dies before reading all of stdin closes the pipe; its exit code tells the outcome.
    child.stdin.on('error', () => {});
    child.stdin.end(svg);
  });
}
