/**
 * Which language an embed page speaks. Pure, so the rule is tested in Node; praksis-embed.js
 * applies it to `<html lang>`, which the widget follows.
 *
 * The generic page (embed.html) has no text of its own in a language but its messages, so `?lang=`
 * sets it: the widget and those messages follow. A static page was written in one language (its
 * title, its text for readers without JavaScript, its `<html lang>`): `?lang=` is ignored there,
 * as honouring it would make the widget speak another language than the text around it.
 */
import type { Lang } from '@praksis/core/lang.js';

export function embedPageLang(options: { param: string | null; written: string; staticPage: boolean }): Lang {
  const { param, written, staticPage } = options;
  if (!staticPage && (param === 'da' || param === 'en')) return param;
  return written.trim().toLowerCase().startsWith('en') ? 'en' : 'da';
}
