import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CapacityDocument } from '@praksis/schema';
import { capacityFigures } from '../src/capacity-model.js';
import { layoutGauge, type PlacedLabel } from '../src/gauge-layout.js';
import { layoutTrend } from '../src/trend-layout.js';
import { estimateTextWidth } from '@praksis/core/text-width.js';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../schema/examples/capacity/valid/${name}.json`, import.meta.url), 'utf8'),
  ) as CapacityDocument;

const format = (v: number) => new Intl.NumberFormat('da-DK').format(v);

test('national 2022 figures: 1,646 patients per capacity, 46 over the 1,600 norm', () => {
  const f = capacityFigures(example('national-2017-2022'));
  assert.equal(Math.round(f.perCapacity), 1646);
  assert.equal(f.basis, 'capacity');
  assert.equal(f.value, f.perCapacity);
  assert.equal(Math.round(f.difference), 46);
  assert.equal(f.differenceShare.toFixed(4), ((5849229 / 3554 - 1600) / 1600).toFixed(4));
  assert.equal(Math.round(f.perDoctor ?? 0), Math.round(5849229 / 3753));
  assert.deepEqual(
    f.trend.map((p) => Math.round(p.perCapacity)),
    [1649, 1646, 1658, 1649, 1640, 1646],
  );
});

test('a per-doctor norm compares patients per doctor and finds the band', () => {
  const f = capacityFigures(example('practice-per-doctor-norm-with-bands'));
  assert.equal(f.basis, 'doctor');
  assert.equal(f.value, 1300);
  assert.equal(f.perCapacity, 1950);
  assert.equal(f.bandIndex, 1);
});

test('a minimal document has no comparison, band or trend', () => {
  const f = capacityFigures(example('practice-minimal'));
  assert.equal(f.comparison, undefined);
  assert.equal(f.bandIndex, undefined);
  assert.deepEqual(f.trend, []);
  assert.equal(f.value, 1480);
});

function span(l: PlacedLabel, font = 12): [number, number] {
  const w = estimateTextWidth(l.text, font);
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return [left, left + w];
}

for (const width of [240, 320, 480, 720, 1100]) {
  test(`gauge at ${width}px: marks in proportion, labels inside and apart`, () => {
    const layout = layoutGauge({
      width,
      value: 1646,
      norm: 1600,
      comparison: 1500,
      normLabel: 'Normtal: 1.600',
      comparisonLabel: 'Hele landet 2022: 1.646',
      formatTick: format,
    });
    assert.equal(layout.width, width);
    // The bar ends right of the norm line because 1,646 > 1,600, and in proportion.
    const barEnd = layout.bar.x + layout.bar.width;
    assert.ok(barEnd > layout.normLine.x);
    assert.ok(Math.abs(barEnd / layout.normLine.x - 1646 / 1600) < 0.01);
    assert.ok(layout.comparison && layout.comparison.x < layout.normLine.x);
    const labels = [layout.normLabel, layout.comparison.label, ...layout.ticks.map((t) => t.label)];
    for (const label of labels) {
      const [left, right] = span(label);
      assert.ok(left >= 0 && right <= width, `"${label.text}" inside 0–${width}: ${left}–${right}`);
    }
    const ticks = layout.ticks.map((t) => span(t.label));
    for (let i = 1; i < ticks.length; i++) assert.ok(ticks[i]![0] > ticks[i - 1]![1], 'tick labels apart');
    assert.ok(layout.ticks.length >= 2, 'at least two ticks');
    assert.equal(layout.ticks[0]?.label.text, '0');
  });
}

test('bands span the scale in order and the open-ended one reaches the end', () => {
  const layout = layoutGauge({
    width: 400,
    value: 1300,
    norm: 1200,
    bands: [
      { to: 1000, tone: 'low' },
      { from: 1000, to: 1400, tone: 'mid' },
      { from: 1400, tone: 'high' },
    ],
    normLabel: 'DSAM: 1.200',
    formatTick: format,
  });
  const [low, mid, high] = layout.bands;
  assert.ok(low && mid && high);
  assert.equal(low.x, layout.track.x);
  assert.ok(Math.abs(low.x + low.width - mid.x) < 1e-9);
  assert.ok(Math.abs(mid.x + mid.width - high.x) < 1e-9);
  assert.ok(Math.abs(high.x + high.width - (layout.track.x + layout.track.width)) < 1e-9);
});

test('trend: oldest point left, higher values higher up, reference line inside', () => {
  const t = layoutTrend({
    width: 300,
    points: [
      { date: '2017-01-01', value: 1649 },
      { date: '2019-01-01', value: 1658 },
      { date: '2022-01-01', value: 1646 },
    ],
    reference: 1600,
  });
  assert.equal(t.dots.length, 3);
  assert.ok(t.dots[0]!.x < t.dots[1]!.x && t.dots[1]!.x < t.dots[2]!.x);
  assert.ok(t.dots[1]!.y < t.dots[0]!.y, '1,658 drawn above 1,649');
  assert.ok(t.referenceY !== undefined && t.referenceY > t.dots[2]!.y && t.referenceY <= t.height);
  assert.match(t.path, /^M[\d.]+,[\d.]+L/);
});
