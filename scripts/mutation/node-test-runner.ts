/**
 * A StrykerJS test runner for node:test files that runs every mutant in one long-lived process.
 *
 * Stryker's tap runner starts `node --import tsx <file>` for every test file of every mutant: about
 * a mutant a minute on this repository, days for the whole core. Here each test file is imported
 * once, with `node:test` resolved to a shim (node-test-shim.ts) that only registers the tests; the
 * runner then calls the registered tests again for every mutant, switching mutants through
 * Stryker's `__stryker__` global. Coverage is collected per test, so a mutant runs only the tests
 * that reach it, and stops at the first that fails.
 */
import { readdirSync, statSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { commonTokens, declareClassPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin';
import {
  determineHitLimitReached,
  DryRunStatus,
  TestStatus,
  toMutantRunResult,
  type DryRunOptions,
  type DryRunResult,
  type MutantRunOptions,
  type MutantRunResult,
  type TestResult,
  type TestRunner,
  type TestRunnerCapabilities,
} from '@stryker-mutator/api/test-runner';
import type { MutantCoverage, StrykerOptions } from '@stryker-mutator/api/core';
import type { Logger } from '@stryker-mutator/api/logging';
import { registry, type ShimSuite, type ShimTest } from './node-test-shim.ts';

/** Stryker's global, as its instrumented code reads and writes it. */
interface StrykerGlobal {
  activeMutant?: string;
  currentTestId?: string;
  mutantCoverage?: MutantCoverage;
  hitCount?: number;
  hitLimit?: number;
}

/** The runner's options in stryker.config.json: test files, or folders searched for `*.test.ts`. */
interface NodeTestOptions {
  nodeTest?: { testFiles?: string[] };
}

register(new URL('./node-test-hooks.mjs', import.meta.url), { data: { shim: new URL('./node-test-shim.ts', import.meta.url).href } });

function strykerGlobal(): StrykerGlobal {
  const holder = globalThis as unknown as { __stryker__?: StrykerGlobal };
  holder.__stryker__ ??= {};
  return holder.__stryker__;
}

/** Every `*.test.ts` file named or under a named folder, relative to the sandbox, sorted. */
function testFilesOf(entries: readonly string[]): string[] {
  const files = entries.flatMap((entry) => {
    if (!statSync(entry, { throwIfNoEntry: false })) return [];
    if (statSync(entry).isFile()) return [entry];
    return (readdirSync(entry, { recursive: true }) as string[]).filter((name) => name.endsWith('.test.ts')).map((name) => path.join(entry, name));
  });
  return [...new Set(files.map((file) => path.normalize(file)))].sort();
}

function failureOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

class NodeTestRunner implements TestRunner {
  public static inject = tokens(commonTokens.options, commonTokens.logger);
  private loaded = false;
  private readonly files: string[];

  constructor(
    options: StrykerOptions,
    private readonly log: Logger,
  ) {
    this.files = (options as StrykerOptions & NodeTestOptions).nodeTest?.testFiles ?? ['tests'];
  }

  public capabilities(): TestRunnerCapabilities {
    // Imported ES modules cannot be unloaded, so a "reload" runs the tests again without one: with
    // ignoreStatic, Stryker asks for it only for mutants that code also reaches at import time
    // ("hybrid"), which it means to test at runtime anyway. Saying false would start a new process
    // (every test file imported again) twice for each of them.
    return { reloadEnvironment: true };
  }

  public async dryRun(options: DryRunOptions): Promise<DryRunResult> {
    const ns = strykerGlobal();
    const loadError = await this.load();
    if (loadError) return { status: DryRunStatus.Error, errorMessage: loadError };
    const perTest = options.coverageAnalysis === 'perTest';
    const tests = await this.run(registry().tests, true, perTest);
    return { status: DryRunStatus.Complete, tests, ...(options.coverageAnalysis === 'off' ? {} : { mutantCoverage: ns.mutantCoverage ?? { static: {}, perTest: {} } }) };
  }

  public async mutantRun(options: MutantRunOptions): Promise<MutantRunResult> {
    const ns = strykerGlobal();
    // A static mutant must be active while the modules load; only a fresh process can honour that.
    if (options.mutantActivation === 'static') {
      if (this.loaded) this.log.warn(`Mutant ${options.activeMutant.id} is static but the test files are already loaded: it is tested at runtime only. Keep ignoreStatic on.`);
      ns.activeMutant = options.activeMutant.id;
    }
    const loadError = await this.load();
    ns.activeMutant = options.activeMutant.id;
    if (options.hitLimit !== undefined) {
      ns.hitLimit = options.hitLimit;
      ns.hitCount = 0;
    }
    try {
      if (loadError) return toMutantRunResult({ status: DryRunStatus.Complete, tests: [{ id: 'laden', name: 'laden', timeSpentMs: 0, status: TestStatus.Failed, failureMessage: loadError }] });
      const wanted = options.testFilter ? new Set(options.testFilter) : undefined;
      const tests = registry().tests.filter((entry) => !wanted || wanted.has(entry.id));
      const results = await this.run(tests, options.disableBail, false);
      const hitLimit = determineHitLimitReached(ns.hitCount, ns.hitLimit);
      return toMutantRunResult(hitLimit ?? { status: DryRunStatus.Complete, tests: results });
    } finally {
      delete ns.activeMutant;
      delete ns.hitLimit;
      delete ns.hitCount;
    }
  }

  /** Imports every test file once, registering its tests; the error text when one cannot load. */
  private async load(): Promise<string | undefined> {
    if (this.loaded) return undefined;
    this.loaded = true;
    const state = registry();
    for (const file of testFilesOf(this.files)) {
      state.file = file.split(path.sep).join('/');
      state.stack = [];
      try {
        await import(pathToFileURL(path.resolve(file)).href);
      } catch (error) {
        return `${file} kon niet geladen worden: ${failureOf(error)}`;
      }
    }
    this.log.debug(`${state.tests.length} tests geregistreerd uit ${this.files.join(', ')}`);
    return undefined;
  }

  /** Runs the tests in order with their suites' hooks; stops at the first failure unless told not to. */
  private async run(tests: readonly ShimTest[], disableBail: boolean, perTest: boolean): Promise<TestResult[]> {
    const ns = strykerGlobal();
    const results: TestResult[] = [];
    const started = new Set<ShimSuite>();
    const lastTestOf = new Map<ShimSuite, ShimTest>();
    for (const entry of tests) for (const suite of entry.suites) lastTestOf.set(suite, entry);
    for (const entry of tests) {
      const start = performance.now();
      let failure: string | undefined;
      if (perTest) ns.currentTestId = entry.id;
      try {
        for (const suite of entry.suites) {
          if (started.has(suite)) continue;
          started.add(suite);
          for (const hook of suite.before) await hook();
        }
        await entry.body();
      } catch (error) {
        failure = failureOf(error);
      }
      for (const suite of [...entry.suites].reverse()) {
        if (lastTestOf.get(suite) !== entry) continue;
        for (const hook of suite.after) {
          try {
            await hook();
          } catch (error) {
            failure ??= `after: ${failureOf(error)}`;
          }
        }
      }
      delete ns.currentTestId;
      const base = { id: entry.id, name: entry.id, fileName: entry.file, timeSpentMs: Math.round(performance.now() - start) };
      results.push(failure === undefined ? { ...base, status: TestStatus.Success } : { ...base, status: TestStatus.Failed, failureMessage: failure });
      if (failure !== undefined && !disableBail) break;
    }
    return results;
  }
}

/** The plugin Stryker loads from stryker.config.json's `plugins`. */
export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, 'node-test', NodeTestRunner)];

/** Lets Stryker check the `nodeTest` block of stryker.config.json instead of warning about it. */
export const strykerValidationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    nodeTest: {
      type: 'object',
      description: 'Options of the node-test runner (scripts/mutation/node-test-runner.ts).',
      properties: { testFiles: { type: 'array', items: { type: 'string' }, description: 'Test files, or folders searched for *.test.ts.' } },
      additionalProperties: false,
    },
  },
};
