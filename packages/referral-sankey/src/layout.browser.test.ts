import { expect, fixture, html } from '@open-wc/testing';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import type { ReferralSankey } from '@praksis/referral-sankey';
import { geometryBox, loadExample, part } from '../../../test/helpers.js';
import { applyTextSpacing } from '../../../test/text-spacing.js';

// Layout in the page, in the font the page has: CI runs this file once per font set
// (web-test-runner.config.mjs, then web-test-runner.fonts.config.mjs).

async function sankey(data: unknown, width = 640): Promise<ReferralSankey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><praksis-referral-sankey lang="da" .data=${data}></praksis-referral-sankey></div>`);
  const el = wrapper.querySelector('praksis-referral-sankey')!;
  await settle(el);
  return el;
}

/** Waits for the width to be measured and the diagram redrawn at it. */
async function settle(el: ReferralSankey): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

const svgOf = (el: ReferralSankey) => part(el, 'diagram') as unknown as SVGSVGElement;

describe('<praksis-referral-sankey> layout in the page', () => {
  for (const width of [240, 360, 720]) {
    it(`fits a ${width}px column: no text clipped, no labels overlapping`, async () => {
      const el = await sankey(await loadExample('referral-flows', 'valid', 'three-stage-fictional'), width);
      const svgEl = svgOf(el);
      const box = svgEl.getBoundingClientRect();
      expect(box.width).to.be.at.most(width);
      const texts = [...svgEl.querySelectorAll('text')].map((t) => ({ t: t.textContent, r: geometryBox(t) }));
      expect(texts.length).to.be.greaterThan(10);
      for (const { t, r } of texts) {
        expect(r.left, t).to.be.at.least(box.left - 0.5);
        expect(r.right, t).to.be.at.most(box.right + 0.5);
        expect(r.top, t).to.be.at.least(box.top - 0.5);
        expect(r.bottom, t).to.be.at.most(box.bottom + 0.5);
      }
      const labels = texts.filter((_, i) => svgEl.querySelectorAll('text')[i]!.closest('.labels'));
      for (let a = 0; a < labels.length; a++) {
        for (let b = a + 1; b < labels.length; b++) {
          const p = labels[a]!.r;
          const q = labels[b]!.r;
          const overlap = p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
          expect(overlap, `${labels[a]!.t} / ${labels[b]!.t}`).to.equal(false);
        }
      }
    });
  }

  /** Every label inside the diagram and clear of every other label. */
  function expectLabelsFit(el: ReferralSankey): void {
    const svgEl = svgOf(el);
    const box = svgEl.getBoundingClientRect();
    const labels = [...svgEl.querySelectorAll<SVGTextElement>('.labels text, .headings text')].map((t) => ({ t: t.textContent, r: geometryBox(t) }));
    expect(labels.length).to.be.greaterThan(3);
    for (const { t, r } of labels) {
      expect(r.left, t).to.be.at.least(box.left - 0.5);
      expect(r.right, t).to.be.at.most(box.right + 0.5);
    }
    for (let a = 0; a < labels.length; a++) {
      for (let b = a + 1; b < labels.length; b++) {
        const p = labels[a]!.r;
        const q = labels[b]!.r;
        const overlap = p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
        expect(overlap, `${labels[a]!.t} / ${labels[b]!.t}`).to.equal(false);
      }
    }
  }

  for (const width of [320, 360, 640]) {
    for (const example of ['national-2022', 'three-stage-fictional']) {
      it(`keeps ${example}'s labels inside at ${width}px with the reader's text spacing (WCAG 1.4.12)`, async () => {
        const el = await sankey(await loadExample('referral-flows', 'valid', example), width);
        const takeOff = applyTextSpacing(el);
        try {
          // The probe sees the new spacing and the diagram is laid out again in it.
          await new Promise((r) => setTimeout(r, 50));
          await settle(el);
          const label = svgOf(el).querySelector('.labels text')!;
          expect(parseFloat(getComputedStyle(label).letterSpacing)).to.be.closeTo(1.44, 0.01);
          expectLabelsFit(el);
        } finally {
          takeOff();
        }
      });
    }
  }
});
