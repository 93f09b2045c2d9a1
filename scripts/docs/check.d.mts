// Types for check.mjs, for its test.
export function cspFor(extra?: Record<string, string>): string;
export function checkSite(siteDir: string, options?: { skip?: string[] }): { pages: string[]; problems: string[] };
