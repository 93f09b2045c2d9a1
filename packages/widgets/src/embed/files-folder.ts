/**
 * The folder the widget files are served from (`--base` of `praksis-embed page`, "where you serve
 * the widget files" in the embed-code page and the makers), and the address of a file in it. One
 * rule for every tool that writes addresses into a page, so none writes one the others refuse.
 * Pure: no DOM.
 */

export type FolderProblem = { da: string; en: string };

/**
 * What is wrong with `base` as the folder of the widget files, or undefined when it is fine (or
 * empty: the folder of the page itself).
 *
 * Refused: another scheme than http(s); a host without "https://" ("cdn.example.dk/praksis/"),
 * which a browser reads as a folder on the embedding page's own site; whitespace inside; and a
 * query or fragment ("…/0.1.0/?v=1"). The files load each other by their folder (a module's
 * imports, the autoloader's and the embed page's files are found from the address of the file
 * that loads them), so a query would reach only the first file, and a file name written after it
 * would be part of the query, not of the path.
 */
export function folderProblem(base: string): FolderProblem | undefined {
  const trimmed = base.trim();
  if (trimmed === '') return undefined;
  if (/[?#]/.test(trimmed)) {
    return {
      da: `»${trimmed}« har en forespørgsel (?) eller et anker (#): skriv kun mappen, fx https://cdn.example.dk/praksis/0.1.0/ (filerne henter hinanden fra mappen, så en forespørgsel ville kun nå den første fil)`,
      en: `“${trimmed}” has a query (?) or fragment (#): write the folder only, e.g. https://cdn.example.dk/praksis/0.1.0/ (the files load each other from their folder, so a query would reach only the first file)`,
    };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1];
  const hostWithoutScheme = scheme === undefined && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(trimmed);
  const usable =
    // Whitespace or a control character inside, which URL parsing would drop silently.
    ![...trimmed].some((char) => /\s/.test(char) || char.charCodeAt(0) < 0x20) &&
    !hostWithoutScheme &&
    (scheme === undefined
      ? trimmed.startsWith('//') ? URL.canParse(`https:${trimmed}`) : URL.canParse(trimmed, 'https://example.invalid/')
      : /^https?$/i.test(scheme) && URL.canParse(trimmed));
  if (usable) return undefined;
  return {
    da: `»${trimmed}« er ikke en webadresse, en side kan hente widgetfilerne fra: skriv hele adressen, fx https://cdn.example.dk/praksis/0.1.0/ (uden https:// leder browseren efter filerne på din egen side)`,
    en: `“${trimmed}” is not an address a page can load the widget files from: write the whole address, e.g. https://cdn.example.dk/praksis/0.1.0/ (without https:// the browser looks for the files on your own site)`,
  };
}

/** The folder with exactly one trailing slash ('' for the page's own folder), or a RangeError naming what is wrong. */
export function filesFolder(base: string): string {
  const problem = folderProblem(base);
  if (problem) throw new RangeError(problem.en);
  const trimmed = base.trim();
  return trimmed === '' ? '' : `${trimmed.replace(/\/+$/, '')}/`;
}

/** The address of `file` in the folder `base` (see `filesFolder`). */
export function fileInFolder(base: string, file: string): string {
  return `${filesFolder(base)}${file}`;
}
