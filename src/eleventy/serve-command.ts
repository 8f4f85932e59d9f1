import Eleventy from '@11ty/eleventy';
import { readOptions, runCommand } from '../cli/options.ts';

/**
 * `npm start`: builds the site from content/ into .cache/dev-site/ and serves it with live reload.
 * Every change under content/ or layouts/ rebuilds; invalid content shows the check's problems in
 * the browser instead of stopping the server.
 */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), ['text'], { port: { type: 'string' } });
  process.env.CONTENT_DIR = options.contentDir;
  if (options.asOf) process.env.AS_OF = options.asOf;
  const port = Number((options.values.port as string | undefined) ?? process.env.PORT ?? 8080);
  const eleventy = new Eleventy('layouts', '.cache/dev-site', { configPath: '.eleventy.js', runMode: 'serve', source: 'cli', quietMode: true });
  await eleventy.init();
  await eleventy.watch();
  eleventy.serve(port);
  process.on('SIGINT', async () => {
    await eleventy.stopWatch();
    process.exit(0);
  });
  return 0;
}

await runCommand(main);
