// What a page fetches from the CDN folder, worked out from the built files alone: the files a
// script tag's entry imports statically (fetched before it runs), and the parts it imports on
// demand (fetched when the view needs them). Pure: the caller reads the files. Used by
// scripts/size.mjs; tested in test/node/page-weight.test.ts.

/** `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` in minified output. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.\/[^"']+)["']/g;
/** `import("./x.js")`, a part loaded on demand. */
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.\/[^"']+)["']\s*\)/g;

const fileOf = (specifier) => specifier.slice(2);

/**
 * @param {string} code a module file of the CDN folder
 * @returns {{ imports: string[], parts: string[] }} file names, relative to the folder
 */
export function moduleLinks(code) {
  const imports = [...new Set([...code.matchAll(STATIC_IMPORT)].map((m) => fileOf(m[1])))];
  const parts = [...new Set([...code.matchAll(DYNAMIC_IMPORT)].map((m) => fileOf(m[1])))];
  return { imports, parts };
}

/**
 * The files that loading `entries` fetches, in the order found, each once.
 *
 * @param {string[]} entries file names
 * @param {(file: string) => { imports: string[], parts: string[] }} linksOf
 * @param {(file: string, part: string) => boolean} [wanted] which parts loaded on demand to count
 * @returns {string[]}
 */
export function filesLoaded(entries, linksOf, wanted = () => false) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { imports, parts } = linksOf(file);
    imports.forEach(visit);
    parts.filter((part) => wanted(file, part)).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

/** The name a chunk file was given for its module (`trend-AbC123.js` → `trend`). */
export function chunkName(file) {
  return file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
}
