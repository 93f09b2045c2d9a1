// Types for page-weight.mjs, for its test and scripts/size.mjs.
export interface ModuleLinks {
  /** Files imported statically, fetched before the module runs. */
  imports: string[];
  /** Files imported on demand with import(). */
  parts: string[];
}
export function moduleLinks(code: string): ModuleLinks;
export function filesLoaded(entries: string[], linksOf: (file: string) => ModuleLinks, wanted?: (file: string, part: string) => boolean): string[];
export function chunkName(file: string): string;
