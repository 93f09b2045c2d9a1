/**
 * An estimate of how wide a line of text is drawn, for the static SVG badge, which has no DOM to
 * measure in. Advance widths in em of Verdana (the badge's first font; DejaVu Sans is close), by
 * character class. The badge also fixes each line's drawn width with `textLength`, so a reader's
 * other font is stretched or squeezed to fit rather than overflowing.
 */
const NARROW = new Set("il.,:;'!|()[]{}jfrtI1 ".split(''));
const WIDE = new Set('mwMWÆæ@%'.split(''));

function advance(char: string): number {
  if (NARROW.has(char)) return char === ' ' ? 0.35 : 0.38;
  if (WIDE.has(char)) return 0.98;
  if (char >= '0' && char <= '9') return 0.64;
  if (char !== char.toLowerCase()) return 0.72; // capitals
  return 0.61;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * fontSize * (bold ? 1.1 : 1);
}
