import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateReferralFlows, type ReferralFlows } from '@praksis/schema';
import { buildFlows, OTHER_ID, type FlowModel } from '../model.js';
import { pathThrough } from '../on-path.js';
import { countCrossings, fitText, layoutSankey, type LayoutLinkInput, type LayoutNodeInput, type SankeyLayout } from './sankey.js';
import { estimateMeasure, estimateTextWidth, type MeasureText } from '@praksis/core/text-width.js';
import { layeredGraph, SIZES } from '../../bench/graphs.mjs';

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../schema/examples/referral-flows/valid/${name}.json`, import.meta.url), 'utf8')) as ReferralFlows;

const label = (node: ReferralFlows['nodes'][number]) => (typeof node.label === 'string' ? node.label : (node.label.da ?? ''));
const da = (v: number) => new Intl.NumberFormat('da-DK').format(v);

function layoutOf(model: FlowModel, width: number, headings?: string[]): SankeyLayout {
  return layoutSankey(
    model.nodes.map((n) => ({ name: n.label, valueText: da(n.value), stage: n.stage })),
    model.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
    { width, headings },
  );
}

const EPS = 1e-6;

/** The invariants every layout must keep; returns nothing, fails loudly. */
function assertSound(layout: SankeyLayout, links: readonly LayoutLinkInput[], what: string): void {
  const { nodes, width, height, scale } = layout;
  assert.ok(scale > 0 && Number.isFinite(scale), `${what}: scale ${scale}`);
  // Conservation: at each node, the bands of its flows add up to its flow in and out, and lie inside it.
  for (const node of nodes) {
    const out = layout.links.filter((l) => l.source === node.index);
    const into = layout.links.filter((l) => l.target === node.index);
    const sum = (list: typeof out) => list.reduce((s, l) => s + l.width, 0);
    assert.ok(Math.abs(sum(out) - node.valueOut * scale) < 1e-6 * Math.max(1, node.valueOut * scale), `${what}: out of node ${node.index}`);
    assert.ok(Math.abs(sum(into) - node.valueIn * scale) < 1e-6 * Math.max(1, node.valueIn * scale), `${what}: into node ${node.index}`);
    for (const l of out) {
      assert.ok(l.y0 - l.width / 2 >= node.y0 - EPS && l.y0 + l.width / 2 <= node.y1 + EPS, `${what}: link ${l.index} leaves node ${node.index} outside it`);
    }
    for (const l of into) {
      assert.ok(l.y1 - l.width / 2 >= node.y0 - EPS && l.y1 + l.width / 2 <= node.y1 + EPS, `${what}: link ${l.index} reaches node ${node.index} outside it`);
    }
    // Size in proportion to the value (or the minimum height for the smallest).
    assert.ok(node.y1 - node.y0 >= node.value * scale - EPS, `${what}: node ${node.index} too short`);
    assert.ok(node.y0 >= -EPS && node.y1 <= height + EPS, `${what}: node ${node.index} outside the height`);
  }
  // No overlapping nodes: each column top to bottom with a gap.
  for (const column of layout.columns) {
    const sorted = [...column].sort((a, b) => nodes[a]!.y0 - nodes[b]!.y0);
    for (let k = 1; k < sorted.length; k++) {
      assert.ok(nodes[sorted[k]!]!.y0 >= nodes[sorted[k - 1]!]!.y1 + 1 - EPS, `${what}: nodes ${sorted[k - 1]} and ${sorted[k]} overlap`);
    }
  }
  // Links go right, have a visible width and a finite path.
  assert.equal(layout.links.length, links.length);
  for (const l of layout.links) {
    assert.ok(l.x1 > l.x0, `${what}: link ${l.index} goes left`);
    assert.ok(l.drawWidth >= 1.5 && l.drawWidth >= l.width, `${what}: link ${l.index} too thin`);
    assert.doesNotMatch(l.path, /NaN|Infinity|undefined/);
  }
  // Labels: inside the box, never over each other or over a node.
  const boxes = nodes.flatMap((n) => (n.label ? [{ i: n.index, ...n.label.box }] : []));
  for (const b of boxes) {
    assert.ok(b.x0 >= -EPS && b.x1 <= width + EPS && b.y0 >= -EPS && b.y1 <= height + EPS, `${what}: label ${b.i} clipped ${JSON.stringify(b)}`);
    for (const node of nodes) {
      const overlapsNode = b.x0 < node.x1 - EPS && b.x1 > node.x0 + EPS && b.y0 < node.y1 - EPS && b.y1 > node.y0 + EPS;
      assert.ok(!overlapsNode, `${what}: label ${b.i} covers node ${node.index}`);
    }
  }
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a]!;
      const q = boxes[b]!;
      // Touching is fine (each box has a pixel of margin); overlapping by more than rounding is not.
      const overlap = p.x0 < q.x1 - EPS && q.x0 < p.x1 - EPS && p.y0 < q.y1 - EPS && q.y0 < p.y1 - EPS;
      assert.ok(!overlap, `${what}: labels ${p.i} and ${q.i} overlap`);
    }
  }
  for (const h of layout.headings) {
    const w = estimateTextWidth(h.text, 12);
    const x0 = h.anchor === 'end' ? h.x - w : h.anchor === 'middle' ? h.x - w / 2 : h.x;
    assert.ok(x0 >= -EPS && x0 + w <= width + EPS, `${what}: heading ${h.text} clipped`);
  }
}

describe('national referrals 2022 (BDO 2023, table 5.9a)', () => {
  const doc = example('national-2022');
  const model = buildFlows(doc, label, 'Øvrige');

  test('the counts add up to N = 5,420,564 and the shares match the source', () => {
    assert.equal(model.total, 5_420_564);
    assert.equal(model.nodes.length, 8);
    assert.equal(model.nodes[0]!.valueOut, 5_420_564);
    const shares = model.flows.map((f) => Math.round(f.share! * 100));
    // The source prints 35 %, 28 %, 16 %, 15 %, 3 %, 1 %, 1 %.
    assert.deepEqual(shares, [35, 28, 16, 15, 3, 1, 1]);
    assert.equal(model.flows[0]!.value, 1_893_921);
    assert.equal(model.suppressedCount, 0);
  });

  for (const width of [240, 360, 640, 1000]) {
    test(`at ${width} px: flow conserved, no overlaps, every label whole and in the box`, () => {
      const layout = layoutOf(model, width);
      assertSound(layout, model.links, `${width}px`);
      assert.equal(layout.width, width);
      assert.equal(layout.hiddenLabels, 0, 'all eight nodes keep their label');
      assert.deepEqual(
        layout.columns.map((c) => c.length),
        [1, 7],
      );
      // The flows leave the source in the order of their targets, so none cross.
      assert.equal(layout.crossings, 0);
      // Heights in proportion: specialist referrals are 1,893,921 / 47,656 ≈ 39.7 times municipal.
      const h = (i: number) => layout.nodes[i]!.y1 - layout.nodes[i]!.y0;
      assert.ok(Math.abs(h(1) / (1_893_921 * layout.scale) - 1) < 1e-9);
      // The smallest flow is still drawn at least 1.5 px wide.
      assert.ok(layout.links[6]!.drawWidth >= 1.5);
    });
  }

  test('at 1000 px nothing is cut; at 240 px long names are cut with "…" and values keep a short form', () => {
    const wide = layoutOf(model, 1000);
    assert.ok(wide.nodes.every((n) => n.label && !n.label.truncated));
    assert.equal(wide.nodes[0]!.label!.anchor, 'end', 'the source is labelled on its left');
    const narrow = layoutOf(model, 240);
    assert.ok(narrow.nodes.some((n) => n.label?.truncated && n.label.name.endsWith('…')));
    for (const n of narrow.nodes) assert.ok(n.label && n.label.name.length >= 3, `node ${n.index} keeps a readable label`);
  });

  test('grouping below 5 % gathers psychologist, podiatry and municipality into "Øvrige" (298,662)', () => {
    const grouped = buildFlows(doc, label, 'Øvrige', { groupBelow: 0.05 });
    assert.deepEqual(grouped.grouped, ['Psykolog', 'Fodterapi', 'Kommune']);
    const other = grouped.nodes.find((n) => n.id === OTHER_ID)!;
    assert.equal(other.label, 'Øvrige');
    assert.equal(other.value, 176_464 + 74_542 + 47_656);
    assert.deepEqual(other.members, ['Psykolog', 'Fodterapi', 'Kommune']);
    assert.equal(grouped.nodes.length, 6);
    assert.equal(grouped.links.length, 5, 'the three flows into Øvrige become one');
    assert.equal(grouped.total, 5_420_564);
    // The table still lists every flow of the document.
    assert.equal(grouped.flows.length, 7);
    assertSound(layoutOf(grouped, 480), grouped.links, 'grouped');
  });

  test('grouping needs at least two small destinations', () => {
    const one = buildFlows(doc, label, 'Øvrige', { groupBelow: 0.01 });
    assert.deepEqual(one.grouped, []);
    assert.equal(one.nodes.length, 8);
    const none = buildFlows(doc, label, 'Øvrige', { groupBelow: Number.NaN });
    assert.equal(none.nodes.length, 8);
  });

  test('suppression does not apply to these large counts', () => {
    const suppressed = buildFlows(doc, label, 'Øvrige', { suppressBelow: 5 });
    assert.equal(suppressed.suppressedCount, 0);
    assert.equal(suppressed.total, 5_420_564);
  });
});

describe('small counts (fictional practice with suppressBelow 5)', () => {
  const doc = example('practice-small-counts-fictional');

  test('flows under the threshold are hidden, left out of totals, and counted', () => {
    const model = buildFlows(doc, label, 'Øvrige');
    assert.equal(model.threshold, 5);
    assert.equal(model.suppressedCount, 2);
    const psychiatry = model.flows.find((f) => f.target === 'Psykiatri')!;
    assert.deepEqual(psychiatry, {
      source: 'Speciallæge',
      target: 'Psykiatri',
      value: 0,
      suppressed: true,
      share: undefined,
      base: { source: 'Speciallæge', knownOnly: true },
    });
    const specialist = model.nodes.find((n) => n.id === 'speciallaege')!;
    assert.equal(specialist.valueIn, 910);
    assert.equal(specialist.valueOut, 262 + 231 + 187 + 142 + 82);
    assert.equal(specialist.value, 910);
    assert.equal(specialist.shown, 910);
    assert.equal(specialist.partial, false, 'the inflow is known in full');
    const node = model.nodes.find((n) => n.id === 'psykiatri')!;
    assert.equal(node.unknown, true);
    assert.equal(node.value, 0);
    // No number anywhere in the model is a suppressed value.
    assert.ok(model.links.every((l) => !l.suppressed || l.value === 0));
  });

  test('the embedder can raise the threshold but not lower it', () => {
    assert.equal(buildFlows(doc, label, 'Øvrige', { suppressBelow: 2 }).threshold, 5);
    const raised = buildFlows(doc, label, 'Øvrige', { suppressBelow: 30 });
    assert.equal(raised.threshold, 30);
    assert.equal(raised.suppressedCount, 3, 'also the 23 municipal referrals');
  });

  test('a rate per 100 patients is never suppressed', () => {
    const rates = example('per-100-patients-fictional');
    const model = buildFlows(rates, label, 'Øvrige', { suppressBelow: 50 });
    assert.equal(model.threshold, 0);
    assert.equal(model.suppressedCount, 0);
  });

  test('a grouped flow made of a suppressed and a known flow is a lower bound, not a sum that gives it away', () => {
    const model = buildFlows(doc, label, 'Øvrige', { groupBelow: 0.05 });
    assert.ok(model.grouped.includes('Psykiatri'));
    const intoOther = model.links.filter((l) => model.nodes[l.target]!.id === OTHER_ID);
    const fromSpecialist = intoOther.find((l) => model.nodes[l.source]!.id === 'speciallaege')!;
    // "Andre specialer" (82) with psychiatry (4) and child psychiatry (2) left out, not 88.
    assert.equal(fromSpecialist.value, 82);
    assert.equal(fromSpecialist.partial, true);
    const fromPractice = intoOther.find((l) => model.nodes[l.source]!.id === 'praksis')!;
    assert.equal(fromPractice.value, 84 + 36 + 23);
    assert.equal(fromPractice.partial, false);
  });

  test('suppressed flows are drawn as hairlines without taking room from the others', () => {
    const model = buildFlows(doc, label, 'Øvrige');
    const layout = layoutOf(model, 640);
    assertSound(layout, model.links, 'practice');
    const hair = model.links.findIndex((l) => l.suppressed);
    assert.equal(layout.links[hair]!.width, 0);
    assert.equal(layout.links[hair]!.drawWidth, 1.5);
    // Longest path puts the specialties right of "Speciallæge".
    const column = (id: string) => layout.nodes[model.nodes.findIndex((n) => n.id === id)]!.column;
    assert.deepEqual([column('praksis'), column('speciallaege'), column('psykiatri'), column('psykolog')], [0, 1, 2, 1]);
  });
});

describe('stages', () => {
  test('three stages: columns follow the data, headings fit and do not overlap', () => {
    const doc = example('three-stage-fictional');
    const model = buildFlows(doc, label, 'Øvrige');
    for (const width of [280, 480, 900]) {
      const layout = layoutOf(model, width, ['Region', 'Henvisningstype', 'Speciale eller afdeling']);
      assertSound(layout, model.links, `three-stage ${width}px`);
      assert.deepEqual(
        layout.columns.map((c) => c.length),
        [2, 4, 9],
      );
      const spans = layout.headings.map((h) => {
        const w = estimateTextWidth(h.text, 12);
        return h.anchor === 'end' ? [h.x - w, h.x] : [h.x, h.x + w];
      });
      for (let k = 1; k < spans.length; k++) assert.ok(spans[k]![0]! >= spans[k - 1]![1]!, `headings ${k - 1} and ${k} overlap at ${width}px`);
      assert.ok(layout.headings.every((h) => h.text.length > 0));
      // Labels sit below the heading row.
      assert.ok(layout.nodes.every((n) => !n.label || n.label.box.y0 >= 22 - EPS));
    }
  });

  test('per region: 35 flows, each region split over the seven types, flow conserved', () => {
    const doc = example('by-region-fictional');
    const model = buildFlows(doc, label, 'Øvrige');
    assert.equal(model.total, 5_420_564, 'the fictional split keeps the real national totals');
    assertSound(layoutOf(model, 640, ['Region', 'Henvisningstype']), model.links, 'by region');
  });
});

describe('ordering and crossings', () => {
  test('finds the order without crossings when the data gives a crossed one', () => {
    // a→y, b→x in the data order: drawn as given, the two flows cross.
    const nodes: LayoutNodeInput[] = ['a', 'b', 'x', 'y'].map((name) => ({ name, valueText: '1' }));
    const links = [
      { source: 0, target: 3, value: 10 },
      { source: 1, target: 2, value: 10 },
    ];
    assert.equal(countCrossings([[0, 1], [2, 3]], links, [[0], [1], [], []]), 1);
    const layout = layoutSankey(nodes, links, { width: 400 });
    assert.equal(layout.crossings, 0);
    assertSound(layout, links, 'crossed');
  });

  test('weighted crossings count wide bands more than hairlines', () => {
    const links = [
      { source: 0, target: 3, value: 100 },
      { source: 1, target: 2, value: 2 },
    ];
    assert.equal(countCrossings([[0, 1], [2, 3]], links, [[0], [1], [], []], true), 200);
  });

  test('a tiny flow next to huge ones stays visible', () => {
    const nodes: LayoutNodeInput[] = ['s', 'big', 'tiny'].map((name) => ({ name, valueText: '1' }));
    const links = [
      { source: 0, target: 1, value: 1_000_000 },
      { source: 0, target: 2, value: 1 },
    ];
    const layout = layoutSankey(nodes, links, { width: 400 });
    assert.ok(layout.links[1]!.width < 0.01);
    assert.equal(layout.links[1]!.drawWidth, 1.5);
    assert.ok(layout.nodes[2]!.y1 - layout.nodes[2]!.y0 >= 2);
    assertSound(layout, links, 'tiny');
  });

  test('a cycle or a bad index throws (validation stops these first)', () => {
    const nodes: LayoutNodeInput[] = ['a', 'b'].map((name) => ({ name, valueText: '1' }));
    assert.throws(
      () =>
        layoutSankey(
          nodes,
          [
            { source: 0, target: 1, value: 1 },
            { source: 1, target: 0, value: 1 },
          ],
          { width: 300 },
        ),
      /cycle/,
    );
    assert.throws(() => layoutSankey(nodes, [{ source: 0, target: 7, value: 1 }], { width: 300 }), /bad node index/);
  });
});

describe('generated graphs (the benchmark sizes)', () => {
  for (const size of (SIZES as { name: string; nodes: number; links: number; columns: number }[]).slice(0, 2)) {
    test(`${size.name}: sound at 960 px, 3 seeds`, () => {
      for (const seed of [1, 2, 3]) {
        const graph = layeredGraph(size, seed) as { nodes: { name: string }[]; links: LayoutLinkInput[] };
        const layout = layoutSankey(
          graph.nodes.map((n) => ({ name: n.name, valueText: '12.345' })),
          graph.links,
          { width: 960, height: 1200 },
        );
        assertSound(layout, graph.links, `${size.name} seed ${seed}`);
      }
    });
  }

  test('1,070/8,100 in a fixed 1200 px: every node and kept label inside, whatever order relaxation chose', () => {
    const size = (SIZES as { name: string; nodes: number; links: number; columns: number }[]).at(-1)!;
    const graph = layeredGraph(size, 1) as { nodes: { name: string }[]; links: LayoutLinkInput[] };
    for (const width of [400, 960]) {
      const layout = layoutSankey(
        graph.nodes.map((n) => ({ name: n.name, valueText: '12.345' })),
        graph.links,
        { width, height: 1200 },
      );
      assert.equal(layout.height, 1200);
      assertSound(layout, graph.links, `${size.name} at ${width}px`);
    }
  });

  test('a crowded column drops the labels of its smallest nodes first, and says how many', () => {
    const graph = layeredGraph({ nodes: 200, links: 600, columns: 2 }, 7) as { nodes: { name: string }[]; links: LayoutLinkInput[] };
    const layout = layoutSankey(
      graph.nodes.map((n) => ({ name: n.name, valueText: '12.345' })),
      graph.links,
      { width: 700, height: 500 },
    );
    assertSound(layout, graph.links, 'crowded');
    assert.ok(layout.hiddenLabels > 0);
    assert.equal(layout.hiddenLabels, layout.nodes.filter((n) => !n.label).length);
    for (const column of layout.columns) {
      const labelled = column.filter((i) => layout.nodes[i]!.label).map((i) => layout.nodes[i]!.value);
      const unlabelled = column.filter((i) => !layout.nodes[i]!.label).map((i) => layout.nodes[i]!.value);
      if (labelled.length && unlabelled.length) assert.ok(Math.min(...labelled) >= Math.max(...unlabelled), 'a larger node lost its label');
    }
  });
});

describe('validation catches what the layout cannot draw', () => {
  const base = () => structuredClone(example('national-2022'));

  test('an unknown target points at the link, naming the id', () => {
    const doc = base();
    doc.links[4]!.target = 'psykologer';
    const [issue] = validateReferralFlows(doc);
    assert.equal(issue!.path, '/links/4/target');
    assert.equal(issue!.message.en, 'no node has the id "psykologer"');
  });

  test('a cycle names every node in it', () => {
    const doc = base();
    doc.links.push({ source: 'sygehus', target: 'almen-praksis', value: 10 });
    const [issue] = validateReferralFlows(doc);
    assert.equal(issue!.path, '/links/7');
    assert.equal(issue!.message.da, 'danner et kredsløb: almen-praksis → sygehus → almen-praksis; strømme skal gå én vej');
  });

  test('a long chain with a cycle at its end does not overflow the stack', () => {
    const doc = base();
    const count = 4000;
    doc.nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, label: `N${i}` }));
    doc.links = Array.from({ length: count - 1 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}`, value: 1 }));
    doc.links.push({ source: `n${count - 1}`, target: 'n0', value: 1 });
    const [issue] = validateReferralFlows(doc);
    assert.equal(issue!.path, `/links/${count - 1}`);
    assert.match(issue!.message.en, /^forms a cycle: n0 → n1 → .* → n3999 → n0;/);
  });

  test('NaN and Infinity from a data property are refused', () => {
    const doc = base();
    doc.links[0]!.value = Number.NaN;
    assert.equal(validateReferralFlows(doc)[0]?.path, '/links/0/value');
  });
});

