// Eleventy 3 ships no type declarations; these cover the little of its API this project calls.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'serve' | 'watch';
    source?: 'cli' | 'script';
  }
  /** One page a build wrote: where, and the exact text written. */
  export interface WrittenPage {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
    content: string;
  }
  /** Eleventy's programmatic entry point. */
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Writes the site; resolves to the passthrough copies and the pages written. */
    write(): Promise<[unknown, WrittenPage[]]>;
    init(): Promise<void>;
    watch(): Promise<void>;
    serve(port?: number): void;
    stopWatch(): Promise<void>;
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  /** The Atom/RSS plugin: adds date and absolute-URL filters, or a virtual feed template. */
  export const feedPlugin: unknown;
  /** An Atom (RFC 3339) timestamp of a date, without milliseconds: 2018-10-18T00:00:00Z. */
  export function dateToRfc3339(date: Date): string;
  const plugin: unknown;
  export default plugin;
}
