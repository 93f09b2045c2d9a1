/**
 * Text written into HTML by the library's tools (snippets, fallback content, static and embed
 * pages, the docs site): one escaper for all of them, so a snippet reads the same whichever tool
 * wrote it.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or an attribute value in double or single quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
