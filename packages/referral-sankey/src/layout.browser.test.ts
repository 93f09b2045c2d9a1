import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import type { ReferralSankey } from '@praksis/referral-sankey';
import { geometryBox, loadExample, part, rowsOf } from '../../../test/helpers.js';
import { applyTextSpacing } from '../../../test/text-spacing.js';

// Layout in the page, in the font the page has: CI runs this file once per font set
// (web-test-runner.config.mjs, then web-test-runner.fonts.config.mjs).

/** The sankey itself (`view="sankey"`), also below the width where it would list the flows. */
async function sankey(data: unknown, width = 640): Promise<ReferralSankey> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"><praksis-referral-sankey lang="da" view="sankey" .data=${data}></praksis-referral-sankey></div>`,
  );
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

const svgOf = (el: ReferralSankey) => part(el, 'diagram')!.querySelector<SVGSVGElement>('svg.marks')!;

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

describe('<praksis-referral-sankey> in a phone column', () => {
  async function phone(width: number, lang = 'da'): Promise<ReferralSankey> {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:${width}px"><praksis-referral-sankey lang=${lang} .data=${await loadExample('referral-flows', 'valid', 'national-2022')}></praksis-referral-sankey></div>`,
    );
    const el = wrapper.querySelector('praksis-referral-sankey')!;
    await settle(el);
    await settle(el);
    return el;
  }

  /** Table rows as "Sender | Receiver | 1.893.921 | 34,9 %", with Intl's spaces as plain ones. */
  async function tableRows(el: ReferralSankey): Promise<string[][]> {
    (part(el, 'table-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const rows = rowsOf(part(el, 'table')!.querySelector('table')!).map((row) => row.replace(/\s/g, ' ').split(' | '));
    (part(el, 'table-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    return rows;
  }

  const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
  const textBox = (node: Element) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect();
  };

  for (const width of [320, 360]) {
    for (const spacing of [false, true]) {
      it(`lists every flow at ${width}px with full names and every value${spacing ? ', with text spacing' : ''}`, async () => {
        const el = await phone(width);
        const takeOff = spacing ? applyTextSpacing(el) : () => undefined;
        try {
          await settle(el);
          expect(part(el, 'diagram'), 'no sankey in a phone column').to.equal(null);
          const list = part(el, 'flows')!;
          const items = [...list.querySelectorAll(':scope > li')];
          const rows = await tableRows(el);
          expect(items).to.have.length(rows.length);
          const lines = items.map((li) => ({
            names: li.querySelector('.flow-names')!.textContent.replace(/\s/g, ' ').trim(),
            figures: li.querySelector('.flow-figures')!.textContent.replace(/\s/g, ' ').trim(),
          }));
          // Largest first, each name whole and each value and share as the table has them.
          expect(lines[0]!.names).to.equal('Almen praksis → Speciallæge');
          for (const [source, target, value, share] of rows) {
            const line = lines.find((l) => l.names === `${source} → ${target}`);
            expect(line, `${source} → ${target}`).to.not.equal(undefined);
            expect(line!.figures).to.equal(`${value} · ${share}`);
          }
          expect(list.textContent).to.not.contain('…');
          // Nothing reaches past its row or the frame: long names wrap.
          const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
          expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
          for (const li of items) {
            const box = li.getBoundingClientRect();
            for (const span of li.querySelectorAll('.flow-names, .flow-figures')) expect(inside(textBox(span), box), span.textContent).to.equal(true);
          }
        } finally {
          takeOff();
        }
      });
    }
  }

  it('gives screen readers each flow as one sentence, in Danish and English, and passes axe', async () => {
    const el = await phone(320);
    const first = part(el, 'flows')!.querySelector('li')!;
    expect(first.querySelector('.visually-hidden')!.textContent.replace(/\s/g, ' ')).to.equal(
      'Almen praksis → Speciallæge: 1.893.921 henvisninger, 34,9 % af henvisninger fra Almen praksis',
    );
    expect(first.querySelector('.flow-line')!.getAttribute('aria-hidden')).to.equal('true');
    expect(part(el, 'flows')!.getAttribute('aria-label')).to.equal('Strømmene, største først');
    await expect(el).to.be.accessible();
    const en = await phone(360, 'en');
    expect(part(en, 'flows')!.getAttribute('aria-label')).to.equal('The flows, largest first');
    expect(part(en, 'flows')!.querySelector('.visually-hidden')!.textContent.replace(/\s/g, ' ')).to.contain('1,893,921 referrals');
  });

  it('keeps the table view and the CSV download', async () => {
    const el = await phone(320);
    expect((await tableRows(el)).length).to.equal(7);
    const keep = (event: Event) => event.preventDefault();
    el.addEventListener('praksis-download', keep);
    const event = oneEvent<CustomEvent<{ blob: Blob }>>(el, 'praksis-download');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="download"]')].find((b) => b.textContent.trim() === 'CSV')!.click();
    expect(await (await event).detail.blob.text()).to.contain('1893921');
    el.removeEventListener('praksis-download', keep);
  });

  it('draws the sankey as before at 640px, and again when the column widens', async () => {
    const el = await phone(640);
    expect(part(el, 'flows')).to.equal(null);
    expect(svgOf(el).querySelectorAll('.labels text').length).to.equal(8);
    el.parentElement!.style.width = '340px';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    await settle(el);
    expect(part(el, 'diagram')).to.equal(null);
    expect(part(el, 'flows')).to.not.equal(null);
    el.parentElement!.style.width = '640px';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    await settle(el);
    expect(part(el, 'flows')).to.equal(null);
    expect(svgOf(el)).to.not.equal(null);
  });
});
