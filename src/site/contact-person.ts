import type { ContactPerson } from '../schema/contact-person.ts';

/** A contact person as a page prints them; only ever built from a schema-checked, consenting person. */
export interface ContactView {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
  /** The phone number as a tel: link, digits and a leading + only. */
  phoneHref?: string;
}

/** The view of a contact person whose consent the schema checked. */
export function contactView(person: ContactPerson): ContactView {
  const digits = person.phone?.replace(/[^\d+]/g, '');
  return {
    name: person.name,
    ...(person.role ? { role: person.role } : {}),
    ...(person.email ? { email: person.email } : {}),
    // Non-breaking spaces keep the number on one line (html-validate's tel-non-breaking).
    ...(person.phone ? { phone: person.phone.replace(/ /g, '\u00a0') } : {}),
    ...(digits ? { phoneHref: `tel:${digits}` } : {}),
  };
}
