/**
 * Long texts in the maker's read-only boxes (the JSON document, the inline snippet, the reopen
 * link): a box shows at most a bounded start of one, cut at a line break, because a form control
 * holding a megabyte makes the browser lay it out again on every redraw, which froze the page for
 * seconds with 10,000 rows. The whole text is copied with the box's button or downloaded. Pure.
 */

/** What a box shows of its text. */
export interface Excerpt {
  text: string;
  /** Whether the text was cut. */
  cut: boolean;
  /** Characters of the whole text. */
  total: number;
}

/** Most characters a box shows: a document of a few hundred flows fits whole. */
export const BOX_CHARS = 40_000;

/** The start of `text` up to `max` characters, ended at its last line break if it has one there. */
export function excerpt(text: string, max = BOX_CHARS): Excerpt {
  if (text.length <= max) return { text, cut: false, total: text.length };
  const end = text.lastIndexOf('\n', max);
  return { text: `${text.slice(0, end > 0 ? end : max)}\n…`, cut: true, total: text.length };
}

/**
 * Longest link a browser is sure to open: Chromium takes URLs up to 2 MB, others less. A draft of
 * tens of thousands of rows makes a longer reopen link, which the page then says.
 */
export const MAX_LINK_CHARS = 2_000_000;
