import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hatchLines } from '../src/hatch.js';

const near = (actual: number | undefined, expected: number, label = '') =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-6, `${label}: ${actual} is not ${expected}`);

describe('hatchLines: diagonal hatching clipped to a box', () => {
  const box = { x: 10, y: 4, width: 50, height: 24 };
  const lines = hatchLines(box, 6);

  test('diagonal lines rising to the right, every one inside the box', () => {
    assert.ok(lines.length >= 10, `${lines.length} lines`);
    for (const l of lines) {
      for (const [x, y] of [[l.x1, l.y1], [l.x2, l.y2]] as const) {
        assert.ok(x >= box.x - 1e-9 && x <= box.x + box.width + 1e-9, `x ${x}`);
        assert.ok(y >= box.y - 1e-9 && y <= box.y + box.height + 1e-9, `y ${y}`);
      }
      assert.ok(l.x2 > l.x1 && l.y2 < l.y1, 'rises to the right');
      near(l.x2 - l.x1, l.y1 - l.y2, 'at 45°');
    }
  });

  test('evenly spaced across the whole box, its corners included', () => {
    const starts = lines.map((l) => l.x1 - (box.y + box.height - l.y1));
    for (let i = 1; i < starts.length; i++) near(starts[i]! - starts[i - 1]!, 6, 'spacing');
    // Hatching reaches both ends of the box.
    assert.ok(Math.min(...lines.map((l) => l.x1)) - box.x < 1e-9);
    assert.ok(box.x + box.width - Math.max(...lines.map((l) => l.x2)) < 6);
  });

  test('nothing for an empty box', () => {
    assert.deepEqual(hatchLines({ ...box, width: 0 }, 6), []);
  });
});
