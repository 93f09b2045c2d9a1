/**
 * "a, b og c" / "a, b and c", as Intl.ListFormat's conjunction writes them in da-DK and en-GB
 * (British English has no comma before "and"), without the ICU start-up that costs a first draw
 * (see number-text.ts). `undefined` where Intl must decide: another language, or items that are
 * not strings (Intl throws on them, as before).
 */
import type { Lang } from './lang.js';

const AND: Partial<Record<Lang, string>> = { da: ' og ', en: ' and ' };

export function listText(lang: Lang, items: readonly unknown[]): string | undefined {
  const and = AND[lang];
  if (and === undefined || !Array.isArray(items) || !items.every((item) => typeof item === 'string')) return undefined;
  const strings = items as readonly string[];
  if (strings.length < 2) return strings[0] ?? '';
  return `${strings.slice(0, -1).join(', ')}${and}${strings[strings.length - 1]}`;
}
