import type { MeasureText } from '@praksis/core/text-width.js';

/** A mark's label as the data gives it: whose it is ("Normtal", a comparison's label) and its figure, formatted. */
export interface MarkLabel {
  name: string;
  figure: string;
}

/** The label in full, "Normtal: 1.600": the chart's text when it fits, and what screen readers and the legend give. */
export const markLabel = ({ name, figure }: MarkLabel): string => `${name}: ${figure}`;

/**
 * Two characters no cut goes between, as they read as one: the second an accent, an emoji joiner,
 * a skin tone or a tag; the first a joiner; both halves of flags (🇩🇰).
 */
const BOUND = /[^][\p{M}\p{Emoji_Modifier}\u200d\u{e0020}-\u{e007f}]|\u200d[^]|\p{RI}{2}/u;

/**
 * The label cut to `room` px as `measure` measures it. The gauge keeps one row per label, so the
 * name, which can be any length, is shortened with "…" and the figure, by which the mark is read,
 * is kept whole; the name in full is in the legend, the text alternative and the table. With no
 * room for one letter of the name, the figure alone.
 */
export function fitMarkLabel(label: MarkLabel, room: number, measure: MeasureText): string {
  const whole = markLabel(label);
  if (measure(whole) <= room) return whole;
  const chars = [...label.name];
  // Where the name may be cut: after at least one character, never inside what reads as one.
  const cuts = chars.flatMap((c, i) => (i && !BOUND.test(chars[i - 1]! + c) ? [i] : []));
  const cut = (i: number) => markLabel({ name: `${chars.slice(0, cuts[i]).join('').trimEnd()}…`, figure: label.figure });
  // Widths grow with the letters kept: the longest that fits, by bisection.
  let fits = -1;
  let over = cuts.length;
  while (over - fits > 1) {
    const mid = (fits + over) >> 1;
    if (measure(cut(mid)) <= room) fits = mid;
    else over = mid;
  }
  return fits < 0 ? label.figure : cut(fits);
}