describe('path highlighting', () => {
  test('a node lights up everything upstream and downstream of it, and nothing beside it', () => {
    const model = buildFlows(example('three-stage-fictional'), label, 'Øvrige');
    const id = (i: number) => model.nodes[i]!.id;
    const specialist = model.nodes.findIndex((n) => n.id === 'speciallaege');
    const path = pathThrough(model, `n${specialist}`);
    const nodes = [...path.nodes].map(id).sort();
    assert.deepEqual(nodes, ['gynaekologi', 'hudlaege', 'oejenlaege', 'oere-naese-hals', 'psykiatri', 'region-oest', 'region-vest', 'speciallaege']);
    assert.equal(path.links.size, 2 + 5);
  });

  test('a link lights up the source side of its source and the target side of its target', () => {
    const model = buildFlows(example('three-stage-fictional'), label, 'Øvrige');
    const l = model.links.findIndex((link) => model.nodes[link.source]!.id === 'region-oest' && model.nodes[link.target]!.id === 'sygehus');
    const path = pathThrough(model, `l${l}`);
    assert.equal(path.links.size, 1 + 4, 'the link and the four flows out of Sygehus');
    assert.ok(!path.nodes.has(model.nodes.findIndex((n) => n.id === 'region-vest')));
  });
});

test('fitText cuts with an ellipsis and refuses rooms too small for two letters', () => {
  const measure = estimateMeasure(12);
  assert.equal(fitText('Speciallæge', 500, measure), 'Speciallæge');
  const cut = fitText('Billeddiagnostisk', 60, measure)!;
  assert.ok(cut.endsWith('…'));
  assert.ok(estimateTextWidth(cut, 12) <= 60);
  // The longest start that fits: one letter more would not.
  assert.ok(estimateTextWidth(`${'Billeddiagnostisk'.slice(0, cut.length)}…`, 12) > 60);
  assert.equal(fitText('Billeddiagnostisk', 15, measure), undefined);
});

