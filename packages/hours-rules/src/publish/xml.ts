/** Text and attribute values for hand-written XML and HTML: data strings stay text, never markup. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A link target for the badge: http(s) or a relative path; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined || href.trim() === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  if (scheme && !/^https?$/i.test(scheme[1] ?? '')) return undefined;
  return href.trim();
}
