import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import type { CapacityGauge } from '@praksis/capacity-gauge';
import { loadExample, part } from './helpers.js';

/** A host page that resets everything, hides SVG, uses huge type and right-to-left text. */
const HOSTILE = `
  * { all: unset; }
  svg { display: none !important; }
  html, body, div { font-size: 40px !important; line-height: 3 !important; letter-spacing: 4px; direction: rtl; }
  .figure, .value, [part] { color: rgb(255, 0, 0) !important; font-size: 80px !important; }
`;

describe('<praksis-capacity-gauge> on a hostile host page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('still draws its chart left to right at its own size', async () => {
    const data = await loadExample('capacity', 'valid', 'national-2017-2022');
    const wrapper = await fixture<HTMLDivElement>(html`<div><praksis-capacity-gauge></praksis-capacity-gauge></div>`);
    const el = wrapper.querySelector<CapacityGauge>('praksis-capacity-gauge')!;
    const rendered = oneEvent(el, 'praksis-render');
    el.data = data;
    await rendered;
    const svg = part(el, 'gauge')!;
    expect(getComputedStyle(svg).display).to.equal('block');
    expect(svg.getBoundingClientRect().height).to.be.greaterThan(20);
    const frame = part(el, 'frame')!;
    expect(getComputedStyle(frame).direction).to.equal('ltr');
    expect(getComputedStyle(frame).letterSpacing).to.equal('normal');
    const value = el.shadowRoot!.querySelector('.value')!;
    expect(getComputedStyle(value).color).to.not.equal('rgb(255, 0, 0)');
    expect(parseFloat(getComputedStyle(value).fontSize)).to.be.below(60);
  });

  it('does not style the page: its class names do not leak out', async () => {
    const data = await loadExample('capacity', 'valid', 'practice-minimal');
    style.remove();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><p class="figure value kicker">page text</p><praksis-capacity-gauge .data=${data}></praksis-capacity-gauge></div>`,
    );
    const outside = wrapper.querySelector('p')!;
    const inside = wrapper.querySelector('praksis-capacity-gauge')!.shadowRoot!.querySelector('.value')!;
    expect(getComputedStyle(inside).fontWeight).to.equal('700');
    expect(getComputedStyle(outside).fontWeight).to.equal('400');
    expect(getComputedStyle(outside).display).to.equal('block');
  });
});
