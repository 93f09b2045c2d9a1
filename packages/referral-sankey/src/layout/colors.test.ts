import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeColors, NEUTRAL, OTHER, PALETTE_SIZE } from './colors.js';

const nodes = (...keys: string[]) => keys.map((colorKey) => ({ colorKey }));

test('flows coloured by target: senders are neutral, every destination has a colour of its own', () => {
  // Five regions send to seven destinations: before, region 1 and destination 4 shared a colour.
  const regions = ['r1', 'r2', 'r3', 'r4', 'r5'];
  const destinations = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'];
  const links = regions.flatMap((_, s) => destinations.map((_, t) => ({ source: s, target: 5 + t })));
  const colors = nodeColors(nodes(...regions, ...destinations), links, [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9, 10, 11]], 'target');
  assert.deepEqual(colors.slice(0, 5), [NEUTRAL, NEUTRAL, NEUTRAL, NEUTRAL, NEUTRAL]);
  assert.equal(new Set(colors.slice(5)).size, 7);
  assert.ok(colors.slice(5).every((c) => c >= 0 && c < PALETTE_SIZE));
});

test('flows coloured by source: the receivers are neutral instead', () => {
  const colors = nodeColors(nodes('a', 'b', 'x'), [{ source: 0, target: 2 }, { source: 1, target: 2 }], [[0, 1], [2]], 'source');
  assert.equal(colors[2], NEUTRAL);
  assert.notEqual(colors[0], colors[1]);
});

test('no slot is used in two columns while the palette has room', () => {
  // Three stages: 2 senders → 3 middles → 4 ends; middles and ends paint (7 ≤ 8 slots).
  const links = [
    { source: 0, target: 2 },
    { source: 1, target: 3 },
    { source: 1, target: 4 },
    ...[2, 3, 4].flatMap((s) => [5, 6, 7, 8].map((t) => ({ source: s, target: t }))),
  ];
  const colors = nodeColors(nodes('a', 'b', 'm1', 'm2', 'm3', 'e1', 'e2', 'e3', 'e4'), links, [[0, 1], [2, 3, 4], [5, 6, 7, 8]], 'target');
  const middle = new Set(colors.slice(2, 5));
  const ends = new Set(colors.slice(5));
  assert.equal(middle.size, 3);
  assert.equal(ends.size, 4);
  assert.deepEqual([...middle].filter((c) => ends.has(c)), []);
});

test('beyond eight colours a repeat goes to a column away from its twin, and is used least', () => {
  // Columns of 4, 4 and 4 painting nodes (and one sender): 12 for 8 slots.
  const columns = [[0], [1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
  const links = [
    ...[1, 2, 3, 4].map((t) => ({ source: 0, target: t })),
    ...[5, 6, 7, 8].map((t, i) => ({ source: 1 + i, target: t })),
    ...[9, 10, 11, 12].map((t, i) => ({ source: 5 + i, target: t })),
  ];
  const keys = Array.from({ length: 13 }, (_, i) => `k${i}`);
  const colors = nodeColors(nodes(...keys), links, columns, 'target');
  const col = (c: number) => columns[c]!.map((i) => colors[i]!);
  for (let c = 1; c < 4; c++) assert.equal(new Set(col(c)).size, 4, `column ${c} has no repeat`);
  for (let c = 1; c < 3; c++) assert.deepEqual(col(c).filter((s) => col(c + 1).includes(s)), [], `columns ${c} and ${c + 1} share no slot`);
  const uses = new Array(PALETTE_SIZE).fill(0);
  for (const c of colors) if (c >= 0) uses[c]++;
  assert.ok(Math.max(...uses) - Math.min(...uses) <= 1, `slots used evenly: ${uses.join(',')}`);
});

test('the data’s groups share a colour, and “Other” keeps its own', () => {
  const colors = nodeColors(
    [{ colorKey: 's' }, { colorKey: 'g' }, { colorKey: 'g' }, { colorKey: '' }],
    [1, 2, 3].map((t) => ({ source: 0, target: t })),
    [[0], [1, 2, 3]],
    'target',
  );
  assert.equal(colors[1], colors[2]);
  assert.equal(colors[3], OTHER);
});
