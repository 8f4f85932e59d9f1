/** Turns a Dutch name or title into a kebab-case ASCII slug ("Één café" → "een-cafe"). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out slugs that are unique within one collection, numbering repeats as an editor would. */
export class SlugRegistry {
  private readonly used = new Set<string>();

  /** A slug for `text` not handed out before: `base`, else `base-2`, `base-3`, … */
  claim(text: string): string {
    const base = slugify(text) || 'item';
    let slug = base;
    for (let n = 2; this.used.has(slug); n++) slug = `${base}-${n}`;
    this.used.add(slug);
    return slug;
  }
}