test('fitText and the layout use the measure they are given, not the estimate', () => {
  // A font twice as wide as the estimate: the cut keeps half the letters.
  const wide: MeasureText = (text) => estimateTextWidth(text, 24);
  const cut = fitText('Billeddiagnostisk', 120, wide)!;
  assert.ok(wide(cut) <= 120, cut);
  assert.ok(estimateTextWidth(cut, 12) <= 60, cut);
  const nodes: LayoutNodeInput[] = [
    { name: 'Almen praksis', valueText: '5.420.564' },
    { name: 'Praktiserende speciallæge', valueText: '1.893.921' },
    { name: 'Sygehus', valueText: '1.200.000' },
  ];
  const links: LayoutLinkInput[] = [
    { source: 0, target: 1, value: 1_893_921 },
    { source: 0, target: 2, value: 1_200_000 },
  ];
  for (const measure of [estimateMeasure(12), wide, (text: string) => estimateTextWidth(text, 12) + 1.44 * [...text].length]) {
    const layout = layoutSankey(nodes, links, { width: 320, measure });
    for (const node of layout.nodes) {
      if (!node.label) continue;
      const widest = Math.max(measure(node.label.name), measure(node.label.valueText));
      assert.ok(node.label.box.x1 - node.label.box.x0 >= widest - 0.01, node.label.name);
      assert.ok(node.label.box.x0 >= -0.01 && node.label.box.x1 <= layout.width + 0.01, `${node.label.name} inside at ${node.label.box.x0}…${node.label.box.x1}`);
    }
  }
});
