import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { rasterize } from './rasterize.ts';

/** One drawing asked of a worker: the SVG, its scale, and the number its answer carries back. */
export interface RasterJob {
  id: number;
  svg: string;
  scale: number;
}

/** A worker's answer: the PNG of job `id`. */
export interface RasterAnswer {
  id: number;
  png: Uint8Array;
}

// resvg keeps each drawn image (3 MB for a share image) outside V8's heap, where it does not prompt a
// garbage collection: without one every few drawings a worker grows by gigabytes (thx/resvg-js#216).
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
const COLLECT_EVERY = 8;

let drawn = 0;
parentPort?.on('message', (job: RasterJob) => {
  const png = rasterize(job.svg, job.scale);
  parentPort?.postMessage({ id: job.id, png } satisfies RasterAnswer);
  drawn += 1;
  // The images are freed by finalizers, which run once the message loop turns again after a collection.
  if (drawn % COLLECT_EVERY === 0) collect();
});
