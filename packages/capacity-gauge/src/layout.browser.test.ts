import { expect, fixture, html } from '@open-wc/testing';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import { geometryBox, loadExample, part } from '../../../test/helpers.js';
import { applyTextSpacing } from '../../../test/text-spacing.js';

// Layout in the page, in the font the page has: CI runs this file once per font set
// (web-test-runner.config.mjs, then web-test-runner.fonts.config.mjs).

describe('<praksis-capacity-gauge> layout', () => {
  for (const width of [240, 360, 720]) {
    it(`fits a ${width}px column without clipping labels`, async () => {
      const data = await loadExample('capacity', 'valid', 'practice-closed-over-norm');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:${width}px"><praksis-capacity-gauge .data=${data}></praksis-capacity-gauge></div>`,
      );
      const el = wrapper.querySelector('praksis-capacity-gauge')!;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      const svg = part(el, 'gauge') as unknown as SVGSVGElement;
      const box = svg.getBoundingClientRect();
      expect(box.width).to.be.at.most(width);
      expect(el.getBoundingClientRect().width).to.equal(width);
      for (const text of svg.querySelectorAll('text')) {
        const r = geometryBox(text);
        expect(r.left, text.textContent).to.be.at.least(box.left - 0.5);
        expect(r.right, text.textContent).to.be.at.most(box.right + 0.5);
      }
    });
  }
});

describe('<praksis-capacity-gauge> layout with the reader\'s text spacing (WCAG 1.4.12)', () => {
  for (const width of [240, 320, 360, 640]) {
    for (const example of ['practice-closed-over-norm', 'municipality-area-intake']) {
      it(`keeps ${example}'s labels inside and apart at ${width}px`, async () => {
        const data = await loadExample('capacity', 'valid', example);
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><praksis-capacity-gauge .data=${data}></praksis-capacity-gauge></div>`);
        const el = wrapper.querySelector('praksis-capacity-gauge')!;
        await el.updateComplete;
        const takeOff = applyTextSpacing(el);
        try {
          await new Promise((r) => setTimeout(r, 50));
          for (let i = 0; i < 3; i++) {
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            await el.updateComplete;
          }
          const svgs = [part(el, 'gauge'), el.shadowRoot!.querySelector('[part="trend"] svg')].filter(Boolean) as unknown as SVGSVGElement[];
          for (const svg of svgs) {
            const box = svg.getBoundingClientRect();
            const texts = [...svg.querySelectorAll('text')];
            expect(parseFloat(getComputedStyle(texts[0]!).letterSpacing)).to.be.greaterThan(1);
            const boxes = texts.map((text) => ({ t: text.textContent, r: geometryBox(text) }));
            for (const { t, r } of boxes) {
              expect(r.left, t).to.be.at.least(box.left - 0.5);
              expect(r.right, t).to.be.at.most(box.right + 0.5);
            }
            for (let a = 0; a < boxes.length; a++) {
              for (let b = a + 1; b < boxes.length; b++) {
                const p = boxes[a]!.r;
                const q = boxes[b]!.r;
                const overlap = p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
                expect(overlap, `${boxes[a]!.t} / ${boxes[b]!.t}`).to.equal(false);
              }
            }
          }
        } finally {
          takeOff();
        }
      });
    }
  }
});

describe('<praksis-capacity-gauge> with labels longer than the chart is wide', () => {
  // 70 and more characters each: names a region or an editor may well give a norm or a comparison.
  const normName = 'Normtal for en lægekapacitet efter overenskomst om almen praksis fra 2022';
  const comparisonName = 'Gennemsnit for alle praksis i de lægedækningstruede områder i Region Sjælland';
  const bandName = 'Over normtallet og over gennemsnittet for de lægedækningstruede områder';

  it('keeps every text of its charts inside them at 240 and 320 px, with the reader\'s text spacing too, the figures whole and the names in full beside them', async () => {
    const data = await loadExample<Record<string, unknown>>('capacity', 'valid', 'national-2017-2022');
    const doc = {
      ...data,
      norm: { ...(data['norm'] as object), label: normName },
      comparison: { label: comparisonName, value: 1500 },
      bands: {
        source: 'Fiktive bånd til testen',
        items: [
          // One word wider than the column, as a web address or a compound can be.
          { to: 1600, label: 'Optilnormtalletforlægekapaciteterneilægedækningstruedeområder', tone: 'low' },
          { from: 1600, label: bandName, tone: 'high' },
        ],
      },
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:240px"><praksis-capacity-gauge .data=${doc}></praksis-capacity-gauge></div>`);
    const el = wrapper.querySelector('praksis-capacity-gauge')!;
    let takeOff = () => {};
    for (const [width, spacing] of [[240, ''], [320, ''], [320, ' with text spacing']] as const) {
      wrapper.style.width = `${width}px`;
      if (spacing) {
        takeOff = applyTextSpacing(el);
        await new Promise((r) => setTimeout(r, 50));
      }
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await el.updateComplete;
      }
      const gauge = part(el, 'gauge') as unknown as SVGSVGElement;
      expect(gauge.getBoundingClientRect().width, 'the chart is as wide as the column allows').to.be.within(width - 40, width);
      if (spacing) expect(parseFloat(getComputedStyle(gauge.querySelector('text')!).letterSpacing)).to.be.greaterThan(1);
      const svgs = [gauge, el.shadowRoot!.querySelector('[part="trend"] svg')!] as SVGSVGElement[];
      for (const svg of svgs) {
        const box = svg.getBoundingClientRect();
        for (const text of svg.querySelectorAll('text')) {
          const r = geometryBox(text);
          expect(r.left, `${width}px${spacing}: ${text.textContent}`).to.be.at.least(box.left - 0.5);
          expect(r.right, `${width}px${spacing}: ${text.textContent}`).to.be.at.most(box.right + 0.5);
        }
      }
      const labels = [...gauge.querySelectorAll('text.label')].map((t) => t.textContent);
      expect(labels[0], 'the norm keeps its figure').to.match(/^Normtal for en.*…: 1\.600$/);
      expect(labels[1], 'the comparison keeps its figure').to.match(/^Gennemsnit.*…: 1\.500$/);
      const description = gauge.getAttribute('aria-label')!;
      expect(description).to.contain(`${normName}: 1.600.`).and.contain(`${comparisonName}: 1.500.`).and.contain(bandName);
      // Sighted readers find the names whole under the charts, wrapped inside the widget.
      const legend = part(el, 'legend')!;
      expect(legend.textContent).to.contain(normName).and.contain(`${comparisonName}: 1.500`).and.contain(bandName);
      const frame = el.getBoundingClientRect();
      for (const item of [...legend.querySelectorAll('li, .band-key'), el.shadowRoot!.querySelector('.trend-key')!]) {
        const r = item.getBoundingClientRect();
        expect(r.right, `${width}px${spacing}: ${item.textContent}`).to.be.at.most(frame.right + 0.5);
      }
    }
    takeOff();
  });
});
