import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CapacityDocument } from '@praksis/schema';
import { capacityFigures } from '../model.js';
import { layoutGauge, type PlacedLabel } from './gauge.js';
import { layoutTrend } from './trend.js';
import { estimateTextWidth } from '@praksis/core/text-width.js';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../schema/examples/capacity/valid/${name}.json`, import.meta.url), 'utf8'),
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
      norm: { value: 1600, label: { name: 'Normtal', figure: '1.600' } },
      comparison: { value: 1500, label: { name: 'Hele landet 2022', figure: '1.500' } },
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
    norm: { value: 1200, label: { name: 'DSAM', figure: '1.200' } },
    bands: [
      { to: 1000, tone: 'low' },
      { from: 1000, to: 1400, tone: 'mid' },
      { from: 1400, tone: 'high' },
    ],
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
    formatTick: format,
  });
  assert.equal(t.dots.length, 3);
  assert.ok(t.dots[0]!.x < t.dots[1]!.x && t.dots[1]!.x < t.dots[2]!.x);
  assert.ok(t.dots[1]!.y < t.dots[0]!.y, '1,658 drawn above 1,649');
  assert.ok(t.referenceY !== undefined && t.referenceY > t.dots[2]!.y && t.referenceY <= t.height);
  assert.match(t.path, /^M[\d.]+,[\d.]+L/);
});

test('trend: the scale starts at 0 and says so, so a 12-patient wobble stays a small change', () => {
  // The national series 2017–2022 (BDO 2023, table 5.1.3a): 1,640 to 1,658 patients per capacity.
  const doc = example('national-2017-2022');
  const points = capacityFigures(doc).trend.map((p) => ({ date: p.date, value: p.perCapacity }));
  const t = layoutTrend({ width: 300, points, reference: 1600, formatTick: format });
  assert.equal(t.axis.top, 2000);
  assert.deepEqual(
    t.axis.labels.map((l) => l.text),
    ['2.000', '0'],
  );
  const ys = t.dots.map((d) => d.y);
  const plotHeight = t.axis.y2 - t.axis.y1;
  // 18 patients of 2,000 is under 1 % of the scale: the line must move less than 2 % of the plot's height.
  assert.ok(Math.max(...ys) - Math.min(...ys) < plotHeight * 0.02, `swing ${Math.max(...ys) - Math.min(...ys)} of ${plotHeight}`);
  // The zero line is the axis's bottom, and the norm sits at 1,600 / 2,000 of the way up.
  assert.ok(Math.abs(t.axis.y2 - t.referenceY! - 0.8 * plotHeight) < 1e-9);
  // Labels sit in the gutter left of the plot, each level with its end of the axis, inside the box.
  assert.deepEqual(
    t.axis.labels.map((l) => l.at),
    [t.axis.y1, t.axis.y2],
  );
  for (const l of t.axis.labels) {
    assert.ok(l.x <= t.axis.x && l.x - estimateTextWidth(l.text, 12) >= 0, l.text);
    assert.ok(l.y - 12 >= -1 && l.y <= t.height && Math.abs(l.y - 0.35 * 12 - l.at) < 1e-9, l.text);
  }
  assert.ok(t.dots.every((d) => d.x > t.axis.x));
});

test('trend: zeros, one point and values only, never a NaN in a path', () => {
  const cases = [
    { points: [{ date: '2020-01-01', value: 0 }] },
    { points: [{ date: '2020-01-01', value: 0 }, { date: '2021-01-01', value: 0 }] },
    { points: [{ date: '2020-01-01', value: 1650 }] },
    { points: [{ date: '2020-01-01', value: 1.5 }, { date: '2021-01-01', value: 2 }], reference: 1 },
  ];
  for (const input of cases) {
    const t = layoutTrend({ width: 200, formatTick: format, ...input });
    assert.ok(t.axis.top > 0);
    assert.doesNotMatch(`${t.path} ${t.axis.y1} ${t.axis.y2} ${t.referenceY ?? 0}`, /NaN|Infinity/);
    assert.ok(t.dots.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y)));
  }
});

test('labels are placed by the measure given, not the estimate', () => {
  // A font twice as wide as the estimate, as DejaVu Sans with a reader's letter-spacing can be.
  const wide = (text: string) => estimateTextWidth(text, 24);
  const points = [
    { date: '2020-01-01', value: 1500 },
    { date: '2022-01-01', value: 1650 },
  ];
  const trend = layoutTrend({ width: 300, points, formatTick: format, measure: wide });
  assert.ok(trend.axis.labels[0].x - wide(trend.axis.labels[0].text) >= 0, 'the axis gutter holds the widest number');
  const gauge = layoutGauge({ width: 240, value: 1650, norm: { value: 1600, label: { name: 'Norm', figure: '1.600' } }, formatTick: format, measure: wide });
  let right = -Infinity;
  for (const { label } of gauge.ticks) {
    const w = wide(label.text);
    const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
    assert.ok(left >= 0 && left + w <= gauge.width, `${label.text} inside`);
    assert.ok(left > right, `${label.text} clear of the tick before`);
    right = left + w;
  }
  assert.ok(gauge.ticks.length < layoutGauge({ width: 240, value: 1650, norm: { value: 1600, label: { name: 'Norm', figure: '1.600' } }, formatTick: format }).ticks.length);
});
