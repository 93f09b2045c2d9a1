import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@praksis/widgets';
import { fetchExample, until, WIDGETS } from './hostile/widgets.js';
import { part } from './helpers.js';

/** A host page that resets everything, hides SVG, uses huge type and right-to-left text. */
const HOSTILE = `
  * { all: unset; }
  svg { display: none !important; }
  html, body, div { font-size: 40px !important; line-height: 3 !important; letter-spacing: 4px; direction: rtl; }
  p, span, li, td, th, button, text { font-size: 80px !important; color: rgb(255, 0, 0) !important; }
`;

/** Properties a leaked widget rule would change on a page element. */
const PROPERTIES = [
  'display', 'position', 'color', 'background-color', 'font-size', 'font-weight', 'font-style', 'text-transform',
  'margin-top', 'margin-left', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'opacity',
  'visibility', 'fill', 'stroke', 'stroke-width', 'width', 'height',
] as const;

const computed = (el: Element) => {
  const style = getComputedStyle(el);
  return Object.fromEntries(PROPERTIES.map((name) => [name, style.getPropertyValue(name)]));
};

async function drawn(tag: string, data: unknown): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  const el = document.createElement(tag);
  if (tag === 'praksis-hours-badge') el.setAttribute('at', '2026-03-03T10:00:00+01:00');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  el.append(script);
  const rendered = oneEvent(el, 'praksis-render');
  wrapper.append(el);
  await rendered;
  return el;
}

for (const { tag, examples, chart } of WIDGETS) {
  describe(`<${tag}> on a hostile host page`, () => {
    let style: HTMLStyleElement;
    let data: unknown;
    beforeEach(async () => {
      data = await fetchExample(examples[1]);
      style = document.createElement('style');
      style.textContent = HOSTILE;
      document.head.append(style);
    });
    afterEach(() => style.remove());

    it('still draws its figures left to right at its own size, hides its JSON, and its table opens', async () => {
      const el = await drawn(tag, data);
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="error"]'), 'no error panel').to.equal(null);

      const frame = part(el, 'frame')!;
      const frameStyle = getComputedStyle(frame);
      expect(frameStyle.direction).to.equal('ltr');
      expect(frameStyle.letterSpacing).to.equal('normal');
      expect(parseFloat(frameStyle.fontSize)).to.be.within(12, 24);
      // The reset makes the 640 px wrapper inline, so the widget gets the page's width; it must not collapse or overflow.
      expect(frame.getBoundingClientRect().width).to.be.within(300, document.documentElement.clientWidth);

      const title = part(el, 'title')!;
      expect(title.checkVisibility()).to.equal(true);
      expect(parseFloat(getComputedStyle(title).fontSize)).to.be.below(40);
      expect(getComputedStyle(title).color).to.not.equal('rgb(255, 0, 0)');

      // The sankey lays out once it has measured its box, after its first render.
      await until(() => root.querySelector(chart) !== null, 3000, chart);
      const figures = root.querySelector(chart)!;
      expect(figures.checkVisibility(), `${chart} visible`).to.equal(true);
      const box = figures.getBoundingClientRect();
      expect(box.width, `${chart} width`).to.be.above(100);
      expect(box.height, `${chart} height`).to.be.above(10);
      for (const svg of root.querySelectorAll('svg')) expect(getComputedStyle(svg).display, 'svg display').to.not.equal('none');
      for (const text of root.querySelectorAll('p, span, li, td, th, button, text')) {
        expect(parseFloat(getComputedStyle(text).fontSize), `<${text.localName}> font size`).to.be.below(40);
      }

      // `all: unset` would make the data block's text visible if the widget slotted its children.
      expect(el.querySelector('script')!.checkVisibility()).to.equal(false);
      expect(el.getBoundingClientRect().height).to.be.below(4000);

      const update = () => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      // The compact hours badge keeps its detail, and the table button, behind a button.
      const opener = part(el, 'toggle');
      if (opener) {
        opener.click();
        await update();
        expect(part(el, 'detail')!.checkVisibility()).to.equal(true);
      }
      part(el, 'table-toggle')!.click();
      await update();
      const table = part(el, 'table')!.querySelector('table')!;
      expect(table.checkVisibility()).to.equal(true);
      expect(table.tBodies[0]!.rows.length).to.be.above(0);
      expect(parseFloat(getComputedStyle(table).fontSize)).to.be.below(40);
    });

    it('does not style the page: elements with its class names and tags look like plain ones', async () => {
      style.remove();
      const sheetsBefore = document.styleSheets.length;
      const adoptedBefore = document.adoptedStyleSheets.length;
      const el = await drawn(tag, data);
      part(el, 'table-toggle')!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

      const inside = [...el.shadowRoot!.querySelectorAll('*')];
      const classes = [...new Set(inside.flatMap((node) => [...node.classList]))];
      const names = [...new Set(inside.map((node) => node.localName))].filter((n) => n !== 'style');
      expect(classes.length, 'class names found in the shadow root').to.be.above(3);

      // Same element, same page: once with every class name the widget uses, once without.
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const svgNames = new Set(['svg', 'g', 'path', 'rect', 'text', 'tspan', 'line', 'circle', 'polyline', 'polygon']);
      for (const name of names) {
        const make = () =>
          svgNames.has(name) ? document.createElementNS('http://www.w3.org/2000/svg', name) : document.createElement(name);
        const plain = make();
        const classed = make();
        classed.setAttribute('class', classes.join(' '));
        classed.setAttribute('part', 'frame title error table');
        page.append(plain, classed);
        expect(computed(classed), `<${name} class="…">`).to.deep.equal(computed(plain));
      }
      expect(document.styleSheets.length, 'no <style> added to the page').to.equal(sheetsBefore);
      expect(document.adoptedStyleSheets.length, 'no sheet adopted by the page').to.equal(adoptedBefore);
    });
  });
}
