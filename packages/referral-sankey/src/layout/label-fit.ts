import { estimateTextWidth } from '@praksis/core/text-width.js';

/**
 * A cut name aims at this share of its room: the width estimate (0.6 em a letter) runs a few per
 * cent short for names full of wide letters such as "æ" and "m", and a name already cut loses
 * nothing by one letter less.
 */
const CUT_MARGIN = 0.9;

/** The text, cut with "…" to fit `room` px; undefined when not even two letters fit. */
export function fitText(text: string, room: number, font: number): string | undefined {
  if (estimateTextWidth(text, font) <= room) return text;
  const chars = [...text];
  const fit = Math.floor((room * CUT_MARGIN) / (font * 0.6)) - 1;
  if (fit < 2) return undefined;
  return `${chars.slice(0, fit).join('').trimEnd()}…`;
}

/**
 * Names fitted to their rooms so that no two different names read the same: cutting "Region
 * Hovedstaden" and "Region Sjælland" to "Region…" would make them one. Where cuts collide, the part
 * the names share is cut instead ("…Hovedst…", "…Sjællan…"); a name that still reads like another
 * is left out (undefined), the first one in full or in document order keeping its text. Names the
 * document itself repeats are left as they are: they are the data's, not the cut's.
 */
export function fitDistinct(names: readonly string[], rooms: readonly number[], font: number): (string | undefined)[] {
  const out = names.map((name, i) => fitText(name, rooms[i]!, font));
  for (const group of collisions(out)) {
    const different = [...new Set(group.map((i) => names[i]!))];
    if (different.length < 2) continue;
    const shared = sharedStart(different);
    if (shared === 0) continue;
    for (const i of group) {
      if (out[i] === names[i]) continue;
      const rest = names[i]!.slice(shared).trimStart();
      const fitted = rest ? fitText(rest, rooms[i]! - estimateTextWidth('…', font), font) : undefined;
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
