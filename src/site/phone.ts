/**
 * A phone number as written ("+32 (0)2 213 44 11", "02 210 53 04") and as a page needs it: the text
 * kept on one line, and a tel: link a phone can dial.
 */

/** The tel: link of a written phone number: a leading + and digits only, without the "(0)" after a country code. */
export function telHref(phone: string): string {
  const compact = phone.replace(/[\s./-]/g, '');
  // "+32 (0)2" is written for people dialling at home; dialled from abroad the 0 must go (+322…, not +3202…).
  const international = compact.replace(/^(\+\d{1,3})\(0\)/, '$1');
  return `tel:${international.replace(/[^\d+]/g, '')}`;
}

/** The phone number as text that does not break across lines: non-breaking spaces and hyphens (html-validate's tel-non-breaking). */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
