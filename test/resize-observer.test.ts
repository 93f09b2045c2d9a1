// No widget may make the browser report "ResizeObserver loop completed with undelivered
// notifications": host pages' error trackers record it as an error. Every example of every widget
// is drawn at several widths, and redrawn as its column narrows and widens, while window error
// events are recorded.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@praksis/widgets';
import { WIDGETS } from '@praksis/widgets/registry.js';
import { loadExample } from './helpers.js';
import { BADGE_AT } from './hostile/widgets.js';

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

const WIDTHS = [240, 420, 800];
const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** The window error events (messages) fired while `run` runs, and a few frames after. */
async function windowErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const record = (event: ErrorEvent) => errors.push(event.message);
  window.addEventListener('error', record);
  try {
    await run();
    await frames(3);
  } finally {
    window.removeEventListener('error', record);
  }
  return errors;
}

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> and ResizeObserver`, () => {
    it(`every valid example, drawn at ${WIDTHS.join(', ')} px and resized: no window error`, async function () {
      this.timeout(60_000);
      const names = (await executeServerCommand<string[], { kind: string }>('list-examples', { kind: widget.kind.name })) ?? [];
      expect(names).to.include(widget.examples.valid[0]);
      for (const name of names) {
        const data = await loadExample(widget.kind.name, 'valid', name);
        const errors = await windowErrors(async () => {
          for (const width of WIDTHS) {
            const column = await fixture<HTMLDivElement>(`<div style="width:${width}px"></div>`);
            const el = document.createElement(widget.tag) as Widget;
            if (widget.tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
            column.append(el);
            el.data = data;
            await el.updateComplete;
            await frames(3);
            // The column narrows and widens again under the drawn widget.
            for (const next of [Math.round(width * 0.6), width]) {
              column.style.width = `${next}px`;
              await frames(3);
              await el.updateComplete;
            }
            column.remove();
          }
        });
        expect(errors, name).to.deep.equal([]);
      }
    });
  });
}

/** The widget's first valid example, drawn in `parent`. */
async function drawnIn(widget: (typeof WIDGETS)[number], parent: HTMLElement): Promise<Widget> {
  const el = document.createElement(widget.tag) as Widget;
  if (widget.tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
  parent.append(el);
  el.data = await loadExample(widget.kind.name, 'valid', widget.examples.valid[0]);
  await el.updateComplete;
  await frames(3);
  return el;
}

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> on a hostile host page`, () => {
    it('in boxes sized to their content, resized every frame, hidden and moved: no window error', async function () {
      this.timeout(30_000);
      const errors = await windowErrors(async () => {
        // Boxes whose width follows the widget's, which follows the box.
        for (const style of ['display:inline-flex', 'display:grid;grid-template-columns:auto', 'display:inline-block', 'width:max-content', 'float:left']) {
          const box = await fixture<HTMLDivElement>(`<div style="${style}"></div>`);
          await drawnIn(widget, box);
          box.remove();
        }
        const page = await fixture<HTMLDivElement>('<div><div style="width:800px"></div><div style="width:320px"></div></div>');
        const [wide, narrow] = [...page.children] as [HTMLDivElement, HTMLDivElement];
        const el = await drawnIn(widget, wide);
        // A page observer on its own body, as error trackers and layout scripts have.
        const pageObserver = new ResizeObserver(() => {});
        pageObserver.observe(document.body);
        try {
          for (let i = 0; i < 40; i++) {
            wide.style.width = `${300 + ((i * 137) % 700)}px`;
            await frames(1);
          }
          for (let i = 0; i < 6; i++) {
            wide.style.display = i % 2 ? '' : 'none';
            await frames(2);
          }
          for (let i = 0; i < 6; i++) {
            (i % 2 ? wide : narrow).append(el);
            await frames(2);
          }
          await el.updateComplete;
        } finally {
          pageObserver.disconnect();
        }
      });
      expect(errors).to.deep.equal([]);
    });
  });
}
