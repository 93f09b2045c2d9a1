import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { TextMeasureController, baseStyles, estimateTextWidth } from '@praksis/core';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import { geometryBox, loadExample } from './helpers.js';

/** A bare element with the controller: counts its renders and measures in its `.box`. */
class MeasureProbeHost extends LitElement {
  static override styles = [baseStyles];
  readonly text = new TextMeasureController(this);
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<p class="box">x</p>`;
  }
  measure(text: string): number {
    return this.text.measure(this.renderRoot.querySelector('.box'), 20)(text);
  }
}
customElements.define('measure-probe-host', MeasureProbeHost);

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

describe('TextMeasureController', () => {
  it('measures in the font the text is drawn in, not by the 0.6 em estimate', async () => {
    const el = await fixture<MeasureProbeHost>(testHtml`<measure-probe-host></measure-probe-host>`);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.box')!;
    box.style.fontFamily = 'monospace';
    const mono = el.measure('iiiiiiiiii');
    box.style.fontFamily = 'sans-serif';
    const sans = el.measure('iiiiiiiiii');
    expect(mono).to.be.greaterThan(sans * 1.5, 'a narrow letter is narrow in a proportional font');
    expect(sans).to.be.below(estimateTextWidth('iiiiiiiiii', 20));
    // The same as the browser lays the text out.
    box.style.fontSize = '20px';
    box.style.width = 'max-content';
    box.textContent = 'Øre-næse-halslæge 21.400';
    const range = document.createRange();
    range.selectNodeContents(box);
    expect(el.measure('Øre-næse-halslæge 21.400')).to.be.closeTo(range.getBoundingClientRect().width, 0.5);
  });

  it('adds letter- and word-spacing, and re-renders the host when they change', async () => {
    const el = await fixture<MeasureProbeHost>(testHtml`<measure-probe-host></measure-probe-host>`);
    await frames();
    const plain = el.measure('ab cd');
    const before = el.renders;
    el.style.letterSpacing = '2px';
    el.style.wordSpacing = '3px';
    await frames(3);
    await el.updateComplete;
    expect(el.renders, 'the probe saw the new spacing').to.be.greaterThan(before);
    // The .box is outside any frame here, so it inherits the host's spacing.
    expect(el.measure('ab cd')).to.be.closeTo(plain + 5 * 2 + 3, 0.01);
  });

  it('re-renders the host when a font finishes loading', async () => {
    const el = await fixture<MeasureProbeHost>(testHtml`<measure-probe-host></measure-probe-host>`);
    await frames();
    const box = el.shadowRoot!.querySelector<HTMLElement>('.box')!;
    box.style.fontFamily = '"Praksis Test Mono", serif';
    const fallback = el.measure('iiiiiiiiii');
    const before = el.renders;
    // A font from the machine (no network): local() loads like a web font and fires loadingdone.
    const face = new FontFace('Praksis Test Mono', 'local("DejaVu Sans Mono"), local("Liberation Mono"), local("Courier New")');
    document.fonts.add(face);
    try {
      await face.load();
      await frames(2);
      await el.updateComplete;
      expect(el.renders).to.be.greaterThan(before);
      expect(el.measure('iiiiiiiiii')).to.be.greaterThan(fallback * 1.5);
    } finally {
      document.fonts.delete(face);
    }
  });
});

describe('a font family set through --praksis-font-family after the draw (a theme linked late)', () => {
  const cases = [
    { tag: 'praksis-referral-sankey', kind: 'referral-flows', example: 'national-2022', svg: 'svg.marks', width: 640 },
    { tag: 'praksis-capacity-gauge', kind: 'capacity', example: 'municipality-area-intake', svg: '[part="gauge"]', width: 480 },
  ];
  for (const { tag, kind, example, svg, width } of cases) {
    it(`<${tag}> measures its labels again in the new font`, async () => {
      const wrapper = await fixture<HTMLDivElement>(testHtml`<div style="width:${width}px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
      wrapper.append(el);
      el.data = await loadExample(kind, 'valid', example);
      const settle = async () => {
        for (let i = 0; i < 3; i++) {
          await el.updateComplete;
          await frames(2);
        }
      };
      await settle();
      const chart = () => el.shadowRoot!.querySelector<SVGSVGElement>(svg)!;
      const widest = () => Math.max(...[...chart().querySelectorAll('text')].map((t) => t.getComputedTextLength()));
      const before = widest();
      // A monospaced family, wider than the page's sans-serif: as a theme's font stack set on :root.
      wrapper.style.setProperty('--praksis-font-family', '"DejaVu Sans Mono", "Liberation Mono", monospace');
      await settle();
      expect(widest(), 'the labels are drawn in the wider font').to.be.greaterThan(before * 1.05);
      const box = chart().getBoundingClientRect();
      for (const text of chart().querySelectorAll('text')) {
        const r = geometryBox(text);
        expect(r.left, text.textContent).to.be.at.least(box.left - 0.5);
        // A monospaced glyph's box can reach past its advance by a fraction of a pixel.
        expect(r.right, text.textContent).to.be.at.most(box.right + 1);
      }
    });
  }
});
