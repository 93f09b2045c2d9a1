import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ribbon } from './paths.js';
import { linkAt } from './link-at.js';
import type { LaidLink } from './types.js';

/** A point of the cubic from p0 to p3 with controls p1 and p2, at t. */
const cubic = (p0: number, p1: number, p2: number, p3: number, t: number) =>
  (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3;

test('linkAt follows the curves ribbon draws: a point just inside either edge is on the flow, just outside is not', () => {
  const [x0, y0, x1, y1, half] = [112, 40, 380, 610, 6];
  const link: LaidLink = { index: 0, source: 0, target: 1, value: 1, width: 2 * half, drawWidth: 2 * half, y0, y1, x0, x1, path: ribbon(x0, y0, x1, y1, half) };
  // M x0,a C xm,a xm,b x1,b V c C xm,c xm,d x0,d Z
  const n = link.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const [a, xm, b, c, d] = [n[1]!, n[2]!, n[5]!, n[8]!, n[14]!];
  for (let k = 0; k <= 20; k++) {
    const t = k / 20;
    const x = cubic(x0, xm, xm, x1, t);
    const top = cubic(a, a, b, b, t);
    const bottom = cubic(d, d, c, c, t);
    assert.equal(linkAt([link], x, top + 0.3)?.index, 0, `inside the top edge at t = ${t}`);
    assert.equal(linkAt([link], x, bottom - 0.3)?.index, 0, `inside the bottom edge at t = ${t}`);
    assert.equal(linkAt([link], x, top - 0.3), undefined, `above at t = ${t}`);
    assert.equal(linkAt([link], x, bottom + 0.3), undefined, `below at t = ${t}`);
  }
  assert.equal(linkAt([link], x0 - 1, y0), undefined);
  assert.equal(linkAt([link], x1 + 1, y1), undefined);
});

test('linkAt finds the flow on top at a point, and none beside every flow', () => {
  const link = (index: number, y0: number, y1: number, drawWidth: number): LaidLink => ({
    index, source: 0, target: 1, value: drawWidth, width: drawWidth, drawWidth, y0, y1, x0: 100, x1: 300, path: ribbon(100, y0, 300, y1, drawWidth / 2),
  });
  // Two crossing flows: 0 runs down, 1 runs up, drawn after it; 2 elsewhere.
  const links = [link(0, 100, 300, 20), link(1, 300, 100, 20), link(2, 500, 500, 4)];
  assert.equal(linkAt(links, 200, 200)?.index, 1, 'where they cross, the one drawn last');
  assert.equal(linkAt(links, 110, 100)?.index, 0);
  assert.equal(linkAt(links, 110, 300)?.index, 1);
  assert.equal(linkAt(links, 290, 300)?.index, 0);
  assert.equal(linkAt(links, 200, 501)?.index, 2);
  assert.equal(linkAt(links, 200, 505), undefined, 'just outside the thin one');
  assert.equal(linkAt(links, 50, 100), undefined, 'left of every flow');
  assert.equal(linkAt(links, 200, 420), undefined, 'between flows');
});
