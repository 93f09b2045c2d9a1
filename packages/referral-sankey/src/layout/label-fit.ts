import type { MeasureText } from '@praksis/core/text-width.js';

/**
 * The text, cut with "…" to the longest start that fits `room` px as `measure` measures it;
 * undefined when not even two letters fit.
 */
export function fitText(text: string, room: number, measure: MeasureText): string | undefined {
  if (measure(text) <= room) return text;
  const chars = [...text];
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  if (chars.length < 3 || measure(cut(2)) > room) return undefined;
  // Widths grow with the number of letters kept: the longest that fits, by bisection.
  let fits = 2;
  let over = chars.length;
  while (over - fits > 1) {
    const mid = (fits + over) >> 1;
    if (measure(cut(mid)) <= room) fits = mid;
    else over = mid;
  }
  return cut(fits);
}

/**
 * Names fitted to their rooms so that no two different names read the same: cutting "Region
 * Hovedstaden" and "Region Sjælland" to "Region…" would make them one. Where cuts collide, the part
 * the names share is cut instead ("…Hovedst…", "…Sjællan…"); a name that still reads like another
 * is left out (undefined), the first one in full or in document order keeping its text. Names the
 * document itself repeats are left as they are: they are the data's, not the cut's.
 */
export function fitDistinct(names: readonly string[], rooms: readonly number[], measure: MeasureText): (string | undefined)[] {
  const out = names.map((name, i) => fitText(name, rooms[i]!, measure));
  for (const group of collisions(out)) {
    const different = [...new Set(group.map((i) => names[i]!))];
    if (different.length < 2) continue;
    const shared = sharedStart(different);
    if (shared === 0) continue;
    for (const i of group) {
      if (out[i] === names[i]) continue;
      const rest = names[i]!.slice(shared).trimStart();
      const fitted = rest ? fitText(rest, rooms[i]! - measure('…'), measure) : undefined;
      out[i] = fitted === undefined ? undefined : `…${fitted}`;
    }
  }
  // Whatever still reads like a different name is left out; full names are kept first.
  const owner = new Map<string, string>();
  const order = names.map((_, i) => i).sort((a, b) => Number(out[a] !== names[a]) - Number(out[b] !== names[b]) || a - b);
  for (const i of order) {
    const text = out[i];
    if (text === undefined) continue;
    const name = owner.get(text);
    if (name === undefined) owner.set(text, names[i]!);
    else if (name !== names[i]) out[i] = undefined;
  }
  return out;
}

/** Groups of two or more indices whose texts are equal. */
function collisions(texts: readonly (string | undefined)[]): number[][] {
  const byText = new Map<string, number[]>();
  texts.forEach((text, i) => {
    if (text === undefined) return;
    const list = byText.get(text);
    if (list) list.push(i);
    else byText.set(text, [i]);
  });
  return [...byText.values()].filter((group) => group.length > 1);
}

/**
 * Length of the start the names share, backed off to a word boundary when there is one
 * ("Region Midtjylland", "Region Nordjylland": "Region ", 7), in UTF-16 units.
 */
function sharedStart(names: readonly string[]): number {
  const first = names[0]!;
  let n = first.length;
  for (const name of names) {
    let k = 0;
    while (k < n && k < name.length && name[k] === first[k]) k++;
    n = k;
  }
  // Never split a surrogate pair.
  if (n > 0 && /[\uD800-\uDBFF]/.test(first[n - 1]!)) n--;
  const space = first.lastIndexOf(' ', n - 1);
  return space >= 0 ? space + 1 : n;
}
