/**
 * Referral-flow rules JSON Schema cannot state: links must name nodes that exist, ids are unique,
 * the graph has no cycles, stages run left to right, and there is something to draw. Run only on
 * schema-valid documents, so the shape is known; every issue points into the document.
 */
import type { ValidationIssue } from '../issue.js';
import type { ReferralFlows, ReferralLink, ReferralNode } from '../generated/types.js';
import { referralFlowWords } from '../messages.js';
import type { ReferralFlowWords } from '../words.js';
import { provenanceChecks } from './provenance.js';

// Every step below is one pass over the nodes or the links, with Maps and typed arrays: 5,000
// nodes and 50,000 links are checked in a few milliseconds. Pointers are written only for issues.
/**
 * The first cycle found by a depth-first search in document order, as the link that closes it and
 * the node ids around it (first id repeated at the end). Iterative, so 5,000 nodes in a chain
 * cannot overflow the stack. Self-loops and unknown ids are left to `checkLinks`.
 */
export function findCycle(links: readonly ReferralLink[]): { link: number; ids: string[] } | undefined {
  const out = new Map<string, number[]>();
  links.forEach((link, i) => {
    if (link.source === link.target) return;
    let list = out.get(link.source);
    if (!list) out.set(link.source, (list = []));
    list.push(i);
  });
  const state = new Map<string, 1 | 2>(); // 1 on the current path, 2 finished
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    // Stack of [node, next outgoing link position]; `path` mirrors the nodes on it.
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const node = top[0];
      const position = top[1];
      const outgoing = out.get(node) ?? [];
      if (position >= outgoing.length) {
        state.set(node, 2);
        stack.pop();
        continue;
      }
      top[1] = position + 1;
      const linkIndex = outgoing[position]!;
      const next = links[linkIndex]!.target;
      const seen = state.get(next);
      if (seen === 1) {
        const from = stack.findIndex(([id]) => id === next);
        return { link: linkIndex, ids: [...stack.slice(from).map(([id]) => id), next] };
      }
      if (seen === undefined) {
        state.set(next, 1);
        stack.push([next, 0]);
      }
    }
  }
  return undefined;
}

