// iCalendar content lines (RFC 5545, 3.1 and 3.3.11), written in one pass each: the `ics` package
// folded by grapheme clusters in time quadratic in a line's length and validated every event with yup,
// which made the calendar a third of buildView; these few rules are all our VEVENTs need.

/** Line breaks, the characters TEXT escapes, and control characters TEXT may not hold (all but HTAB). */
const TEXT_SPECIAL = /\r\n|[\r\n\\;,]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The escaped form of each character in `TEXT_SPECIAL`; a control character is left out. */
function escapeCharacter(match: string): string {
  if (match === '\\' || match === ';' || match === ',') return `\\${match}`;
  if (match === '\n' || match === '\r' || match === '\r\n') return '\\n';
  return '';
}

/** A TEXT value as RFC 5545 3.3.11 writes it: `\` `;` `,` escaped, a line break as `\n`, other control characters dropped. */
export function escapeText(value: string): string {
  return value.replace(TEXT_SPECIAL, escapeCharacter);
}

/** The first line holds 75 octets; a continuation line starts with a space, which counts, so 74 more. */
const FIRST_LINE_OCTETS = 75;
const NEXT_LINE_OCTETS = 74;

/** Octets of the UTF-8 sequence of one code point. */
function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line `NAME:value` (the value already escaped) cut into lines of at most 75 octets,
 * never inside a UTF-8 sequence, each continuation starting with a space, ending in CRLF. Linear in
 * the line's length.
 */
export function contentLine(name: string, value: string): string {
  const line = `${name}:${value}`;
  // A UTF-16 unit is at most 3 octets (a surrogate pair, 2 units, is 4), so a short line needs no counting.
  if (line.length * 3 <= FIRST_LINE_OCTETS) return `${line}\r\n`;
  let folded = '';
  let start = 0;
  let octets = 0;
  let limit = FIRST_LINE_OCTETS;
  for (let index = 0; index < line.length; ) {
    const codePoint = line.codePointAt(index) ?? 0;
    const size = utf8Octets(codePoint);
    if (octets + size > limit) {
      folded += `${line.slice(start, index)}\r\n `;
      start = index;
      octets = 0;
      limit = NEXT_LINE_OCTETS;
    }
    octets += size;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return `${folded}${line.slice(start)}\r\n`;
}
