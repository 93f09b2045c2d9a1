import type { Text } from '@praksis/schema';
import type { Lang } from './lang.js';

/** The string of a data text for `lang`, falling back to Danish, then English. Always plain text. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.da ?? text.en ?? '';
}

/**
 * The language `localize` took a data text from when it is not `lang`: a text given only in the
 * other language, which its element then marks with `lang` so screen readers read it in that
 * language (WCAG 3.1.2). Undefined when the text is in `lang`, or a plain string of no stated language.
 */
export function fallbackLang(text: Text | undefined, lang: Lang): Lang | undefined {
  // A schema's text object has at least one of the two.
  return typeof text === 'object' && text[lang] === undefined ? (lang === 'da' ? 'en' : 'da') : undefined;
}
