// Types for api-tables.mjs, for its test.
export interface ApiPage {
  /** Repository path of the widget's page, e.g. docs/hours-badge.md. */
  file: string;
  tag: string;
  /** The page as it is. */
  actual: string;
  /** The page with its API block made from the manifest; undefined when it has no block. */
  expected: string | undefined;
}

export function apiMarkdown(declaration: unknown): string;
export function replaceApiBlock(text: string, tag: string, body: string): string | undefined;
export function apiPages(root?: string): ApiPage[];
