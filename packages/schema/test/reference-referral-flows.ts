/**
 * The referral-flow checks as they were before they were made linear in every step: the oracle
 * test/same-issues.test.ts holds src/checks/referral-flows.ts to, issue for issue.
 *
 * Referral-flow rules JSON Schema cannot state: links must name nodes that exist, ids are unique,
 * the graph has no cycles, stages run left to right, and there is something to draw. Run only on
 * schema-valid documents, so the shape is known; every issue points into the document.
 */
import type { LocalizedMessage, ValidationIssue } from '../src/issue.js';
import type { ReferralFlows, ReferralLink, ReferralNode } from '../src/generated/types.js';
import { shown } from '../src/messages.js';
import { checkProvenance, realDate } from '../src/checks/provenance.js';

// The messages live here rather than in messages.ts: they are only ever said about this kind.
const msg = {
  duplicateId: (id: string, first: number): LocalizedMessage => ({
    da: `id «${shown(id)}» er allerede brugt af /nodes/${first}`,
    en: `id "${shown(id)}" is already used by /nodes/${first}`,
  }),
  unknownNode: (id: string): LocalizedMessage => ({
    da: `ingen knude har id «${shown(id)}»`,
    en: `no node has the id "${shown(id)}"`,
  }),
  selfLink: (id: string): LocalizedMessage => ({
    da: `går fra «${shown(id)}» til sig selv (et kredsløb)`,
    en: `goes from "${shown(id)}" to itself (a cycle)`,
  }),
  cycle: (ids: readonly string[]): LocalizedMessage => ({
    da: `danner et kredsløb: ${ids.map(shown).join(' → ')}; strømme skal gå én vej`,
    en: `forms a cycle: ${ids.map(shown).join(' → ')}; flows must go one way`,
  }),
  duplicateLink: (source: string, target: string, first: number): LocalizedMessage => ({
    da: `strømmen «${shown(source)}» → «${shown(target)}» står allerede i /links/${first}`,
    en: `the flow "${shown(source)}" → "${shown(target)}" is already given in /links/${first}`,
  }),
  countNotWhole: (): LocalizedMessage => ({
    da: 'skal være et helt antal henvisninger, når «unit» er «count»',
    en: 'must be a whole number of referrals when "unit" is "count"',
  }),
  notFinite: (): LocalizedMessage => ({ da: 'skal være et endeligt tal', en: 'must be a finite number' }),
  negative: (): LocalizedMessage => ({ da: 'må ikke være negativ', en: 'must not be negative' }),
  nothingToDraw: (): LocalizedMessage => ({
    da: 'alle strømme er 0: der er intet at vise',
    en: 'every flow is 0: there is nothing to show',
  }),
  isolated: (id: string): LocalizedMessage => ({
    da: `knuden «${shown(id)}» indgår ikke i nogen strøm`,
    en: `node "${shown(id)}" is not part of any flow`,
  }),
  stageNeeded: (): LocalizedMessage => ({
    da: 'mangler «stage»: dokumentet har «stages», så hver knude skal have sin kolonne',
    en: 'missing "stage": the document has "stages", so every node needs its column',
  }),
  stageWithoutStages: (): LocalizedMessage => ({
    da: '«stage» kræver en liste «stages» med kolonnernes overskrifter',
    en: '"stage" needs a "stages" list with the column headings',
  }),
  stageOutOfRange: (count: number): LocalizedMessage => ({
    da: `skal være mindre end ${count}, antallet af «stages»`,
    en: `must be less than ${count}, the number of "stages"`,
  }),
  stageBackwards: (source: string, sourceStage: number, target: string, targetStage: number): LocalizedMessage => ({
    da: `går fra «${shown(source)}» (kolonne ${sourceStage}) til «${shown(target)}» (kolonne ${targetStage}); strømme skal gå mod højre`,
    en: `goes from "${shown(source)}" (column ${sourceStage}) to "${shown(target)}" (column ${targetStage}); flows must go left to right`,
  }),
  periodBackwards: (from: string): LocalizedMessage => ({
    da: `må ikke ligge før «from» (${from})`,
    en: `must not be before "from" (${from})`,
  }),
};

/** Each id once; returns the index of every id's first node. */
function checkNodeIds(nodes: readonly ReferralNode[]): { index: Map<string, number>; issues: ValidationIssue[] } {
  const index = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  nodes.forEach((node, i) => {
    const first = index.get(node.id);
    if (first === undefined) index.set(node.id, i);
    else issues.push({ path: `/nodes/${i}/id`, message: msg.duplicateId(node.id, first) });
  });
  return { index, issues };
}

