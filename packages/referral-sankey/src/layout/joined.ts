/**
 * Marks joined into one path per class (one colour), column and band of the picture. A diagram
 * with thousands of flows draws them this way, and so does the highlight of a long path: the
 * browser styles, lays out and paints a few hundred elements instead of thousands, and each band
 * is rastered from the paths near it. Ribbons all wind the same way, so where two overlap the fill
 * is the same. Pure: the groups and their outlines, no DOM.
 */

/** Above this many flows a diagram is a texture: its flows are joined and drawn without anti-aliasing. */
export const DENSE_FLOWS = 2000;

/** Height of the bands marks are joined by: Chromium rasters in tiles of about this size. */
const BAND = 256;

/** The group of a mark of class `cls` that starts at `x` (its column's edge) and `y`. */
export const groupOf = (cls: string, x: number, y: number): string => `${cls}@${Math.round(x)},${Math.floor(y / BAND)}`;

/** A mark to join: its class, outline (path data), item key and group (`groupOf`). */
export interface Joinable {
  readonly cls: string;
  readonly d: string;
  readonly key: string;
  readonly group: string;
}

/** One joined path: the class, the marks it draws (in order) and their keys. */
export interface Joined {
  cls: string;
  marks: Joinable[];
  keys: string[];
}

/** The marks joined by group, in the order groups first appear; within a group, in the order given. */
export function joinMarks(marks: Iterable<Joinable>): Map<string, Joined> {
  const groups = new Map<string, Joined>();
  for (const mark of marks) {
    let group = groups.get(mark.group);
    if (!group) groups.set(mark.group, (group = { cls: mark.cls, marks: [], keys: [] }));
    group.marks.push(mark);
    group.keys.push(mark.key);
  }
  return groups;
}

/** A joined path's outline: its marks' outlines one after the other (appended: V8 keeps a rope, no array). */
export function outlineOf(group: Joined): string {
  let d = '';
  for (const mark of group.marks) d += mark.d;
  return d;
}
