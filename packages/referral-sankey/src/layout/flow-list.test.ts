import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FLOW_LIST_BELOW, rankFlows, showsFlowList } from './flow-list.js';

test('the list is for phone columns; the sankey from FLOW_LIST_BELOW up; nothing before the width is known', () => {
  for (const width of [240, 320, 360, 375, 414, 430]) assert.equal(showsFlowList(width), true, `${width}`);
  for (const width of [FLOW_LIST_BELOW, 640, 1200]) assert.equal(showsFlowList(width), false, `${width}`);
  assert.equal(showsFlowList(0), false);
});

test('flows are ranked largest first, suppressed last, ties in data order, bars on one scale', () => {
  const ranked = rankFlows([
    { source: 0, target: 1, value: 100, suppressed: false },
    { source: 0, target: 2, value: 0, suppressed: true },
    { source: 0, target: 3, value: 400, suppressed: false },
    { source: 0, target: 4, value: 100, suppressed: false },
  ]);
  assert.deepEqual(
    ranked.map((flow) => flow.index),
    [2, 0, 3, 1],
  );
  assert.deepEqual(
    ranked.map((flow) => flow.bar),
    [1, 0.25, 0.25, 0],
  );
});

test('no known value at all: every bar is empty, never NaN', () => {
  const ranked = rankFlows([
    { source: 0, target: 1, value: 0, suppressed: true },
    { source: 0, target: 2, value: 0, suppressed: false },
  ]);
  assert.deepEqual(
    ranked.map((flow) => flow.bar),
    [0, 0],
  );
});
