import { expect, fixture, html } from '@open-wc/testing';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import type { DelegationMatrix } from '@praksis/delegation-matrix';
import { loadExample, part } from '../../../test/helpers.js';
import { applyTextSpacing } from '../../../test/text-spacing.js';

// Layout in the page, in the font the page has: CI runs this file once per font set
// (web-test-runner.config.mjs, then web-test-runner.fonts.config.mjs).

const KIND = 'delegation-matrix';
const SURVEY = 'national-survey-2022';

/** Until the ResizeObserver has reported the width and the element has drawn for it. */
async function settle(el: DelegationMatrix): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  await el.updateComplete;
}

async function matrix(data: unknown, { width = 960 } = {}): Promise<DelegationMatrix> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px" lang="da"><praksis-delegation-matrix .data=${data}></praksis-delegation-matrix></div>`);
  const el = wrapper.querySelector('praksis-delegation-matrix')!;
  await settle(el);
  return el;
}

const grid = (el: Element) => el.shadowRoot!.querySelector<HTMLTableElement>('table[role="grid"]')!;
const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<praksis-delegation-matrix> layout in the page', () => {
  /** Whether `inner` lies inside `outer`, give or take half a pixel. */
  const inside = (inner: DOMRect, outer: DOMRect) =>
    inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

  for (const width of [320, 360, 640]) {
    for (const example of [SURVEY, 'practice-high']) {
      it(`shows every value of ${example} whole at ${width}px with the reader's text spacing (WCAG 1.4.12)`, async () => {
        const el = await matrix(await loadExample(KIND, 'valid', example), { width });
        const takeOff = applyTextSpacing(el);
        try {
          await new Promise((r) => setTimeout(r, 50));
          await settle(el);
          const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
          expect(parseFloat(getComputedStyle(frame).letterSpacing)).to.be.greaterThan(1);
          expect(frame.scrollWidth, 'nothing reaches past the frame').to.be.at.most(frame.clientWidth);
          const cards = part(el, 'cards');
          // A value's text box: its rendered glyphs, through a range, not the box CSS gave it.
          const textBox = (node: Element) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return range.getBoundingClientRect();
          };
          if (cards) {
            for (const card of cards.querySelectorAll(':scope > li')) {
              const cardBox = card.getBoundingClientRect();
              for (const dd of card.querySelectorAll('dd')) {
                expect(inside(textBox(dd), cardBox), `${cellText(dd)} inside its card`).to.equal(true);
                expect(dd.scrollWidth, cellText(dd)).to.be.at.most(dd.clientWidth + 1);
              }
            }
          } else {
            for (const cell of grid(el).querySelectorAll('td, th')) {
              expect(cell.scrollWidth, cellText(cell)).to.be.at.most(cell.clientWidth + 1);
              expect(inside(textBox(cell), cell.getBoundingClientRect()), `${cellText(cell)} inside its cell`).to.equal(true);
            }
          }
        } finally {
          takeOff();
        }
      });
    }
  }
});
