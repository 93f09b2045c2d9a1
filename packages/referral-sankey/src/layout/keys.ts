import type { SankeyLayout } from './sankey.js';

/** A node ("n3") or a link ("l5") of the drawn graph. */
export type Key = `n${number}` | `l${number}`;

/** Keyboard order: column by column, each node followed by the flows that leave it, top down. */
export function keyOrder(layout: SankeyLayout, nodeCount: number): Key[] {
  const outgoing: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const link of layout.links) outgoing[link.source]!.push(link.index);
  const order: Key[] = [];
  for (const nodes of layout.columns) {
    for (const i of nodes) {
      order.push(`n${i}`);
      for (const l of outgoing[i]!.sort((a, b) => layout.links[a]!.y0 - layout.links[b]!.y0)) order.push(`l${l}`);
    }
  }
  return order;
}

/** Up/down: previous/next in reading order; right/left: along a flow; Home/End: first/last. */
export function nextKey(from: Key, key: string, layout: SankeyLayout, order: readonly Key[]): Key | undefined {
  const at = order.indexOf(from);
  const index = Number(from.slice(1));
  switch (key) {
    case 'ArrowDown':
      return order[Math.min(order.length - 1, at + 1)];
    case 'ArrowUp':
      return order[Math.max(0, at - 1)];
    case 'Home':
      return order[0];
    case 'End':
      return order[order.length - 1];
    case 'ArrowRight': {
      if (from.startsWith('l')) return `n${layout.links[index]!.target}`;
      const first = layout.links.filter((l) => l.source === index).sort((a, b) => a.y0 - b.y0)[0];
      return first ? `l${first.index}` : undefined;
    }
    case 'ArrowLeft': {
      if (from.startsWith('l')) return `n${layout.links[index]!.source}`;
      const first = layout.links.filter((l) => l.target === index).sort((a, b) => a.y1 - b.y1)[0];
      return first ? `l${first.index}` : undefined;
    }
    default:
      return undefined;
  }
}
