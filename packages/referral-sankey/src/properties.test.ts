/**
 * Invariants over generated referral-flows documents (fast-check, seeded and bounded so each
 * property runs in about a second): shares add to 100 % and name their base in every view; totals
 * are the sum of their parts or say "mindst"; no NaN or Infinity reaches a label, path or total;
 * grouping keeps two destinations apart and never puts everything in "Øvrige"; no two visible
 * labels read the same at any width from 200 to 1200 px.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toCsv } from '@praksis/core/csv.js';
import { formatShare } from '@praksis/core/format.js';
import type { Lang } from '@praksis/core/lang.js';
import { validateReferralFlows, type ReferralFlows } from '@praksis/schema';
import { buildFlows, OTHER_ID, MIN_UNGROUPED, MIN_GROUPED, type FlowModel } from './model.js';
import { flowTables } from './csv.js';
import { flowsSummaryText } from './summary.js';
import { layoutNodeInputs } from './layout/node-labels.js';
import { sankeyMessages } from './messages.js';
import { layoutSankey } from './layout/sankey.js';
import { installEnglish } from './english.js';

// An element loads its English words on demand; these tests read them at once.
installEnglish();

const SEED = 20221231;
const RUNS = 150;

/** Names that share long starts, as real ones do ("Region …"), and some of any letters. */
const nameArb = fc.oneof(
  fc.tuple(fc.constantFrom('Region ', 'Speciallæge, ', 'Sygehus, afdeling ', 'Almen praksis ', ''), fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{0,14}$/)).map(([a, b]) => a + b),
  fc.constantFrom('Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland', 'Speciallæge', 'Sygehus', 'Billeddiagnostisk', 'Fysioterapi', 'Psykolog', 'Fodterapi', 'Kommune'),
);

interface Generated {
  doc: ReferralFlows;
  lang: Lang;
  groupBelow: number;
  suppressBelow: number;
}

const docArb: fc.Arbitrary<Generated> = fc
  .record({
    count: fc.boolean(),
    columns: fc.integer({ min: 2, max: 4 }),
    size: fc.integer({ min: 2, max: 12 }),
    withStages: fc.boolean(),
    levels: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    picks: fc.array(fc.nat(), { minLength: 24, maxLength: 24 }),
    extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
    values: fc.array(
      fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 3_000_000 }), fc.integer({ min: 0, max: 1e12 })),
      { minLength: 40, maxLength: 40 },
    ),
    names: fc.uniqueArray(nameArb, { minLength: 12, maxLength: 12 }),
    docSuppress: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    suppressBelow: fc.integer({ min: 0, max: 30 }),
    groupBelow: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })),
    lang: fc.constantFrom<Lang>('da', 'en'),
  })
  .map((g): Generated => {
    // Levels: the first node on the left, the last on the right, the rest anywhere; links go right.
    const level = Array.from({ length: g.size }, (_, i) => (i === 0 ? 0 : i === g.size - 1 ? g.columns - 1 : g.levels[i]! % g.columns));
    const pairs = new Map<string, [number, number]>();
    const add = (s: number, t: number) => level[s]! < level[t]! && pairs.set(`${s}>${t}`, [s, t]);
    level.forEach((l, i) => {
      const lower = level.map((v, j) => (v < l ? j : -1)).filter((j) => j >= 0);
      const higher = level.map((v, j) => (v > l ? j : -1)).filter((j) => j >= 0);
      if (lower.length) add(lower[g.picks[i]! % lower.length]!, i);
      else if (higher.length) add(i, higher[g.picks[i + 12]! % higher.length]!);
    });
    for (const [a, b] of g.extra) add(a % g.size, b % g.size);
    const used = new Set([...pairs.values()].flat());
    const nodes = level.map((l, i) => ({ i, l })).filter(({ i }) => used.has(i));
    const scale = (v: number) => (g.count ? v : Math.round((v % 1000) * 10) / 100);
    const doc = {
      $schema: 'https://praksis-widgets.dk/schema/v1/referral-flows.schema.json',
      title: 'Henvisninger, 2022',
      unit: g.count ? 'count' : 'per-100-listed-patients',
      period: { from: '2022-01-01', to: '2022-12-31' },
      ...(g.withStages ? { stages: Array.from({ length: g.columns }, (_, c) => `Trin ${c + 1}`) } : {}),
      ...(g.docSuppress !== undefined ? { suppressBelow: g.docSuppress } : {}),
      nodes: nodes.map(({ i, l }) => ({ id: `n${i}`, label: g.names[i]!, ...(g.withStages ? { stage: l } : {}) })),
      links: [...pairs.values()].map(([s, t], k) => ({ source: `n${s}`, target: `n${t}`, value: scale(g.values[k % 40]!) })),
      provenance: { source: 'Genereret', publisher: 'Test', period: { from: '2022-01-01', to: '2022-12-31' }, fictional: true },
    } as ReferralFlows;
    return { doc, lang: g.lang, groupBelow: g.groupBelow, suppressBelow: g.suppressBelow };
  })
  .filter(({ doc }) => validateReferralFlows(doc).length === 0);

