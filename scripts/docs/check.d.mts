// Types for check.mjs, for its test.
export const BASE_CSP: Readonly<Record<'default-src' | 'script-src' | 'style-src', string>>;
export function cspFor(extra?: Record<string, string>): string;
export function parseCsp(policy: string): Map<string, string>;
export function tagsOf(html: string): { tags: { name: string; attributes: Map<string, string>; index: number }[]; markup: string };
export function checkSite(siteDir: string, options?: { skip?: string[] }): { pages: string[]; problems: string[] };
