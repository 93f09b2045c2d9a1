import type { ReferralFlows } from '@praksis/schema';

/**
 * What the diagram draws, derived from a valid referral-flows document: small flows suppressed,
 * small destinations grouped into "Øvrige / Other", totals and shares. Pure: labels arrive already
 * in the reader's language, numbers are formatted later.
 *
 * Suppression: a flow with 0 < value < threshold is never shown as its value. It is drawn as a
 * hairline, listed as "< threshold", and left out of every total and share, so no sum elsewhere
 * can give it away (a node whose total leaves one out says so). This hides single small flows; it
 * is not full disclosure control, which the publisher must do before publishing.
 */

export interface FlowOptions {
  /** Group destinations whose inflow is below this share (0–1) of all that reaches a destination. 0: off. */
  groupBelow?: number | undefined;
  /** Suppress counts below this. The document's own `suppressBelow` is a floor. Counts only. */
  suppressBelow?: number | undefined;
}

export interface FlowNode {
  /** The document's id; `other` has none of its own. */
  id: string;
  label: string;
  /** Colour slot 0–7, from the node's group (or id), in order of first appearance; -1 for "Other". */
  color: number;
  stage?: number | undefined;
  /** Known flow in and out (suppressed flows left out). */
  valueIn: number;
  valueOut: number;
  /** max(in, out): the node's size in the diagram. */
  value: number;
  /** The number the node is labelled with: its inflow, or for a node nothing flows into, its outflow. */
  shown: number;
  /** `shown` leaves out a suppressed flow, so it is a lower bound. */
  partial: boolean;
  /** Every flow on the counted side is suppressed, so `shown` is unknown. */
  unknown: boolean;
  /** For the "Other" node: the labels of the nodes it stands for. */
  members?: string[];
}

export interface FlowLink {
  source: number;
  target: number;
  /** The known value (0 for a suppressed flow). */
  value: number;
  suppressed: boolean;
  /** Indices of the document's links it stands for (more than one for a grouped flow). */
  members: number[];
  /** A grouped flow whose members include a suppressed one: its value is a lower bound. */
  partial: boolean;
  /** Share of its source's known outflow, 0–1; undefined when suppressed or the source sends nothing known. */
  share: number | undefined;
}

export interface TableFlow {
  source: string;
  target: string;
  value: number;
  suppressed: boolean;
  share: number | undefined;
}

export interface FlowModel {
  nodes: FlowNode[];
  links: FlowLink[];
  /** Every flow of the document, in its order, for the table. */
  flows: TableFlow[];
  /** Known flow leaving the nodes nothing flows into. */
  total: number;
  /** The suppression threshold in force (0: none). */
  threshold: number;
  suppressedCount: number;
  /** Labels of the nodes grouped into "Other", and the share they were each below. */
  grouped: string[];
  groupShare: number;
}

export const OTHER_ID = '\u0000other';

/**
 * @param labelOf the node's label in the reader's language
 * @param otherLabel "Øvrige" / "Other"
 */
