/**
 * A file name from a widget's title: lower case, æ ø å spelt ae oe aa, accents dropped, anything
 * else a hyphen, at most 60 characters; `fallback` when nothing is left.
 */
export function fileName(title: string, fallback: string): string {
  const slug = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}
