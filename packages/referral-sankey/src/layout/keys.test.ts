import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ReferralFlows } from '@praksis/schema';
import { buildFlows } from '../model.js';
import { keyOrder, nextKey, type Key } from './keys.js';
import { layoutSankey } from './sankey.js';

const doc = JSON.parse(
  readFileSync(new URL('../../../schema/examples/referral-flows/valid/national-2022.json', import.meta.url), 'utf8'),
) as ReferralFlows;
const model = buildFlows(doc, (node) => (typeof node.label === 'string' ? node.label : (node.label.da ?? '')), 'Øvrige');
const layout = layoutSankey(
  model.nodes.map((n) => ({ name: n.label, valueText: String(n.value), stage: n.stage })),
  model.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
  { width: 640 },
);
const order = keyOrder(layout, model.nodes.length);

test('the keyboard order has every node and flow once: column by column, each node before the flows that leave it, top down', () => {
  assert.equal(order.length, model.nodes.length + model.links.length);
  assert.equal(new Set(order).size, order.length);
  assert.equal(order[0], `n${layout.columns[0]![0]}`);
  let node = -1;
  let lastY = -Infinity;
  for (const key of order) {
    const index = Number(key.slice(1));
    if (key.startsWith('n')) {
      node = index;
      lastY = -Infinity;
      continue;
    }
    const link = layout.links[index]!;
    assert.equal(link.source, node, `${key} follows the node it leaves`);
    assert.ok(link.y0 >= lastY, `${key} in order from the top`);
    lastY = link.y0;
  }
});

test('arrow keys move in reading order and along the flows; Home and End go to the ends', () => {
  const last = order[order.length - 1]!;
  assert.equal(nextKey(order[0]!, 'ArrowUp', layout, order), order[0]);
  assert.equal(nextKey(order[0]!, 'ArrowDown', layout, order), order[1]);
  assert.equal(nextKey(last, 'ArrowDown', layout, order), last);
  assert.equal(nextKey(order[3]!, 'Home', layout, order), order[0]);
  assert.equal(nextKey(order[0]!, 'End', layout, order), last);
  const first = layout.links.filter((l) => l.source === layout.columns[0]![0]).sort((a, b) => a.y0 - b.y0)[0]!;
  const link: Key = `l${first.index}`;
  assert.equal(nextKey(order[0]!, 'ArrowRight', layout, order), link);
  assert.equal(nextKey(link, 'ArrowRight', layout, order), `n${first.target}`);
  assert.equal(nextKey(link, 'ArrowLeft', layout, order), `n${first.source}`);
  assert.equal(nextKey(order[0]!, 'ArrowLeft', layout, order), undefined, 'nothing flows into the first column');
  assert.equal(nextKey(order[0]!, 'Enter', layout, order), undefined);
});
