import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateMeasure, estimateTextWidth } from '@praksis/core/text-width.js';
import { fitMarkLabel, markLabel } from './label-fit.js';
import { layoutGauge, type PlacedLabel } from './gauge.js';

const measure = estimateMeasure(12);
/** DejaVu Sans with a reader's letter-spacing runs wider than the estimate. */
const wide = (text: string) => estimateTextWidth(text, 16);
const format = (v: number) => new Intl.NumberFormat('da-DK').format(v);
const norm = { name: 'Normtal for en lægekapacitet efter overenskomst om almen praksis fra 2022', figure: '1.600' };
const comparison = { name: 'Gennemsnit for alle praksis i de lægedækningstruede områder i Region Sjælland', figure: '1.500' };

test('a label that fits is whole', () => {
  assert.equal(fitMarkLabel({ name: 'Normtal', figure: '1.600' }, 240, measure), 'Normtal: 1.600');
  assert.equal(markLabel(norm), `${norm.name}: 1.600`);
});

test('a name too long for the room is cut with "…", the figure kept whole, as long as the room allows', () => {
  for (const m of [measure, wide]) {
    for (const room of [120, 240, 320, 400]) {
      const text = fitMarkLabel(norm, room, m);
      assert.ok(m(text) <= room, `${text} within ${room}`);
      assert.match(text, /^No.*[^ ]…: 1\.600$/, text);
      // One letter more would not fit: the cut is the longest.
      const kept = text.slice(0, text.indexOf('…')).length;
      const longer = `${norm.name.slice(0, kept + 1).trimEnd()}…: 1.600`;
      assert.ok(m(longer) > room || norm.name[kept] === ' ', `${longer} is over ${room}`);
    }
  }
});

test('no cut splits what reads as one character; with no room for a letter, the figure alone', () => {
  const names = ['Læge\u0301\u0301\u0301\u0301 i Århus og omegn', '👩🏽‍⚕️👩🏽‍⚕️👩🏽‍⚕️👩🏽‍⚕️👩🏽‍⚕️ praksis i byen', '𝐋𝐚𝐧𝐠 𝐧𝐚𝐯𝐧 𝐦𝐞𝐝 𝐬𝐭𝐨𝐫𝐞 𝐛𝐨𝐠𝐬𝐭𝐚𝐯𝐞𝐫', 'x🇩🇰🇸🇪🇳🇴🇩🇰🇸🇪 nordiske praksis', '🏴󠁧󠁢󠁳󠁣󠁴󠁿🏴󠁧󠁢󠁷󠁬󠁳󠁿🏴󠁧󠁢󠁳󠁣󠁴󠁿 praksis'];
  for (const name of names) {
    for (let room = 40; room < 200; room += 7) {
      const text = fitMarkLabel({ name, figure: '1.600' }, room, measure);
      assert.ok(text.endsWith('1.600') && measure(text) <= Math.max(room, measure('1.600')), text);
      const shown = text.includes('…') ? text.slice(0, text.indexOf('…')) : '';
      assert.ok(name.startsWith(shown.trimEnd()), text);
      const next = name.slice(shown.trimEnd().length);
      assert.doesNotMatch(next, /^(?:\p{M}|\p{Emoji_Modifier}|\u200d|[\u{e0020}-\u{e007f}])/u, `cut before a joined character: ${text}`);
      assert.equal((shown.trimEnd().match(/\p{RI}*$/u)![0].length / 2) % 2, 0, `cut inside a flag: ${text}`);
      assert.ok(!/[\uD800-\uDBFF]$/.test(shown) && !shown.endsWith('\u200d'), `cut inside a character: ${text}`);
    }
  }
  assert.equal(fitMarkLabel(norm, 40, measure), '1.600');
});

function span(l: PlacedLabel, m: (t: string) => number): [number, number] {
  const w = m(l.text);
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return [left, left + w];
}

test('the gauge fits its norm and comparison labels at every width from 240 px, in a wide font too', () => {
  for (const m of [measure, wide]) {
    for (let width = 240; width <= 1200; width += 20) {
      const layout = layoutGauge({ width, value: 1646, norm: { value: 1600, label: norm }, comparison: { value: 1500, label: comparison }, formatTick: format, measure: m });
      for (const label of [layout.normLabel, layout.comparison!.label, ...layout.ticks.map((t) => t.label)]) {
        const [left, right] = span(label, m);
        assert.ok(left >= 0 && right <= width, `${width}px: "${label.text}" at ${left}–${right}`);
      }
      assert.ok(layout.normLabel.text.endsWith(': 1.600') && layout.comparison!.label.text.endsWith(': 1.500'));
    }
  }
  // Wide enough, the names are whole.
  const roomy = layoutGauge({ width: 1200, value: 1646, norm: { value: 1600, label: norm }, comparison: { value: 1500, label: comparison }, formatTick: format });
  assert.equal(roomy.normLabel.text, markLabel(norm));
  assert.equal(roomy.comparison!.label.text, markLabel(comparison));
});
