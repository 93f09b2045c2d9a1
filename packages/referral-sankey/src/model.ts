import type { ReferralFlows } from '@praksis/schema';
import { isAdditive } from './units.js';

/**
 * What the diagram draws, derived from a valid referral-flows document: small flows suppressed,
 * small destinations grouped into "Øvrige / Other", totals and shares. Pure: labels arrive already
 * in the reader's language, numbers are formatted later.
 *
 * Suppression: a flow with 0 < value < threshold is never shown as its value. It is drawn as a
 * hairline, listed as "< threshold", and left out of every total and share, so no sum elsewhere
 * can give it away (a node whose total leaves one out says so). This hides single small flows; it
 * is not full disclosure control, which the publisher must do before publishing.
 *
 * Units that do not add up (rates; see units.ts) get no node values, totals, shares or
 * grouping: every one of those is a sum or divides by one.
 */

export interface FlowOptions {
  /** Group destinations whose inflow is below this share (0–0.5) of all that reaches a destination. 0: off. */
  groupBelow?: number | undefined;
  /** Suppress counts below this. The document's own `suppressBelow` is a floor. Counts only. */
  suppressBelow?: number | undefined;
}

export interface FlowNode {
  /** The document's id; `other` has none of its own. */
  id: string;
  label: string;
  /** Nodes with the same key share a colour: the node's group, else its id; empty for "Other". */
  colorKey: string;
  stage?: number | undefined;
  /** Known flow in and out (suppressed flows left out): what the bar is drawn from. */
  valueIn: number;
  valueOut: number;
  /** max(in, out): the node's size in the diagram. */
  value: number;
  /**
   * The number the node is labelled with: its inflow, or for a node nothing flows into, its
   * outflow. Undefined when the unit does not add up (a rate): a node's sum of rates means nothing.
   */
  shown: number | undefined;
  /** `shown` leaves out a suppressed flow, so it is a lower bound. */
  partial: boolean;
  /** Every flow on the counted side is suppressed, so `shown` is unknown. */
  unknown: boolean;
  /** When unknown: what it is below, the threshold times its suppressed flows ("< 10" for two under 5). */
  below: number | undefined;
  /** `shown` as a share of the total (0–1); undefined when either is unknown, not additive, or `shown` exceeds the total. */
  share: number | undefined;
  /** For the "Other" node: the labels of the nodes it stands for. */
  members?: string[];
}

/** What a share is a share of: the flows leaving `source`, all of them known, or only the known ones. */
export interface ShareBase {
  source: string;
  /** The source also sends suppressed flows, so the base is its known flows only. */
  knownOnly: boolean;
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
  /** When suppressed: what it is below, the threshold times the suppressed flows it stands for. */
  below: number | undefined;
  /** Share of its source's known outflow, 0–1; undefined when suppressed, not additive, or the source sends nothing known. */
  share: number | undefined;
  base: ShareBase;
}

export interface TableFlow {
  source: string;
  target: string;
  value: number;
  suppressed: boolean;
  /** Share of the source's known outflow, 0–1; undefined as for `FlowLink.share`. */
  share: number | undefined;
  base: ShareBase;
}

export interface FlowModel {
  /** Whether the unit's values add up (units.ts); when not, there are no totals and no shares. */
  additive: boolean;
  nodes: FlowNode[];
  links: FlowLink[];
  /** Every flow of the document, in its order, for the table. */
  flows: TableFlow[];
  /** Known flow leaving the nodes nothing flows into; undefined when the unit does not add up. */
  total: number | undefined;
  /** The total leaves out a suppressed flow: it is a lower bound ("mindst"). */
  totalPartial: boolean;
  /**
   * Every flow the total counts is suppressed (or 0), so `total` (0) says nothing: the total is
   * below this, the threshold times those flows ("færre end 10"), never "mindst 0".
   */
  totalBelow: number | undefined;
  /** The suppression threshold in force (0: none). */
  threshold: number;
  suppressedCount: number;
  /** Labels of the nodes grouped into "Other", and the share they were each below. */
  grouped: string[];
  groupShare: number;
  /** Some destinations under the share stayed apart, because the two largest are never grouped. */
  groupKeptApart: number;
}

export const OTHER_ID = '\u0000other';

/**
 * No count exceeds the schema's 1,000,000,000, so a higher threshold suppresses nothing more; the
 * cap keeps every bound derived from it ("< N" times a number of flows) a finite number.
 */
const MAX_THRESHOLD = 1_000_000_001;

/** Destinations that always stay apart from "Other", so it can never hold everything. */
export const MIN_UNGROUPED = 2;
/** Fewest destinations worth a shared "Other" node: one alone would just be renamed. */
export const MIN_GROUPED = 2;

