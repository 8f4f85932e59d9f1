import type { ContactPerson } from '../schema/contact-person.ts';
import { phoneText, telHref } from './phone.ts';

/** A contact person as a page prints them; only ever built from a schema-checked, consenting person. */
export interface ContactView {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
  /** The phone number as a tel: link, digits and a leading + only (see telHref). */
  phoneHref?: string;
}

/** The view of a contact person whose consent the schema checked. */
export function contactView(person: ContactPerson): ContactView {
  return {
    name: person.name,
    ...(person.role ? { role: person.role } : {}),
    ...(person.email ? { email: person.email } : {}),
    ...(person.phone ? { phone: phoneText(person.phone), phoneHref: telHref(person.phone) } : {}),
  };
}
