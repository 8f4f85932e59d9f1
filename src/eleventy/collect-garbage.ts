import v8 from 'node:v8';
import vm from 'node:vm';

// Node exposes V8's collector only behind a flag; setting it at run time gives a fresh context a `gc`
// function without asking every caller of the build to pass --expose-gc (as raster-worker.ts does).
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/**
 * A full garbage collection now: between Eleventy runs, where the previous run's pages have just
 * become garbage and V8 would otherwise let the heap grow to about twice what is still in use.
 */
export function collectGarbage(): void {
  collect();
}
