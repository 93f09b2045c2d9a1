import type { FlowModel } from './model.js';

/** The nodes and flows on a highlighted path, by index. */
export interface OnPath {
  nodes: ReadonlySet<number>;
  links: ReadonlySet<number>;
}

/**
 * Every node and link touched by a path through `key` ("n3" or "l5"): everything upstream of the
 * node (or the link's source) and downstream of it (or the link's target). O(N + E).
 */
export function pathThrough(model: Pick<FlowModel, 'nodes' | 'links'>, key: string): OnPath {
  const nodes = new Set<number>();
  const links = new Set<number>();
  const outs: number[][] = model.nodes.map(() => []);
  const ins: number[][] = model.nodes.map(() => []);
  model.links.forEach((link, l) => {
    outs[link.source]!.push(l);
    ins[link.target]!.push(l);
  });
  const index = Number(key.slice(1));
  let up: number;
  let down: number;
  if (key.startsWith('l')) {
    const link = model.links[index];
    if (!link) return { nodes, links };
    links.add(index);
    up = link.source;
    down = link.target;
  } else {
    if (!model.nodes[index]) return { nodes, links };
    up = down = index;
  }
  const walk = (start: number, next: number[][], end: 'source' | 'target') => {
    const queue = [start];
    const seen = new Set(queue);
    nodes.add(start);
    while (queue.length) {
      const i = queue.pop()!;
      for (const l of next[i]!) {
        links.add(l);
        const j = model.links[l]![end];
        nodes.add(j);
        if (!seen.has(j)) {
          seen.add(j);
          queue.push(j);
        }
      }
    }
  };
  walk(up, ins, 'source');
  walk(down, outs, 'target');
  return { nodes, links };
}
