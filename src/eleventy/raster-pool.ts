import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { rasterize } from './rasterize.ts';
import type { RasterAnswer, RasterJob } from './raster-worker.ts';

/** Below this many drawings, starting workers costs more than it saves: they are drawn in-process. */
const IN_PROCESS_LIMIT = 8;

// Workers get no tsx from the parent's --import, so each registers it before loading the TypeScript entry.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(
  new URL('./raster-worker.ts', import.meta.url).href,
)}); })`;

interface Waiting {
  job: RasterJob;
  resolve: (png: Buffer) => void;
  reject: (error: unknown) => void;
}

/**
 * Draws SVGs as PNG on one worker thread per core (resvg is synchronous and a share image takes
 * about 150 ms), or in-process when only a few drawings are expected. Close it when done.
 */
export class RasterPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Waiting[] = [];
  private readonly busy = new Map<Worker, Waiting>();
  private nextId = 0;

  /** A pool for about `expected` drawings: no workers below IN_PROCESS_LIMIT, else at most one per core. */
  constructor(expected: number) {
    const count = expected < IN_PROCESS_LIMIT ? 0 : Math.min(availableParallelism(), Math.ceil(expected / IN_PROCESS_LIMIT));
    for (let i = 0; i < count; i++) {
      const worker = new Worker(BOOT, { eval: true });
      worker.on('message', (answer: RasterAnswer) => {
        const done = this.busy.get(worker);
        this.busy.delete(worker);
        done?.resolve(Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength));
        this.dispatch(worker);
      });
      worker.on('error', (error) => {
        // A worker that fails fails its drawing and everything still waiting: the build stops.
        this.busy.get(worker)?.reject(error);
        this.busy.delete(worker);
        for (const waiting of this.queue.splice(0)) waiting.reject(error);
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** The PNG of `svg` at `scale` image pixels per SVG unit. */
  draw(svg: string, scale: number): Promise<Buffer> {
    if (this.workers.length === 0) return Promise.resolve().then(() => rasterize(svg, scale));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, svg, scale }, resolve, reject });
      const worker = this.idle.pop();
      if (worker) this.dispatch(worker);
    });
  }

  /** Stops the workers; drawings still asked for fail. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(worker: Worker): void {
    const waiting = this.queue.shift();
    if (!waiting) {
      this.idle.push(worker);
      return;
    }
    this.busy.set(worker, waiting);
    worker.postMessage(waiting.job);
  }
}
