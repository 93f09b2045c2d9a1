/** A node that paints no flow: drawn without a category colour, so it suggests no link. */
export const NEUTRAL = -1;
/** The grouped "Øvrige / Other" node: its own grey. */
export const OTHER = -2;
/** Category colours in the palette (--praksis-color-category-1 … 8). */
export const PALETTE_SIZE = 8;

export interface ColorNode {
  /** Nodes with the same key share a colour (the data's group, else the id); empty for "Other". */
  colorKey: string;
}

export interface ColorLink {
  source: number;
  target: number;
}

/**
 * A colour per node: 0–7 (a palette slot), NEUTRAL or OTHER. Flows take the colour of the node they
 * go to (`by: 'target'`) or come from, so only those nodes need a category colour; the others are
 * neutral, and a colour seen in two columns then always means the same flows. Slots are handed out
 * column by column, avoiding a slot already used in the same or the neighbouring column, then the
 * least used one: with more coloured nodes than slots a repeat is unavoidable, but it lands as far
 * from its twin as the palette allows. Pure.
 */
export function nodeColors(nodes: readonly ColorNode[], links: readonly ColorLink[], columns: readonly (readonly number[])[], by: 'source' | 'target'): number[] {
  const paints = new Uint8Array(nodes.length);
  for (const link of links) paints[by === 'target' ? link.target : link.source] = 1;
  const colors = nodes.map(() => NEUTRAL);
  const byKey = new Map<string, number>();
  const uses = new Array<number>(PALETTE_SIZE).fill(0);
  // Slots per column, to keep neighbours apart.
  const inColumn = columns.map(() => new Set<number>());
  columns.forEach((column, c) => {
    for (const i of column) {
      const node = nodes[i];
      if (!node || !paints[i]) continue;
      if (node.colorKey === '') {
        colors[i] = OTHER;
        continue;
      }
      let slot = byKey.get(node.colorKey);
      if (slot === undefined) {
        const near = (s: number) => (inColumn[c]!.has(s) ? 2 : 0) + (inColumn[c - 1]?.has(s) || inColumn[c + 1]?.has(s) ? 1 : 0);
        slot = 0;
        for (let s = 1; s < PALETTE_SIZE; s++) {
          const better = near(s) - near(slot) || uses[s]! - uses[slot]!;
          if (better < 0) slot = s;
        }
        byKey.set(node.colorKey, slot);
        uses[slot]!++;
      }
      colors[i] = slot;
      inColumn[c]!.add(slot);
    }
  });
  return colors;
}