const modelOf = ({ doc, lang, groupBelow, suppressBelow }: Generated): FlowModel =>
  buildFlows(doc, (node) => (typeof node.label === 'string' ? node.label : ''), sankeyMessages[lang].other, { groupBelow, suppressBelow });

const check = <T extends unknown[]>(property: fc.IProperty<T>, numRuns = RUNS) => fc.assert(property, { seed: SEED, numRuns });
const plain = (text: string) => text.replace(/\s/g, ' ');

test('the generator makes valid documents of both units, with and without suppression', () => {
  const sample = fc.sample(docArb, { seed: SEED, numRuns: 200 });
  assert.ok(sample.length === 200);
  assert.ok(sample.some((g) => g.doc.unit === 'count') && sample.some((g) => g.doc.unit !== 'count'));
  assert.ok(sample.some((g) => modelOf(g).suppressedCount > 0));
  assert.ok(sample.some((g) => modelOf(g).grouped.length > 0));
});

test('shares of a sender add up to 100 % in the model, the table and the CSV, and name their base', () => {
  check(
    fc.property(docArb, (g) => {
      const model = modelOf(g);
      const { doc, lang } = g;
      const bySource = new Map<string, { share: number; rounded: number; rows: number }>();
      for (const flow of model.flows) {
        if (!model.additive) assert.equal(flow.share, undefined, 'a rate has no share');
        if (flow.share === undefined) continue;
        const entry = bySource.get(flow.source) ?? { share: 0, rounded: 0, rows: 0 };
        entry.share += flow.share;
        entry.rounded += Number(formatShare('en', flow.share).replace('%', ''));
        entry.rows++;
        bySource.set(flow.source, entry);
      }
      for (const [source, { share, rounded, rows }] of bySource) {
        assert.ok(Math.abs(share - 1) < 1e-9, `${source}: shares add to ${share}`);
        assert.ok(Math.abs(rounded - 100) <= 0.05 * rows + 1e-9, `${source}: shown shares add to ${rounded}`);
      }
      // A node's share is a part of the total: never over 100 %, also where a node sends on more
      // than reaches it (nothing in the data format forbids that).
      for (const node of model.nodes) if (node.share !== undefined) assert.ok(node.share >= 0 && node.share <= 1, `${node.label}: ${node.share}`);
      // The display links too: what leaves a node adds up to its known outflow.
      model.nodes.forEach((_, i) => {
        const out = model.links.filter((l) => l.source === i && l.share !== undefined);
        if (out.length) assert.ok(Math.abs(out.reduce((s, l) => s + l.share!, 0) - 1) < 1e-9);
      });
      const [table] = flowTables(doc, model, lang);
      assert.equal(table!.columns.length, model.additive ? 4 : 3, 'a share column only for units that add up');
      if (model.additive) assert.match(table!.columns[3]!, /«Fra»|“From”/, 'the column names its base');
      // Every share in the summary names the sender it is a share of.
      const summary = flowsSummaryText(doc, model, lang);
      for (const line of summary.largest) {
        if (!line.includes('%')) continue;
        const source = line.slice(0, line.indexOf(' → '));
        assert.ok(plain(line).includes(lang === 'da' ? ` fra ${source})` : ` from ${source})`), line);
      }
      if (!model.additive) assert.ok(summary.largest.every((line) => !line.includes('%')));
    }),
  );
});

