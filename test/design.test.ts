/**
 * The design system, checked in every widget of the registry as a reader's browser draws it: one
 * type scale (the title a fixed step above the body), one control size for every button (never a
 * target under 24 CSS px), and a downloads group that wraps whole on a 360 px phone.
 */
import { expect, fixture } from '@open-wc/testing';
import { TOKENS, TYPE_SCALE } from '@praksis/core';
import '@praksis/widgets';
import { WIDGETS } from '@praksis/widgets/registry.js';
import { loadExample, part } from './helpers.js';
import { applyTextSpacing } from './text-spacing.js';
import { BADGE_AT } from './hostile/widgets.js';

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

/** The widget's first valid example, drawn in a box `width` px wide; the badge as its full panel. */
async function drawn(tag: string, kind: string, example: string, width: number): Promise<Widget> {
  const host = await fixture<HTMLDivElement>('<div></div>');
  host.style.width = `${width}px`;
  const el = document.createElement(tag) as Widget;
  if (tag === 'praksis-hours-badge') {
    el.setAttribute('at', BADGE_AT);
    el.setAttribute('variant', 'full');
  }
  host.append(el);
  el.data = await loadExample(kind, 'valid', example);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

const px = (el: Element, property: string) => parseFloat(getComputedStyle(el).getPropertyValue(property));
const step = (name: string) => TOKENS.find((t) => t.property === `--praksis-font-size-${name}`)!.step!;

describe('one type scale and one control size across the widgets', () => {
  const heights = new Map<string, number[]>();

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: the title is the scale's title step above the body`, async () => {
      const el = await drawn(widget.tag, widget.kind.name, widget.examples.valid[0], 640);
      const body = px(el.shadowRoot!.querySelector('.frame')!, 'font-size');
      const title = px(part(el, 'title')!, 'font-size');
      expect(title / body).to.be.closeTo(TYPE_SCALE ** step('title'), 0.01);
      // A real step, not a nudge: the old title was 1.15 times the body.
      expect(title / body).to.be.at.least(1.4);
    });

    it(`<${widget.tag}>: every button has the control size, at least 24 CSS px`, async () => {
      const el = await drawn(widget.tag, widget.kind.name, widget.examples.valid[0], 640);
      // The section before the chart keeps its buttons visually hidden until focused, as skip links are.
      const buttons = [...el.shadowRoot!.querySelectorAll('button')].filter((b) => b.checkVisibility() && !b.closest('.chart-intro'));
      expect(buttons.length, 'the table toggle and the downloads').to.be.at.least(3);
      if (widget.tag === 'praksis-hours-badge') {
        // The compact badge's own button, which opens its detail.
        const compact = await drawn(widget.tag, widget.kind.name, widget.examples.valid[0], 640);
        compact.removeAttribute('variant');
        await compact.updateComplete;
        buttons.push(part(compact, 'toggle') as HTMLButtonElement);
      }
      const own = buttons.map((b) => b.getBoundingClientRect());
      for (const box of own) {
        expect(box.height).to.be.at.least(24);
        expect(box.width).to.be.at.least(24);
      }
      heights.set(widget.tag, own.map((b) => b.height));
    });
  }

  it('every button of every widget is the same height', () => {
    const all = [...heights.values()].flat();
    expect(heights.size).to.equal(WIDGETS.length);
    expect(Math.max(...all) - Math.min(...all), JSON.stringify([...heights])).to.be.below(0.5);
  });

  for (const widget of WIDGETS) {
    for (const lang of ['da', 'en']) {
      it(`<${widget.tag} lang=${lang}> at 360 px: the downloads wrap as one group, never one button alone`, async () => {
        const el = await drawn(widget.tag, widget.kind.name, widget.examples.valid[0], 360);
        el.setAttribute('lang', lang);
        await el.updateComplete;
        const group = part(el, 'downloads')!;
        const buttons = [...group.querySelectorAll('button')];
        // CSV where the widget has data tables (not the badge), then SVG and PNG.
        expect(buttons.map((b) => b.textContent).join(' ')).to.match(/^(CSV )?SVG PNG$/);
        const tops = buttons.map((b) => Math.round(b.getBoundingClientRect().top));
        expect(new Set(tops).size, tops.join(' ')).to.equal(1);
        // The group's label is on the buttons' line, and the group stays inside the widget.
        const label = group.querySelector('#dl')!.getBoundingClientRect();
        expect(label.bottom).to.be.above(tops[0]!);
        expect(group.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      });

      it(`<${widget.tag} lang=${lang}> at 240 px with the reader's text spacing: the downloads stay inside, the buttons together`, async () => {
        const el = await drawn(widget.tag, widget.kind.name, widget.examples.valid[0], 240);
        el.setAttribute('lang', lang);
        const takeOff = applyTextSpacing(el);
        try {
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const frame = part(el, 'frame')!;
          expect(parseFloat(getComputedStyle(frame).letterSpacing)).to.be.greaterThan(1);
          const group = part(el, 'downloads')!;
          const tops = [...group.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top));
          expect(new Set(tops).size, tops.join(' ')).to.equal(1);
          // The host contains its paint, so a button past the frame's edge would be cut off.
          const right = el.shadowRoot!.querySelector('.toolbar')!.getBoundingClientRect().right;
          for (const button of group.querySelectorAll('button')) expect(button.getBoundingClientRect().right, button.textContent).to.be.at.most(right);
          expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
        } finally {
          takeOff();
        }
      });
    }
  }
});
