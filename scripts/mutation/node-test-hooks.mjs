// Module hooks for the mutation runner (node-test-runner.ts): `node:test` resolves to the shim, so
// test files register their tests instead of running them. Plain JavaScript: it loads in the hooks
// thread before any TypeScript loader is sure to be in place there.
let shimUrl = '';

/** Receives the URL of the shim from `module.register`. */
export async function initialize(data) {
  shimUrl = data.shim;
}

/** Sends `node:test` to the shim; everything else on to the next resolver. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'node:test') return { url: shimUrl, shortCircuit: true };
  return nextResolve(specifier, context);
}
