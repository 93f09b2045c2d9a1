import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nice, ticks } from 'd3-array';
import { niceScale } from './scale.js';

test('the round top and ticks are d3-array’s nice and ticks from 0, number for number', () => {
  // The gauge's tops (its largest figure × 1.1, from the norm's least, 1, to the schema's most)
  // and the trend's (any per-capacity figure), at every tick count the widths give.
  const tops = [0.5, 1, 1.1, 1.5, 2, 7.7, 55, 99.9, 110, 1200, 1320, 1600, 1658, 1811.7, 2000, 1e5 * 1.1, 1e7];
  for (let i = 0; i < 400; i++) tops.push(10 ** (Math.sin(i * 12.9898) * 4 + 2));
  for (const max of tops) {
    for (const count of [2, 3, 4, 5, 6, 9, 13, 20]) {
      const [, top] = nice(0, max, count);
      const scale = niceScale(max, count);
      assert.equal(scale.top, top, `top of ${max} in ${count}`);
      assert.deepEqual(scale.ticks, ticks(0, top, count), `ticks of ${max} in ${count}`);
    }
  }
});

test('the national series’ scale ends at 2.000, and nothing makes no scale', () => {
  assert.equal(niceScale(1658, 2).top, 2000);
  assert.deepEqual(niceScale(1811.7, 3), { top: 2000, ticks: [0, 500, 1000, 1500, 2000] });
  assert.deepEqual(niceScale(0, 2), { top: 0, ticks: [] });
});