/** Links name known nodes, are not self-loops or repeats, and carry finite, non-negative values. */
function checkLinks(links: readonly ReferralLink[], index: ReadonlyMap<string, number>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, number>();
  links.forEach((link, i) => {
    const at = `/links/${i}`;
    // Schema-valid documents parsed from JSON cannot hold NaN or Infinity, but a `data` property can.
    if (!Number.isFinite(link.value)) issues.push({ path: `${at}/value`, message: msg.notFinite() });
    else if (link.value < 0) issues.push({ path: `${at}/value`, message: msg.negative() });
    if (!index.has(link.source)) issues.push({ path: `${at}/source`, message: msg.unknownNode(link.source) });
    if (!index.has(link.target)) issues.push({ path: `${at}/target`, message: msg.unknownNode(link.target) });
    if (link.source === link.target) {
      issues.push({ path: `${at}/target`, message: msg.selfLink(link.source) });
      return;
    }
    const key = `${link.source}\u0000${link.target}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else issues.push({ path: at, message: msg.duplicateLink(link.source, link.target, first) });
  });
  return issues;
}

/**
 * The first cycle found by a depth-first search in document order, as the link that closes it and
 * the node ids around it (first id repeated at the end). Iterative, so 5,000 nodes in a chain
 * cannot overflow the stack. Self-loops and unknown ids are left to `checkLinks`.
 */
function findCycle(links: readonly ReferralLink[]): { link: number; ids: string[] } | undefined {
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
      const [node, position] = top;
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

/** Stages: all nodes or none have one, within range, and every link goes to a later stage. */
function checkStages(doc: ReferralFlows, index: ReadonlyMap<string, number>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const count = doc.stages?.length;
  doc.nodes.forEach((node, i) => {
    if (count === undefined) {
      if (node.stage !== undefined) issues.push({ path: `/nodes/${i}/stage`, message: msg.stageWithoutStages() });
    } else if (node.stage === undefined) issues.push({ path: `/nodes/${i}/stage`, message: msg.stageNeeded() });
    else if (node.stage >= count) issues.push({ path: `/nodes/${i}/stage`, message: msg.stageOutOfRange(count) });
  });
  if (count === undefined || issues.length > 0) return issues;
  doc.links.forEach((link, i) => {
    const source = doc.nodes[index.get(link.source) ?? -1]?.stage;
    const target = doc.nodes[index.get(link.target) ?? -1]?.stage;
    if (source !== undefined && target !== undefined && target <= source) {
      issues.push({ path: `/links/${i}/target`, message: msg.stageBackwards(link.source, source, link.target, target) });
    }
  });
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
export function referenceCheckReferralFlows(doc: ReferralFlows): ValidationIssue[] {
  // Lists of issues that grow with the document are joined with concat, never push(...list): up to
  // three issues for each of 50,000 links are more arguments than a call can take.
  const { index, issues: idIssues } = checkNodeIds(doc.nodes);
  const linkIssues = checkLinks(doc.links, index);
  let issues = idIssues.concat(linkIssues);
  // A node without flows, or a cycle, only means something once every link names real nodes: a
  // misspelt target leaves the node it meant without flows.
  if (linkIssues.length === 0) {
    const used = new Set(doc.links.flatMap((l) => [l.source, l.target]));
    doc.nodes.forEach((node, i) => {
      if (!used.has(node.id) && index.get(node.id) === i) issues.push({ path: `/nodes/${i}`, message: msg.isolated(node.id) });
    });
    const cycle = findCycle(doc.links);
    if (cycle) issues.push({ path: `/links/${cycle.link}`, message: msg.cycle(cycle.ids) });
    else issues = issues.concat(checkStages(doc, index));
    if (doc.links.every((l) => l.value === 0)) issues.push({ path: '/links', message: msg.nothingToDraw() });
    if (doc.unit === 'count') {
      doc.links.forEach(({ value }, i) => Number.isInteger(value) || issues.push({ path: `/links/${i}/value`, message: msg.countNotWhole() }));
    }
  }
  const { period } = doc;
  issues.push(...realDate(period.from, '/period/from'), ...realDate(period.to, '/period/to'));
  if (period.to < period.from) issues.push({ path: '/period/to', message: msg.periodBackwards(period.from) });
  issues.push(...checkProvenance(doc.provenance, '/provenance'));
  return issues;
}
