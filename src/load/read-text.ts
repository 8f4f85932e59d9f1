import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { Problem } from '../problems/problem.ts';

/** The text of a file, or the problem that keeps it from being read as UTF-8 text. */
export type TextResult = { ok: true; text: string } | { ok: false; problem: Problem };

/** Reads a file as UTF-8, dropping a byte-order mark and turning CRLF into LF (both are accepted). */
export async function readText(absolutePath: string, file: string): Promise<TextResult> {
  // Synchronous on purpose: thousands of small files read faster without a promise and a thread-pool hop each.
  const buffer = readFileSync(absolutePath);
  if (!isUtf8(buffer)) {
    return {
      ok: false,
      problem: {
        code: 'not-utf8',
        file,
        line: firstBadLine(buffer),
        column: 1,
        field: '',
        message: 'Dit bestand is niet in UTF-8 opgeslagen; letters met accenten zouden verminkt worden.',
        hint: 'Open het in je teksteditor en bewaar het opnieuw met codering "UTF-8".',
      },
    };
  }
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

function firstBadLine(buffer: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= buffer.length; i++) {
    if (i === buffer.length || buffer[i] === 0x0a) {
      if (!isUtf8(buffer.subarray(start, i))) return line;
      line++;
      start = i + 1;
    }
  }
  return 1;
}
