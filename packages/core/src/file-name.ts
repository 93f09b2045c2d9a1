/**
 * A name for files and ids from any text: lower case, æ ø å spelt ae oe aa, accents dropped,
 * anything else a hyphen, no hyphen at either end, at most `maxLength` characters; '' when nothing
 * is left.
 */
export function slug(text: string, maxLength: number): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** A file name from a widget's title (`slug`, at most 60 characters); `fallback` when nothing is left. */
export function fileName(title: string, fallback: string): string {
  return slug(title, 60) || fallback;
}
