// Types for build.mjs, for its test.
export const ROOT: string;

export interface BuiltPage {
  /** Repository path of the Markdown file. */
  source: string;
  /** Site path of the page. */
  path: string;
  title: string;
  /** `praksis-*` elements on the page. */
  tags: string[];
}

export interface BuildResult {
  outDir: string;
  pages: BuiltPage[];
  /** Site folders not built this time ('cdn/', 'storybook/'). */
  skipped: string[];
  problems: string[];
}

export interface BuildOptions {
  outDir?: string;
  storybook?: boolean;
  cdn?: boolean;
  root?: string;
  log?: (line: string) => void;
}

export interface NavItem {
  path: string;
  label: string;
  external?: boolean;
}

export interface NavGroup {
  group: { group: string; pages?: (string | [string, string])[]; links?: [string, string][]; rest?: string };
  items: NavItem[];
}

export function buildSite(options?: BuildOptions): Promise<BuildResult>;
export function sitePathFor(repoPath: string): string;
export function docsPages(root?: string): string[];
export function widgetTags(): string[];
export function onDemandFiles(outDir: string, scripts: readonly string[]): string[];
export function navigation(pages: readonly { source: string; path: string; title: string }[]): NavGroup[];
