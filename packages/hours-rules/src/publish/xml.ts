/** Text and attribute values for hand-written XML and HTML: data strings stay text, never markup. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Characters XML 1.0 does not allow, which a valid document may still hold (a vertical tab from a
 * word processor's line break, a lone surrogate): one of them makes the whole SVG unreadable, so
 * the badge image would not show.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, (c) => (c < ' ' ? ' ' : '\ufffd')).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
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
