/** Folds a name into a slug: accents dropped, lower case, words joined by hyphens ("Stad Sint-Niklaas" → "stad-sint-niklaas"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    // Letters NFKD does not split into a base letter and an accent (Turkish ı, Polish ł, Croatian đ).
    .replace(/ı/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
