import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  colorDifference,
  contrastRatio,
  deltaE2000,
  parseColor,
  relativeLuminance,
  simulate,
  toHex,
  toLab,
  type Lab,
  type Rgb,
} from '../tooling/color-contrast.js';

const hex = (text: string): Rgb => {
  const rgb = parseColor(text);
  assert.ok(rgb, text);
  return rgb;
};
const near = (actual: number, expected: number, tolerance: number, what = '') =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what} ${actual} is not within ${tolerance} of ${expected}`);

test('reads opaque CSS colours in any notation, and nothing it cannot check', () => {
  assert.deepEqual(parseColor('#fff'), [1, 1, 1]);
  assert.equal(toHex(hex('#2B5C8A')), '#2b5c8a');
  for (const same of ['rgb(43 92 138)', 'rgb(43, 92, 138)', 'rgb(16.9% 36.1% 54.1%)', 'hsl(209 52.5% 35.5%)', 'oklch(46.3% 0.092 249.2)', 'lab(37.39 -4.92 -31.01)']) {
    assert.equal(toHex(hex(same)), '#2b5c8a', same);
  }
  assert.equal(toHex(hex('rebeccapurple')), '#663399');
  // Outside sRGB: mapped into the gamut in OKLCH (CSS Color 4), not clipped channel by channel.
  const vivid = hex('oklch(70% 0.4 145)');
  assert.ok(vivid.every((c) => c >= 0 && c <= 1));
  near(toLab(vivid)[0], toLab(hex('oklch(70% 0.1 145)'))[0], 3, 'lightness about kept');
  for (const unreadable of ['CanvasText', '#12345', 'var(--brand)', 'rgb(0 0 0 / 50%)', '#0008', 'transparent']) {
    assert.equal(parseColor(unreadable), null, unreadable);
  }
});

test('WCAG contrast ratios match the published examples', () => {
  assert.equal(contrastRatio(hex('#000'), hex('#fff')), 21);
  assert.equal(contrastRatio(hex('#777'), hex('#777')), 1);
  // #767676 is the lightest grey with 4.5:1 on white; #777777 just misses it.
  near(contrastRatio(hex('#767676'), hex('#ffffff')), 4.54, 0.005);
  near(contrastRatio(hex('#777777'), hex('#ffffff')), 4.48, 0.005);
  // Symmetric.
  assert.equal(contrastRatio(hex('#2b5c8a'), hex('#fff')), contrastRatio(hex('#fff'), hex('#2b5c8a')));
  near(relativeLuminance(hex('#808080')), 0.2159, 0.0001);
  // The same pairs written in rgb() and oklch().
  assert.equal(contrastRatio(hex('rgb(0 0 0)'), hex('oklch(100% 0 0)')), 21);
  near(contrastRatio(hex('rgb(118, 118, 118)'), hex('oklch(1 0 0)')), 4.54, 0.005);
});

test('CIELAB of white, black and sRGB red (D65)', () => {
  const white = toLab(hex('#fff'));
  near(white[0], 100, 0.01);
  near(white[1], 0, 0.01);
  near(white[2], 0, 0.01);
  assert.deepEqual(toLab(hex('#000')).map((v) => Math.round(v)), [0, 0, 0]);
  const red = toLab(hex('#f00'));
  near(red[0], 53.24, 0.05, 'L*');
  near(red[1], 80.09, 0.1, 'a*');
  near(red[2], 67.2, 0.1, 'b*');
});

test('CIEDE2000 reproduces the test pairs of Sharma, Wu & Dalal (2005)', () => {
  const pairs: [Lab, Lab, number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, -0.001, 2.49], [50, 0.0011, -2.49], 4.7461],
    [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[63.0109, -31.0961, -5.8663], [62.8187, -29.7946, -4.0864], 1.263],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    [[90.9257, -0.5406, -0.9208], [88.6381, -0.8985, -0.7239], 1.5381],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ];
  for (const [a, b, expected] of pairs) {
    near(deltaE2000(a, b), expected, 0.0001, `${a.join(',')} / ${b.join(',')}`);
    near(deltaE2000(b, a), expected, 0.0001, 'symmetric');
  }
  assert.equal(deltaE2000([40, 10, -20], [40, 10, -20]), 0);
});

test('colour-vision simulation keeps greys and merges the classic confusions', () => {
  for (const grey of ['#000000', '#777777', '#ffffff']) {
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const out = simulate(hex(grey), d);
      for (let i = 0; i < 3; i++) near(out[i]!, hex(grey)[i]!, 0.002, `${grey} ${d}`);
    }
  }
  // Red and green of about equal lightness: far apart normally, close for deuteranopes; closer for
  // protanopes too, who also see the red darker; still apart for tritanopes.
  const red = hex('#c0504d');
  const green = hex('#6a9a3a');
  const normal = colorDifference(red, green);
  assert.ok(normal > 40, `normal ${normal}`);
  assert.ok(colorDifference(red, green, 'deuteranopia') < normal / 5);
  assert.ok(colorDifference(red, green, 'protanopia') < normal / 2);
  assert.ok(colorDifference(red, green, 'tritanopia') > normal / 2);
  // Blue and green differ for red–green deficiencies, but tritanopia pulls them together.
  const blue = hex('#3a7dc0');
  const teal = hex('#3aa37d');
  assert.ok(colorDifference(blue, teal, 'tritanopia') < colorDifference(blue, teal, 'deuteranopia'));
});
