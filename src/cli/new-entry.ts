import { parseArgs } from 'node:util';
import { createEntry } from '../authoring/new-entry.ts';
import { createProgramme } from '../authoring/new-programme.ts';
import { todayInBrussels } from '../compute/dates.ts';
import { nl } from '../messages/nl.ts';
import { optionError, runCommand, UsageError } from './options.ts';

/**
 * `npm run new -- <actor|initiative|event|ambassador> "<naam>" [--content DIR]`: a new entry from the
 * scaffold; `npm run new -- programme <dir> ["<naam>"]`: a new, minimal content folder.
 */
async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: { content: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${optionError(error, { content: { type: 'string' } }).message}\n${nl.authoring.newUsage}`);
  }
  const [type, ...words] = parsed.positionals;
  if (type === 'programme') {
    const [folder, ...nameWords] = words;
    if (!folder) throw new UsageError(nl.authoring.programme.usage);
    const name = nameWords.join(' ').trim();
    const created = await createProgramme({ folder, today: todayInBrussels(), ...(name ? { name } : {}) });
    (created.ok ? process.stdout : process.stderr).write(`${created.message}\n`);
    return created.ok ? 0 : 1;
  }
  // Unquoted words are one name too: `npm run new -- actor Stad Leuven`.
  const name = words.join(' ').trim();
  if (!type || !name) throw new UsageError(nl.authoring.newUsage);
  const result = await createEntry({ contentDir: parsed.values.content ?? 'content', type, name, today: todayInBrussels() });
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    return 1;
  }
  process.stdout.write(`${nl.authoring.newCreated(result.file)}\n${[...result.notes, nl.authoring.newNextSteps].join('\n')}\n`);
  return 0;
}

await runCommand(main);