/** The referral-flow rules, their issues worded by `m` (words.ts); the exports after it word them in full. */
export function referralFlowChecks(m: ReferralFlowWords) {
  const { checkProvenance, realDate } = provenanceChecks(m);

  /** Each id once; returns the index of every id's first node. */
  function checkNodeIds(nodes: readonly ReferralNode[]): { index: Map<string, number>; issues: ValidationIssue[] } {
    const index = new Map<string, number>();
    const issues: ValidationIssue[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const { id } = nodes[i]!;
      const first = index.get(id);
      if (first === undefined) index.set(id, i);
      else issues.push({ path: `/nodes/${i}/id`, message: m.duplicateId(id, first) });
    }
    return { index, issues };
  }

  /** Links name known nodes, are not self-loops or repeats, and carry finite, non-negative values. */
  function checkLinks(links: readonly ReferralLink[], index: ReadonlyMap<string, number>): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    // The first link of each pair: source -> target -> index.
    const seen = new Map<string, Map<string, number>>();
    for (let i = 0; i < links.length; i++) {
      const { source, target, value } = links[i]!;
      // Schema-valid documents parsed from JSON cannot hold NaN or Infinity, but a `data` property can.
      if (!Number.isFinite(value)) issues.push({ path: `/links/${i}/value`, message: m.notFinite() });
      else if (value < 0) issues.push({ path: `/links/${i}/value`, message: m.negative() });
      if (!index.has(source)) issues.push({ path: `/links/${i}/source`, message: m.unknownNode(source) });
      if (!index.has(target)) issues.push({ path: `/links/${i}/target`, message: m.unknownNode(target) });
      if (source === target) {
        issues.push({ path: `/links/${i}/target`, message: m.selfLink(source) });
        continue;
      }
      let targets = seen.get(source);
      if (!targets) seen.set(source, (targets = new Map<string, number>()));
      const first = targets.get(target);
      if (first === undefined) targets.set(target, i);
      else issues.push({ path: `/links/${i}`, message: m.duplicateLink(source, target, first) });
    }
    return issues;
  }

  /** Stages: all nodes or none have one, within range, and every link goes to a later stage. */
  function checkStages(doc: ReferralFlows, index: ReadonlyMap<string, number>): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    const count = doc.stages?.length;
    const { nodes, links } = doc;
    for (let i = 0; i < nodes.length; i++) {
      const { stage } = nodes[i]!;
      if (count === undefined) {
        if (stage !== undefined) issues.push({ path: `/nodes/${i}/stage`, message: m.stageWithoutStages() });
      } else if (stage === undefined) issues.push({ path: `/nodes/${i}/stage`, message: m.stageNeeded() });
      else if (stage >= count) issues.push({ path: `/nodes/${i}/stage`, message: m.stageOutOfRange(count) });
    }
    if (count === undefined || issues.length > 0) return issues;
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      const source = nodes[index.get(link.source) ?? -1]?.stage;
      const target = nodes[index.get(link.target) ?? -1]?.stage;
      if (source !== undefined && target !== undefined && target <= source) {
        issues.push({ path: `/links/${i}/target`, message: m.stageBackwards(link.source, source, link.target, target) });
      }
    }
    return issues;
  }

  /**
   * All the rules JSON Schema cannot state for this kind. Each `@rule` is listed as written under
   * "Checked beyond the schema" in docs/schema/referral-flows.md (scripts/lib/rules.mjs reads them),
   * so the page says what this code checks.
   *
   * @rule Node ids are unique (reported at the repeated `/nodes/N/id`).
   * @rule Every link names nodes that exist (reported at `/links/N/source` or `…/target`), does not
   *   go from a node to itself, and no two links join the same pair in the same direction (reported
   *   at the repeated link).
   * @rule With `unit` "count", every value is a whole number of referrals (reported at
   *   `/links/N/value`).
   * @rule The flows form no cycle (reported at the link that closes it), every node is part of a
   *   flow, and not every flow is 0.
   * @rule With `stages`, every node has a `stage` below the number of stages, and every link goes
   *   from an earlier stage to a later one.
   * @rule `period` dates are real calendar dates, and `period.to` is not before `period.from`.
   */
  function checkReferralFlows(doc: ReferralFlows): ValidationIssue[] {
    // Lists of issues that grow with the document are joined with concat, never push(...list): up to
    // three issues for each of 50,000 links are more arguments than a call can take.
    const { index, issues: idIssues } = checkNodeIds(doc.nodes);
    const linkIssues = checkLinks(doc.links, index);
    let issues = idIssues.concat(linkIssues);
    // A node without flows, or a cycle, only means something once every link names real nodes: a
    // misspelt target leaves the node it meant without flows.
    if (linkIssues.length === 0) {
      const { nodes, links } = doc;
      // Every link names a real node here, so the nodes in a flow are marked by their first index.
      const used = new Uint8Array(nodes.length);
      let allZero = true;
      for (const { source, target, value } of links) {
        used[index.get(source)!] = used[index.get(target)!] = 1;
        if (value !== 0) allZero = false;
      }
      for (let i = 0; i < nodes.length; i++) {
        if (!used[i] && index.get(nodes[i]!.id) === i) issues.push({ path: `/nodes/${i}`, message: m.isolated(nodes[i]!.id) });
      }
      const cycle = findCycle(links);
      if (cycle) issues.push({ path: `/links/${cycle.link}`, message: m.cycle(cycle.ids) });
      else issues = issues.concat(checkStages(doc, index));
      if (allZero) issues.push({ path: '/links', message: m.nothingToDraw() });
      if (doc.unit === 'count') {
        for (let i = 0; i < links.length; i++) if (!Number.isInteger(links[i]!.value)) issues.push({ path: `/links/${i}/value`, message: m.countNotWhole() });
      }
    }
    const { period } = doc;
    issues.push(...realDate(period.from, '/period/from'), ...realDate(period.to, '/period/to'));
    if (period.to < period.from) issues.push({ path: '/period/to', message: m.notBefore('from', period.from) });
    issues.push(...checkProvenance(doc.provenance, '/provenance'));
    return issues;
  }
  return { checkNodeIds, checkLinks, checkStages, checkReferralFlows };
}

export const checkNodeIds = (nodes: readonly ReferralNode[]): { index: Map<string, number>; issues: ValidationIssue[] } => referralFlowChecks(referralFlowWords).checkNodeIds(nodes);
export const checkLinks = (links: readonly ReferralLink[], index: ReadonlyMap<string, number>): ValidationIssue[] => referralFlowChecks(referralFlowWords).checkLinks(links, index);
export const checkStages = (doc: ReferralFlows, index: ReadonlyMap<string, number>): ValidationIssue[] => referralFlowChecks(referralFlowWords).checkStages(doc, index);
export const checkReferralFlows = (doc: ReferralFlows): ValidationIssue[] => referralFlowChecks(referralFlowWords).checkReferralFlows(doc);
