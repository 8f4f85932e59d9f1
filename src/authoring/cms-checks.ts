import { FORM_WORDS } from '../messages/field-docs.ts';

/** A rule the web form checks before it saves, as plain data for the page's script. */
export type FormRule =
  /** `end` may not lie before `start` (dates) or, with `strict`, must lie after it (times). */
  | { kind: 'order'; collection: string; start: string; end: string; strict: boolean; message: string }
  /** `end` may only be filled in together with `start`. */
  | { kind: 'together'; collection: string; start: string; end: string; message: string }
  /** When the block at `person` is there, it needs consent true and a consent date. */
  | { kind: 'consent'; collection: string; person: string; message: string };

/**
 * The rules `check` applies across fields that the form's own field options cannot express, with
 * the same comparisons as src/schema/. Duplicate actor names are not among them: the CMS gives a
 * preSave hook no access to the other entries (window.CMS has no getCollection), so only check's
 * duplicate-name finds them.
 */
export const FORM_RULES: readonly FormRule[] = [
  { kind: 'order', collection: 'initiatives', start: 'start', end: 'end', strict: false, message: FORM_WORDS.endBeforeStart('De einddatum', 'de startdatum') },
  { kind: 'order', collection: 'ambassadors', start: 'since', end: 'until', strict: false, message: FORM_WORDS.endBeforeStart('"Ambassadeur tot"', '"Ambassadeur sinds"') },
  {
    kind: 'order',
    collection: 'actors',
    start: 'declaration.signed',
    end: 'declaration.withdrawn',
    strict: false,
    message: FORM_WORDS.endBeforeStart('"Ingetrokken op"', 'de ondertekening'),
  },
  { kind: 'together', collection: 'events', start: 'time', end: 'end_time', message: FORM_WORDS.endTimeWithoutStart },
  { kind: 'order', collection: 'events', start: 'time', end: 'end_time', strict: true, message: FORM_WORDS.timeNotAfterStart },
  { kind: 'consent', collection: 'ambassadors', person: 'person', message: FORM_WORDS.consentMissing },
  { kind: 'consent', collection: 'pages', person: 'contact', message: FORM_WORDS.consentMissing },
];

/**
 * The script /admin/ loads after the CMS: it registers a preSave hook that refuses to save an entry
 * that breaks one of the rules, with the Dutch reason (the CMS shows it in its error dialog and keeps
 * the entry open). Plain ES2022 without imports, since it runs as it is in the editor's browser.
 */
export function cmsChecksScript(rules: readonly FormRule[] = FORM_RULES): string {
  return `// Gegenereerd door src/authoring/cms-checks.ts; niet met de hand aanpassen.
(() => {
  const rules = ${JSON.stringify(rules)};
  const title = ${JSON.stringify(FORM_WORDS.refusedTitle)};
  const at = (data, path) => path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), data);
  const filled = (value) => (value == null ? '' : String(value).trim());
  window.CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const saving = entry.toJS();
      const collection = saving.collection ?? saving.collectionName;
      const data = saving.data ?? {};
      const refusals = [];
      for (const rule of rules) {
        if (rule.collection !== collection) continue;
        if (rule.kind === 'order' || rule.kind === 'together') {
          const start = filled(at(data, rule.start));
          const end = filled(at(data, rule.end));
          if (rule.kind === 'together' && end && !start) refusals.push(rule.message);
          if (rule.kind === 'order' && start && end && (rule.strict ? end <= start : end < start)) refusals.push(rule.message.replace('{start}', start));
        } else if (rule.kind === 'consent') {
          const person = at(data, rule.person);
          if (person && typeof person === 'object' && filled(person.name) && (person.consent !== true || !filled(person.consent_date))) refusals.push(rule.message);
        }
      }
      // The CMS shows the cause of a 'saving_failed' error in its dialog and keeps the entry open.
      if (refusals.length) throw new Error('saving_failed', { cause: new Error(title + ' ' + refusals.join(' ')) });
    },
  });
})();
`;
}
