import { readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { nl } from '../messages/nl.ts';
import type { Problem } from '../problems/problem.ts';

/** The text of a file, or the problem that keeps it from being read as UTF-8 text. */
export type TextResult = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * The largest content file the loader reads: far above any real entry or plan (the largest is
 * about 18 kB), and small enough that parsing, validating and rendering one file stays quick.
 */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

/** A byte count as editors read it: `1 MB`, `50,5 MB`. */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Reads a file as UTF-8, dropping a byte-order mark and turning CRLF and lone CR into LF (all are
 * accepted). Refuses, as a problem, what is not a regular file, is larger than
 * MAX_CONTENT_FILE_BYTES, is UTF-16, holds NUL bytes or is not valid UTF-8. Throws only what the
 * file system throws (ENOENT for a missing file).
 */
export async function readText(absolutePath: string, file: string): Promise<TextResult> {
  const problem = (code: Problem['code'], line: number, message: string, hint: string): TextResult => ({
    ok: false,
    problem: { code, file, line, column: 1, field: '', message, hint },
  });
  // Stat before reading: a device or FIFO (through a symlink, say) would never end, and a huge file
  // must be refused before it is in memory.
  const stats = statSync(absolutePath);
  if (!stats.isFile()) return problem('missing-file', 1, nl.load.notAFile, nl.load.notAFileHint);
  if (stats.size > MAX_CONTENT_FILE_BYTES) {
    return problem('file-too-large', 1, nl.load.fileTooLarge(megabytes(stats.size), megabytes(MAX_CONTENT_FILE_BYTES)), nl.load.fileTooLargeHint);
  }
  // Synchronous on purpose: thousands of small files read faster without a promise and a thread-pool hop each.
  const buffer = readFileSync(absolutePath);
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    return problem('not-utf8', 1, nl.load.utf16, nl.load.encodingHint);
  }
  if (!isUtf8(buffer)) {
    return problem('not-utf8', firstBadLine(buffer), nl.load.notUtf8, nl.load.encodingHint);
  }
  const nul = buffer.indexOf(0);
  if (nul !== -1) return problem('not-utf8', lineAt(buffer, nul), nl.load.nulBytes, nl.load.encodingHint);
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

/** The 1-based line of byte `offset`, counting LF, CRLF and lone CR as line ends like the text will. */
function lineAt(buffer: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (buffer[i] === 0x0a || (buffer[i] === 0x0d && buffer[i + 1] !== 0x0a)) line++;
  }
  return line;
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