test('totals are the sum of their parts, or say they are lower bounds', () => {
  check(
    fc.property(docArb, (g) => {
      const model = modelOf(g);
      const { doc, lang } = g;
      const m = sankeyMessages[lang];
      if (!model.additive) {
        assert.equal(model.total, undefined);
        assert.ok(model.nodes.every((n) => n.shown === undefined && n.share === undefined));
        assert.ok(flowsSummaryText(doc, model, lang).lead.includes(m.notAdditive));
        return;
      }
      const targets = new Set(doc.links.map((l) => l.target));
      const rootFlows = model.flows.filter((_, k) => !targets.has(doc.links[k]!.source));
      const sum = rootFlows.reduce((s, f) => s + f.value, 0);
      assert.equal(model.total, sum);
      assert.equal(model.totalPartial, rootFlows.some((f) => f.suppressed));
      const lead = flowsSummaryText(doc, model, lang).lead;
      const atLeast = m.atLeast('').trim();
      const csv = toCsv(flowTables(doc, model, lang), lang);
      const totalRow = csv.trimEnd().split('\r\n').at(-1)!;
      assert.ok(totalRow.startsWith(m.total));
      // With no known flow left, "mindst 0" would say nothing: the total is below the thresholds of its flows.
      const hidden = rootFlows.filter((f) => f.suppressed).length;
      const below = model.totalPartial && sum === 0;
      assert.equal(model.totalBelow, below ? hidden * model.threshold : undefined);
      assert.equal(lead.toLowerCase().includes(atLeast), model.totalPartial && !below, lead);
      assert.equal(lead.toLowerCase().includes(m.fewerThan('').trim()), below, lead);
      assert.equal(totalRow.includes(atLeast), model.totalPartial && !below, totalRow);
      assert.equal(totalRow.includes(m.lessThan(String(model.totalBelow))), below, totalRow);
      // Each node: its number is the sum of the known flows on its counted side, or a lower bound.
      model.nodes.forEach((node, i) => {
        const into = model.links.filter((l) => l.target === i);
        const side = into.length ? into : model.links.filter((l) => l.source === i);
        const known = side.reduce((s, l) => s + l.value, 0);
        const hidden = side.some((l) => l.suppressed || l.partial);
        if (node.unknown) {
          assert.ok(hidden && known === 0);
          // Below the thresholds of the document's flows it stands for, each under the threshold.
          const flows = side.reduce((s, l) => s + l.members.filter((k) => model.flows[k]!.suppressed).length, 0);
          assert.equal(node.below, flows * model.threshold);
        }
        else {
          assert.equal(node.shown, known);
          assert.equal(node.partial, hidden);
        }
      });
    }),
  );
});

test('no NaN or Infinity reaches a label, path, total or text, at any width', () => {
  check(
    fc.property(docArb, fc.integer({ min: 200, max: 1200 }), (g, width) => {
      const model = modelOf(g);
      const { doc, lang } = g;
      const layout = layoutSankey(layoutNodeInputs(doc, model, lang), model.links, { width, headings: doc.stages?.map(String) });
      const bad = /NaN|Infinity|∞|undefined/;
      for (const node of layout.nodes) {
        assert.ok([node.x0, node.x1, node.y0, node.y1].every(Number.isFinite));
        if (node.label) assert.ok(!bad.test(node.label.name + node.label.valueText) && Number.isFinite(node.label.x + node.label.y));
      }
      for (const link of layout.links) assert.ok(!bad.test(link.path), link.path);
      const summary = flowsSummaryText(doc, model, lang);
      assert.ok(!bad.test([summary.lead, summary.largestHeading, ...summary.largest].join(' ')));
      assert.ok(!bad.test(toCsv(flowTables(doc, model, lang), lang)));
      if (model.total !== undefined) assert.ok(Number.isFinite(model.total));
    }),
    80,
  );
});

test('grouping keeps at least two destinations apart, and "Øvrige" never holds everything or one alone', () => {
  check(
    fc.property(docArb, (g) => {
      const model = modelOf(g);
      const other = model.nodes.findIndex((n) => n.id === OTHER_ID);
      if (other < 0) {
        assert.equal(model.grouped.length, 0);
        return;
      }
      assert.ok(model.grouped.length >= MIN_GROUPED);
      const sources = new Set(model.links.map((l) => l.source));
      const destinations = model.nodes.map((_, i) => i).filter((i) => !sources.has(i));
      assert.ok(destinations.length - 1 >= MIN_UNGROUPED, 'two destinations besides Øvrige');
      const inflow = (i: number) => model.nodes[i]!.valueIn;
      const all = destinations.reduce((s, i) => s + inflow(i), 0);
      assert.ok(inflow(other) < all, 'Øvrige holds less than everything');
    }),
  );
});

test('no two visible labels read the same at any width from 200 to 1200 px', () => {
  check(
    fc.property(docArb, fc.integer({ min: 200, max: 1200 }), (g, width) => {
      const model = modelOf(g);
      const { doc, lang } = g;
      const layout = layoutSankey(layoutNodeInputs(doc, model, lang), model.links, { width, headings: doc.stages?.map(String) });
      const names = layout.nodes.flatMap((n) => (n.label ? [n.label.name] : []));
      assert.equal(new Set(names).size, names.length, names.join(' | '));
      // A label counted as shortened is drawn shortened, and the other way round.
      const shortened = layout.nodes.filter((n) => n.label && (n.label.name !== model.nodes[n.index]!.label || n.label.valueText !== layoutNodeInputs(doc, model, lang)[n.index]!.valueText));
      assert.equal(layout.shortenedLabels, shortened.length);
    }),
  );
});
