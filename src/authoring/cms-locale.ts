import { readFileSync } from 'node:fs';
import { CMS_INTERFACE_NL } from '../messages/cms-interface-nl.ts';
import { CMS_LOCALES_DIR } from './cms-bundle.ts';

/** A translation tree as Sveltia CMS's locale files nest it. */
export type Messages = { [key: string]: string | Messages };

/** `base` with every string of `over` put in at the same key path (over wins). */
export function mergeMessages(base: Messages, over: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    merged[key] = typeof value === 'string' || typeof under !== 'object' ? value : mergeMessages(under, value);
  }
  return merged;
}

/** The CMS's own messages in one locale, as its npm package ships them. */
export function packageMessages(locale: string): Messages {
  return JSON.parse(readFileSync(`${CMS_LOCALES_DIR}/${locale}.json`, 'utf8')) as Messages;
}

/** The CMS's Dutch interface: its package's nl.json completed with our translations of what it leaves in English. */
export function cmsDutchMessages(): Messages {
  return mergeMessages(packageMessages('nl'), CMS_INTERFACE_NL as unknown as Messages);
}
