/**
 * Stands in for `node:test` while mutation testing (scripts/mutation/node-test-runner.ts): the test
 * files register their tests here once, and the runner calls them again for every mutant in the
 * same process. Only what the mutated modules' tests use is offered: `describe`/`suite`,
 * `it`/`test` and the suite hooks `before`/`after`.
 */

type Body = () => unknown;

/** A suite: its name and its hooks; the file root is a nameless suite. */
export interface ShimSuite {
  names: string[];
  before: Body[];
  after: Body[];
}

/** One registered test: its unique id, its file, the suites around it (outermost first) and its body. */
export interface ShimTest {
  id: string;
  name: string;
  file: string;
  suites: ShimSuite[];
  body: Body;
}

/** What the test files registered so far, and where registration currently stands. */
export interface ShimRegistry {
  tests: ShimTest[];
  file: string;
  stack: ShimSuite[];
}

const KEY = Symbol.for('integratiepact.mutation.node-test-shim');

/** The one registry of this process, shared by the shim and the runner. */
export function registry(): ShimRegistry {
  const holder = globalThis as unknown as Record<symbol, ShimRegistry | undefined>;
  holder[KEY] ??= { tests: [], file: '', stack: [] };
  return holder[KEY];
}

function bodyOf(args: unknown[]): Body | undefined {
  return args.find((arg): arg is Body => typeof arg === 'function');
}

function nameOf(args: unknown[]): string {
  return typeof args[0] === 'string' ? args[0] : '<naamloos>';
}

function current(): ShimSuite {
  const { stack } = registry();
  const top = stack.at(-1);
  if (top) return top;
  const root: ShimSuite = { names: [], before: [], after: [] };
  stack.push(root);
  return root;
}

/** `describe(name, [options], fn)`: runs `fn` now to register the tests inside it. */
export function describe(...args: unknown[]): void {
  const parent = current();
  const suite: ShimSuite = { names: [...parent.names, nameOf(args)], before: [], after: [] };
  const state = registry();
  state.stack.push(suite);
  try {
    const result = bodyOf(args)?.();
    if (result instanceof Promise) throw new Error(`describe("${nameOf(args)}") is async; the mutation shim registers suites synchronously.`);
  } finally {
    state.stack.pop();
  }
}

/** `test(name, [options], fn)`: registers the test; it runs when the runner says so. */
export function test(...args: unknown[]): void {
  const state = registry();
  const body = bodyOf(args);
  if (!body) throw new Error(`test("${nameOf(args)}") has no body.`);
  const suites = [...state.stack];
  if (suites.length === 0) suites.push(current());
  const leaf = suites.at(-1)!;
  const path = [state.file, ...leaf.names, nameOf(args)].join(' › ');
  const taken = state.tests.filter((entry) => entry.id === path || entry.id.startsWith(`${path} #`)).length;
  state.tests.push({ id: taken === 0 ? path : `${path} #${taken + 1}`, name: nameOf(args), file: state.file, suites, body });
}

/** A hook run once before the first test of its suite that runs. */
export function before(fn: Body): void {
  current().before.push(fn);
}

/** A hook run once after the last test of its suite that ran. */
export function after(fn: Body): void {
  current().after.push(fn);
}

/** node:test's other spellings. */
export const it = test;
export const suite = describe;
export default test;
