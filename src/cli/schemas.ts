import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '../authoring/json-schemas.ts';
import { nl } from '../messages/nl.ts';
import { readOptions, runCommand } from './options.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `npm run schemas`: regenerate schemas/*.schema.json from src/schema/; `--check` only says whether they are current. */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), ['text'], { check: { type: 'boolean' } });
  const outdated: string[] = [];
  for (const file of jsonSchemaFiles()) {
    const target = path.join(REPO_ROOT, file.path);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === file.text) continue;
    outdated.push(file.path);
    if (!options.values.check) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.text);
    }
  }
  if (options.values.check) {
    process.stdout.write(`${outdated.length ? nl.authoring.schemasOutdated(outdated) : nl.authoring.schemasCurrent}\n`);
    return outdated.length ? 1 : 0;
  }
  process.stdout.write(`${nl.authoring.schemasWritten(outdated.length)}\n`);
  return 0;
}

await runCommand(main);
