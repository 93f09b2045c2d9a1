import { xmlText } from '@praksis/schema/xml-text.js';

/** Text and attribute values for hand-written XML and HTML: data strings stay text, never markup. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The longest link the badge takes: with the longest practice name it still stays within 2 KB gzip. */
export const MAX_HREF_LENGTH = 300;

/**
 * A link target for the badge: http(s) or a relative path of at most MAX_HREF_LENGTH characters;
 * anything else (javascript:, data:, a link that would swell the badge) is dropped.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined || href.trim() === '' || href.trim().length > MAX_HREF_LENGTH) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  if (scheme && !/^https?$/i.test(scheme[1] ?? '')) return undefined;
  return href.trim();
}
