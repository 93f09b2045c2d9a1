// Types for markdown.mjs, for its test.
export interface RenderOptions {
  /** The Markdown file's repository path, for messages. */
  file: string;
  /** Maps a relative link (path, query, fragment) to the site's URL. */
  resolveLink: (href: string) => string;
}

export interface RenderedPage {
  html: string;
  /** Plain text of the first level-1 heading. */
  title: string | undefined;
  ids: string[];
  tags: string[];
  problems: string[];
}

export function escapeHtml(text: string): string;
export function createSlugger(): (text: string) => string;
export function unsafeHtmlReason(html: string): string | undefined;
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedPage;
