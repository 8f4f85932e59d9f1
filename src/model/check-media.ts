import { openMedia, MAX_MEDIA_BYTES, type MediaRefusal } from '../media/open-media.ts';
import { RASTER_TIME_LIMIT_MS } from '../media/rasterize-svg.ts';
import { nl } from '../messages/nl.ts';
import type { Problem } from '../problems/problem.ts';
import { problemAt, type Validatable } from './validate-with-schema.ts';

/** One field that names a media file: where it is written, and what it says. */
export interface MediaReference {
  source: Validatable;
  fieldPath: PropertyKey[];
  src: string;
}

/**
 * Passes every referenced logo and image through the media gate, each file once however often it
 * is named, and reports each refusal at every field that names the file.
 */
export async function checkMedia(contentDir: string, references: readonly MediaReference[]): Promise<Problem[]> {
  const outcomes = new Map<string, ReturnType<typeof openMedia>>();
  for (const reference of references) if (!outcomes.has(reference.src)) outcomes.set(reference.src, openMedia(contentDir, reference.src));
  const problems: Problem[] = [];
  for (const reference of references) {
    const outcome = await outcomes.get(reference.src)!;
    if (!outcome.ok) problems.push(problemAt(reference.source, reference.fieldPath, describeRefusal(reference.src, outcome)));
  }
  return problems;
}

/** A size in the units an editor reads: `5 MB`, `812 kB`. */
function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** The located problem's code, message and hint for one refusal. */
export function describeRefusal(src: string, refusal: MediaRefusal): Omit<Problem, 'file' | 'line' | 'column' | 'field'> {
  const m = nl.media;
  // A written path is quoted back in a message; its control characters (NUL, escapes) are shown as code points.
  const shown = src.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  switch (refusal.reason) {
    case 'not-in-media':
      return { code: 'media-outside', message: m.notInMedia(shown), hint: m.hintFolder };
    case 'climbs-out':
      return { code: 'media-outside', message: m.climbsOut(shown), hint: m.hintFolder };
    case 'links-out':
      return { code: 'media-outside', message: m.linksOut(shown), hint: m.hintFolder };
    case 'bad-name':
      return { code: 'media-name', message: m.badName(shown), hint: m.hintName };
    case 'no-media-folder':
      return { code: 'media-missing', message: m.missingFolder(shown), hint: m.hintFolder };
    case 'missing':
      return { code: 'media-missing', message: m.missing(shown), hint: m.hintFolder };
    case 'loop':
      return { code: 'media-missing', message: m.loop(shown), hint: m.hintFolder };
    case 'not-a-file':
      return { code: 'media-missing', message: m.notAFile(shown), hint: m.hintFolder };
    case 'unreadable':
      return { code: 'media-missing', message: m.unreadable(shown), hint: m.hintFolder };
    case 'extension':
      return { code: 'media-type', message: m.extension(shown), hint: m.hintType };
    case 'empty':
      return { code: 'media-type', message: m.empty(shown), hint: m.hintType };
    case 'content':
      return { code: 'media-type', message: m.content(shown, extensionOf(src)), hint: m.hintType };
    case 'trailing':
      return { code: 'media-type', message: m.trailing(shown), hint: m.hintType };
    case 'svg-unreadable':
      return { code: 'media-type', message: m.svgUnreadable(shown), hint: m.hintSvg };
    case 'svg-too-slow':
      return { code: 'media-too-large', message: m.svgTooSlow(shown, RASTER_TIME_LIMIT_MS / 1000), hint: m.hintSvg };
    case 'too-large':
      return { code: 'media-too-large', message: m.tooLarge(shown, formatSize(refusal.size), formatSize(MAX_MEDIA_BYTES)), hint: m.hintSize(formatSize(MAX_MEDIA_BYTES)) };
    case 'svg-hazard':
      return { code: 'media-unsafe', message: m.svgHazard(shown, refusal.hazards.map((hazard) => m.hazards[hazard]).join(', ')), hint: m.hintSvg };
  }
}

function extensionOf(src: string): string {
  return (/\.([A-Za-z0-9]+)$/.exec(src)?.[1] ?? '').toLowerCase();
}