export function buildFlows(
  doc: ReferralFlows,
  labelOf: (node: ReferralFlows['nodes'][number]) => string,
  otherLabel: string,
  options: FlowOptions = {},
): FlowModel {
  const threshold =
    doc.unit === 'count' ? Math.max(doc.suppressBelow ?? 0, finiteOr(options.suppressBelow, 0)) : 0;
  const isSuppressed = (value: number) => value > 0 && value < threshold;
  const index = new Map(doc.nodes.map((node, i) => [node.id, i]));
  const at = (id: string) => index.get(id) ?? -1;

  // Known flow per document node, and which nodes send anything at all.
  const known = (value: number) => (isSuppressed(value) ? 0 : value);
  const inflow = new Float64Array(doc.nodes.length);
  const outflow = new Float64Array(doc.nodes.length);
  const sends = new Uint8Array(doc.nodes.length);
  const receives = new Uint8Array(doc.nodes.length);
  for (const link of doc.links) {
    const s = at(link.source);
    const t = at(link.target);
    outflow[s] = outflow[s]! + known(link.value);
    inflow[t] = inflow[t]! + known(link.value);
    sends[s] = 1;
    receives[t] = 1;
  }

  // Grouping: destinations (nodes that send nothing) below the share, when there are two or more.
  const groupShare = Math.min(0.5, Math.max(0, finiteOr(options.groupBelow, 0)));
  let sinkTotal = 0;
  doc.nodes.forEach((_, i) => {
    if (!sends[i]) sinkTotal += inflow[i]!;
  });
  let groupedSet = new Set<number>();
  if (groupShare > 0 && sinkTotal > 0) {
    doc.nodes.forEach((_, i) => {
      if (!sends[i] && receives[i] && inflow[i]! < groupShare * sinkTotal) groupedSet.add(i);
    });
    if (groupedSet.size < 2) groupedSet = new Set();
  }

  // Display nodes: the document's, minus the grouped ones, plus "Other" after the last of them.
  const display = new Int32Array(doc.nodes.length).fill(-1);
  const nodes: FlowNode[] = [];
  const colors = new Map<string, number>();
  const colorOf = (key: string) => {
    let c = colors.get(key);
    if (c === undefined) colors.set(key, (c = colors.size % 8));
    return c;
  };
  const blank = { valueIn: 0, valueOut: 0, value: 0, shown: 0, partial: false, unknown: false };
  let otherIndex = -1;
  doc.nodes.forEach((node, i) => {
    if (groupedSet.has(i)) return;
    display[i] = nodes.length;
    nodes.push({ id: node.id, label: labelOf(node), color: colorOf(node.group ?? node.id), stage: node.stage, ...blank });
  });
  if (groupedSet.size) {
    otherIndex = nodes.length;
    const members = [...groupedSet];
    const stages = members.map((i) => doc.nodes[i]!.stage).filter((s): s is number => s !== undefined);
    nodes.push({
      id: OTHER_ID,
      label: otherLabel,
      color: -1,
      stage: stages.length === members.length ? Math.max(...stages) : undefined,
      members: members.map((i) => labelOf(doc.nodes[i]!)),
      ...blank,
    });
    for (const i of members) display[i] = otherIndex;
  }

  // Display links: one per document link, except flows into "Other", merged per source.
  const links: FlowLink[] = [];
  const mergedFrom = new Map<number, FlowLink>();
  let suppressedCount = 0;
  doc.links.forEach((link, l) => {
    const source = display[at(link.source)]!;
    const target = display[at(link.target)]!;
    const suppressed = isSuppressed(link.value);
    if (suppressed) suppressedCount++;
    if (target === otherIndex) {
      const merged = mergedFrom.get(source);
      if (merged) {
        merged.value += known(link.value);
        merged.members.push(l);
        merged.partial ||= suppressed;
        return;
      }
      const created: FlowLink = { source, target, value: known(link.value), suppressed: false, members: [l], partial: suppressed, share: undefined };
      mergedFrom.set(source, created);
      links.push(created);
      return;
    }
    links.push({ source, target, value: known(link.value), suppressed, members: [l], partial: false, share: undefined });
  });
  for (const link of mergedFrom.values()) {
    // A merged flow made only of suppressed flows is itself unknown.
    if (link.value === 0 && link.partial) {
      link.suppressed = true;
      link.partial = false;
    }
  }

  // Node sizes from the display links.
  const partialIn = new Uint8Array(nodes.length);
  const partialOut = new Uint8Array(nodes.length);
  for (const link of links) {
    const s = nodes[link.source]!;
    const t = nodes[link.target]!;
    s.valueOut += link.value;
    t.valueIn += link.value;
    if (link.suppressed || link.partial) {
      partialOut[link.source] = 1;
      partialIn[link.target] = 1;
    }
  }
  const receives2 = new Uint8Array(nodes.length);
  for (const link of links) receives2[link.target] = 1;
  nodes.forEach((node, i) => {
    node.value = Math.max(node.valueIn, node.valueOut);
    // What the node counts: what reaches it, or for a sender what it sends.
    node.shown = receives2[i] ? node.valueIn : node.valueOut;
    const partial = receives2[i] ? partialIn[i] : partialOut[i];
    node.unknown = node.shown === 0 && partial === 1;
    node.partial = partial === 1 && !node.unknown;
  });
  for (const link of links) {
    const out = nodes[link.source]!.valueOut;
    link.share = link.suppressed || out <= 0 ? undefined : link.value / out;
  }

  let total = 0;
  nodes.forEach((node, i) => {
    if (!links.some((link) => link.target === i)) total += node.valueOut;
  });

  const flows: TableFlow[] = doc.links.map((link) => {
    const suppressed = isSuppressed(link.value);
    const out = outflow[at(link.source)]!;
    return {
      source: labelOf(doc.nodes[at(link.source)]!),
      target: labelOf(doc.nodes[at(link.target)]!),
      value: known(link.value),
      suppressed,
      share: suppressed || out <= 0 ? undefined : link.value / out,
    };
  });

  return {
    nodes,
    links,
    flows,
    total,
    threshold,
    suppressedCount,
    grouped: [...groupedSet].map((i) => labelOf(doc.nodes[i]!)),
    groupShare: groupedSet.size ? groupShare : 0,
  };
}

function finiteOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Every node and link touched by a path through `key` ("n3" or "l5"): everything upstream of the
 * node (or the link's source) and downstream of it (or the link's target). O(N + E).
 */
export function pathThrough(model: Pick<FlowModel, 'nodes' | 'links'>, key: string): { nodes: Set<number>; links: Set<number> } {
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
