import type { MediaType } from './media-path.ts';

/** What the bytes of a file are: one of the published image formats, with or without data after its end. */
export type SniffedImage = { type: MediaType; trailing: boolean } | undefined;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/**
 * Recognises an image by its content (magic bytes and container structure), never by its name.
 * `trailing` marks bytes after the image's own end — the usual shape of a polyglot (an image with
 * an HTML page or archive glued behind it).
 */
export function sniffImage(bytes: Buffer): SniffedImage {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    // A PNG signature over chunks that do not add up is not a PNG at all, whatever follows it.
    const end = pngEnd(bytes);
    return end < 0 ? undefined : { type: 'png', trailing: end !== bytes.length };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { type: 'jpeg', trailing: !(bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9) };
  }
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    return { type: 'webp', trailing: bytes.readUInt32LE(4) + 8 + (bytes.readUInt32LE(4) % 2) !== bytes.length };
  }
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp') {
    const ftypSize = bytes.readUInt32BE(0);
    const brands = [bytes.toString('latin1', 8, 12)];
    for (let offset = 16; offset + 4 <= Math.min(ftypSize, bytes.length); offset += 4) brands.push(bytes.toString('latin1', offset, offset + 4));
    const end = boxesEnd(bytes);
    if (brands.some((brand) => AVIF_BRANDS.has(brand))) return end < 0 || end > bytes.length ? undefined : { type: 'avif', trailing: end !== bytes.length };
  }
  if (looksLikeSvg(bytes)) return { type: 'svg', trailing: false };
  return undefined;
}

/** Where a PNG's IEND chunk ends, walking its chunks; -1 when the chunks do not add up. */
function pngEnd(bytes: Buffer): number {
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    offset += 12 + length;
    if (type === 'IEND') return offset;
  }
  return -1;
}

/** Where the last top-level ISO-BMFF box of an AVIF ends; -1 when the boxes do not add up. */
function boxesEnd(bytes: Buffer): number {
  let offset = 0;
  while (offset + 8 <= bytes.length) {
    let size = bytes.readUInt32BE(offset);
    if (size === 1 && offset + 16 <= bytes.length) size = Number(bytes.readBigUInt64BE(offset + 8));
    // Size 0 means "to the end of the file", which is where the box ends by definition.
    if (size === 0) return bytes.length;
    if (size < 8) return -1;
    offset += size;
  }
  return offset;
}

/**
 * An SVG is UTF-8 text whose first element is `<svg`, after at most an XML declaration,
 * comments and a doctype. HTML with an `<svg>` inside, or anything with a NUL byte, is not.
 */
function looksLikeSvg(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4096));
  } catch {
    // A cut through a multi-byte character at 4096 is not an error; a bad byte earlier is.
    if (bytes.length <= 4096) return false;
    text = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  }
  const prologue = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)\s*)*<svg[\s>]/;
  return prologue.test(text);
}
