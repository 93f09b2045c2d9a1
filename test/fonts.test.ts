import { expect, fixture, html } from '@open-wc/testing';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import { loadExample } from './helpers.js';

// The layout tests run once per font set (web-test-runner.config.mjs, web-test-runner.fonts.config.mjs):
// these tests fail when the family a pass is meant to test is not the one drawing the widgets.

const family = document.querySelector<HTMLMetaElement>('meta[name="praksis-test-font"]')?.content ?? '';
const SAMPLE = 'Øre-næse-halslæge 21.400 Billeddiagnostik';

function canvasWidth(font: string, text = SAMPLE): number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = font;
  return ctx.measureText(text).width;
}

describe(`the font set under test (${family})`, () => {
  it('is installed: text in it is not drawn in the fallback', () => {
    expect(family).to.not.equal('');
    // A missing family falls back to the next in the list, so both would measure the same.
    expect(Math.abs(canvasWidth(`16px "${family}", monospace`) - canvasWidth('16px monospace'))).to.be.greaterThan(5);
  });

  it('is the font the sankey labels are drawn and measured in', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px">
      <praksis-referral-sankey .data=${await loadExample('referral-flows', 'valid', 'national-2022')}></praksis-referral-sankey>
    </div>`);
    const el = wrapper.querySelector('praksis-referral-sankey')!;
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    const name = el.shadowRoot!.querySelector<SVGTSpanElement>('.labels .name')!;
    const text = name.textContent;
    const drawn = name.getComputedTextLength();
    expect(getComputedStyle(name).fontFamily).to.match(new RegExp(`^"?${family}"?`));
    expect(drawn, text).to.be.closeTo(canvasWidth(`12px "${family}"`, text), 0.5);
    // And not in the other set's family, whose widths differ by several per cent.
    const other = family === 'DejaVu Sans' ? 'Liberation Sans' : 'DejaVu Sans';
    expect(Math.abs(drawn - canvasWidth(`12px "${other}", monospace`, text)), `${text} is not in ${other}`).to.be.greaterThan(0.5);
  });
});