/**
 * Which destinations to group: those (nodes that send nothing) receiving less than `share` of all
 * that reaches a destination, except the `MIN_UNGROUPED` largest destinations, which always stay
 * apart; and only when at least `MIN_GROUPED` remain. Returns document node indices and how many
 * destinations under the share stayed apart.
 */
export function destinationsToGroup(
  inflow: ArrayLike<number>,
  isDestination: (i: number) => boolean,
  share: number,
): { grouped: number[]; keptApart: number } {
  const none = { grouped: [], keptApart: 0 };
  const destinations: number[] = [];
  let sinkTotal = 0;
  for (let i = 0; i < inflow.length; i++) {
    if (!isDestination(i)) continue;
    destinations.push(i);
    sinkTotal += inflow[i]!;
  }
  if (!(share > 0) || !(sinkTotal > 0)) return none;
  // Largest first (document order breaks ties), so the ones kept apart are the largest.
  destinations.sort((a, b) => inflow[b]! - inflow[a]! || a - b);
  const below = destinations.filter((i) => inflow[i]! < share * sinkTotal);
  const apart = destinations.length - below.length;
  const keptApart = Math.max(0, MIN_UNGROUPED - apart);
  const grouped = below.slice(keptApart);
  if (grouped.length < MIN_GROUPED) return none;
  return { grouped: grouped.sort((a, b) => a - b), keptApart };
}

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
  const additive = isAdditive(doc.unit);
  // Counts are whole, so "fewer than 4.5" is "fewer than 5": the threshold is said as a whole number.
  const threshold =
    doc.unit === 'count' ? Math.min(MAX_THRESHOLD, Math.ceil(Math.max(doc.suppressBelow ?? 0, finiteOr(options.suppressBelow, 0)))) : 0;
  const isSuppressed = (value: number) => value > 0 && value < threshold;
  const index = new Map(doc.nodes.map((node, i) => [node.id, i]));
  const at = (id: string) => index.get(id) ?? -1;

  // Known flow per document node, and which nodes send anything at all.
  const known = (value: number) => (isSuppressed(value) ? 0 : value);
  const inflow = new Float64Array(doc.nodes.length);
  const outflow = new Float64Array(doc.nodes.length);
  const sends = new Uint8Array(doc.nodes.length);
  const receives = new Uint8Array(doc.nodes.length);
  const sendsSuppressed = new Uint8Array(doc.nodes.length);
  for (const link of doc.links) {
    const s = at(link.source);
    const t = at(link.target);
    outflow[s] = outflow[s]! + known(link.value);
    inflow[t] = inflow[t]! + known(link.value);
    sends[s] = 1;
    receives[t] = 1;
    if (isSuppressed(link.value)) sendsSuppressed[s] = 1;
  }

  // Grouping sums inflows, so it needs a unit that adds up.
  const groupShare = additive ? Math.min(0.5, Math.max(0, finiteOr(options.groupBelow, 0))) : 0;
  const grouping = destinationsToGroup(inflow, (i) => !sends[i] && receives[i] === 1, groupShare);
  const groupedSet = new Set(grouping.grouped);

  // Display nodes: the document's, minus the grouped ones, plus "Other" after the last of them.
  const display = new Int32Array(doc.nodes.length).fill(-1);
  const nodes: FlowNode[] = [];
  const blank = { valueIn: 0, valueOut: 0, value: 0, shown: undefined, partial: false, unknown: false, below: undefined, share: undefined };
  let otherIndex = -1;
  doc.nodes.forEach((node, i) => {
    if (groupedSet.has(i)) return;
    display[i] = nodes.length;
    nodes.push({ id: node.id, label: labelOf(node), colorKey: node.group ?? node.id, stage: node.stage, ...blank });
  });
  if (groupedSet.size) {
    otherIndex = nodes.length;
    const members = [...groupedSet];
    const stages = members.map((i) => doc.nodes[i]!.stage).filter((s): s is number => s !== undefined);
    nodes.push({
      id: OTHER_ID,
      label: otherLabel,
      colorKey: '',
      stage: stages.length === members.length ? Math.max(...stages) : undefined,
      members: members.map((i) => labelOf(doc.nodes[i]!)),
      ...blank,
    });
    for (const i of members) display[i] = otherIndex;
  }

  const baseOf = (docIndex: number): ShareBase => ({
    source: labelOf(doc.nodes[docIndex]!),
    knownOnly: sendsSuppressed[docIndex] === 1,
  });

  // Display links: one per document link, except flows into "Other", merged per source.
  const links: FlowLink[] = [];
  /** How many suppressed document flows each display link stands for. */
  const hiddenFlows: number[] = [];
  /** The index of the flow into "Other" from each source. */
  const mergedFrom = new Map<number, number>();
  let suppressedCount = 0;
  doc.links.forEach((link, l) => {
    const source = display[at(link.source)]!;
    const target = display[at(link.target)]!;
    const suppressed = isSuppressed(link.value);
    if (suppressed) suppressedCount++;
    const base = baseOf(at(link.source));
    if (target === otherIndex) {
      const k = mergedFrom.get(source);
      if (k !== undefined) {
        const merged = links[k]!;
        merged.value += known(link.value);
        merged.members.push(l);
        merged.partial ||= suppressed;
        hiddenFlows[k]! += Number(suppressed);
        return;
      }
      mergedFrom.set(source, links.length);
      hiddenFlows.push(Number(suppressed));
      links.push({ source, target, value: known(link.value), suppressed: false, members: [l], partial: suppressed, below: undefined, share: undefined, base });
      return;
    }
    hiddenFlows.push(Number(suppressed));
    links.push({ source, target, value: known(link.value), suppressed, members: [l], partial: false, below: suppressed ? threshold : undefined, share: undefined, base });
  });
  for (const k of mergedFrom.values()) {
    const link = links[k]!;
    // A merged flow made only of suppressed flows is itself unknown: below the sum of their thresholds.
    if (link.value === 0 && link.partial) {
      link.suppressed = true;
      link.partial = false;
      link.below = hiddenFlows[k]! * threshold;
    }
  }

  // Node sizes from the display links.
  const partialIn = new Uint8Array(nodes.length);
  const partialOut = new Uint8Array(nodes.length);
  const receivesShown = new Uint8Array(nodes.length);
  const hiddenIn = new Float64Array(nodes.length);
  const hiddenOut = new Float64Array(nodes.length);
  links.forEach((link, k) => {
    nodes[link.source]!.valueOut += link.value;
    nodes[link.target]!.valueIn += link.value;
    hiddenOut[link.source] = hiddenOut[link.source]! + hiddenFlows[k]!;
    hiddenIn[link.target] = hiddenIn[link.target]! + hiddenFlows[k]!;
    receivesShown[link.target] = 1;
    if (link.suppressed || link.partial) {
      partialOut[link.source] = 1;
      partialIn[link.target] = 1;
    }
  });

  // The total: what leaves the nodes nothing flows into; a lower bound if any of it is suppressed.
  let total: number | undefined;
  let totalPartial = false;
  let totalBelow: number | undefined;
  if (additive) {
    total = 0;
    let hidden = 0;
    nodes.forEach((node, i) => {
      if (receivesShown[i]) return;
      total! += node.valueOut;
      hidden += hiddenOut[i]!;
      totalPartial ||= partialOut[i] === 1;
    });
    if (total === 0 && totalPartial) totalBelow = hidden * threshold;
  }

  nodes.forEach((node, i) => {
    node.value = Math.max(node.valueIn, node.valueOut);
    if (!additive) return;
    // What the node counts: what reaches it, or for a sender what it sends.
    const shown = receivesShown[i] ? node.valueIn : node.valueOut;
    const partial = (receivesShown[i] ? partialIn[i] : partialOut[i]) === 1;
    node.unknown = shown === 0 && partial;
    if (node.unknown) node.below = (receivesShown[i] ? hiddenIn[i]! : hiddenOut[i]!) * threshold;
    node.partial = partial && !node.unknown;
    node.shown = node.unknown ? undefined : shown;
    // A share of the total only where the node is a part of it: a node that sends on more than
    // reaches it can make one further right exceed the total, and "250 % af alle" is no share.
    node.share = node.shown !== undefined && total! > 0 && node.shown <= total! ? node.shown / total! : undefined;
  });
  for (const link of links) {
    const out = nodes[link.source]!.valueOut;
    link.share = !additive || link.suppressed || out <= 0 ? undefined : link.value / out;
  }

  const flows: TableFlow[] = doc.links.map((link) => {
    const suppressed = isSuppressed(link.value);
    const out = outflow[at(link.source)]!;
    return {
      source: labelOf(doc.nodes[at(link.source)]!),
      target: labelOf(doc.nodes[at(link.target)]!),
      value: known(link.value),
      suppressed,
      share: !additive || suppressed || out <= 0 ? undefined : link.value / out,
      base: baseOf(at(link.source)),
    };
  });

  return {
    additive,
    nodes,
    links,
    flows,
    total,
    totalPartial,
    totalBelow,
    threshold,
    suppressedCount,
    grouped: grouping.grouped.map((i) => labelOf(doc.nodes[i]!)),
    groupShare: groupedSet.size ? groupShare : 0,
    groupKeptApart: grouping.keptApart,
  };
}

function finiteOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
