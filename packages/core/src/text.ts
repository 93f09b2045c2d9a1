import type { Text } from '@praksis/schema';
import type { Lang } from './lang.js';

/** The string of a data text for `lang`, falling back to Danish, then English. Always plain text. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.da ?? text.en ?? '';
}
