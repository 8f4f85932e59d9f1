/**
 * A copy of the string with storage of its own. V8 keeps a string sliced out of a longer one (13
 * characters or more) as a view of it: a word kept from a page's text keeps that whole text alive.
 */
export function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
