/**
 * The address a media file is published at: `media/logos/voka.png` → `/media/logos/voka.png`.
 * An SVG is published drawn as a PNG, at its own name plus `.png` (`/media/logo.svg.png`); a
 * source name has exactly one extension (src/media/media-path.ts), so no other file can take it.
 */
export function mediaUrl(src: string): string {
  const url = `/media/${src.replace(/^media\//, '')}`;
  return /\.svg$/i.test(url) ? `${url}.png` : url;
}
