import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@praksis/widgets';
import { BADGE_AT, exampleUrl, fetchExample, stateOf, until, WIDGETS, type WidgetCase } from './widgets.js';

// Twenty widgets on one page (five of each), their data changed again and again, removed and
// re-added, some replaced by new elements. After warm-up, heap, DOM nodes and event listeners are
// measured in Chromium (garbage collected first, over the DevTools protocol; test/hostile/server.mjs)
// and must not grow with more cycles.

interface Metrics {
  heapUsed: number;
  heapTotal: number;
  nodes: number;
  listeners: number;
  documents: number;
  detachedNodes: number;
}

type Widget = HTMLElement & { data?: unknown; src?: string; updateComplete: Promise<boolean> };

// Even numbers: a cycle switches the language, so every measure is taken in the same one.
const WARM_UP = 6;
const CYCLES = 24;
/**
 * Allowed growth. The heap still grows a little in the first cycles after warm-up as V8 optimises
 * (measured: 0.4–0.5 MB over the first 40, 0.04 MB over the next 40); a leak of one widget per cycle
 * is about 30 KB a cycle, 0.72 MB per 24 cycles (over the steady allowance), and hundreds of nodes
 * per widget.
 */
const TOLERANCE = { firstHeapBytes: 1024 * 1024, steadyHeapBytes: 512 * 1024, nodes: 100, listeners: 10, detachedNodes: 100 };

const metrics = () => executeServerCommand<Metrics, undefined>('hostile-metrics');

describe('twenty widgets, data changed repeatedly, removed and re-added', function () {
  this.timeout(240_000);

  const problems: string[] = [];
  const onError = (event: ErrorEvent) => {
    if (!event.message.startsWith('ResizeObserver loop')) problems.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  const { warn, error } = console;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => problems.push(`console.warn: ${args.join(' ')}`);
    console.error = (...args: unknown[]) => problems.push(`console.error: ${args.join(' ')}`);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    Object.assign(console, { warn, error });
  });

  it(`no errors, and no growth of heap, nodes or listeners over ${CYCLES} cycles`, async function () {
    // The figures are V8's heap and the DevTools protocol's counters, which only Chromium has
    // (Firefox's run, web-test-runner.firefox.config.mjs, has no `hostile-metrics` command).
    if (navigator.userAgent.includes('Firefox/')) this.skip();
    const docs = new Map<string, unknown>();
    for (const { examples } of WIDGETS) for (const name of examples) docs.set(name, await fetchExample(name));

    const page = document.createElement('div');
    page.lang = 'da';
    page.className = 'page';
    document.body.append(page);

    // Five of each; the first of each kind loads from `src`, the others get `data`.
    const slots: { widget: WidgetCase; el: Widget; viaSrc: boolean }[] = [];
    const make = (widget: WidgetCase, viaSrc: boolean): Widget => {
      const el = document.createElement(widget.tag) as Widget;
      if (widget.tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
      if (viaSrc) el.dataset.via = 'src';
      return el;
    };
    for (let i = 0; i < 20; i++) {
      const widget = WIDGETS[i % 4]!;
      slots.push({ widget, el: make(widget, i < 4), viaSrc: i < 4 });
    }

    /** Sets the other document on every widget (a fresh object each time) and waits until all have drawn it. */
    let fed = 0;
    const feed = async () => {
      const n = ++fed;
      const drawn = slots.map(({ el }) => new Promise((resolve) => el.addEventListener('praksis-render', resolve, { once: true })));
      for (const { widget, el, viaSrc } of slots) {
        const name = widget.examples[n % 2]!;
        if (viaSrc) el.src = exampleUrl(name);
        else el.data = structuredClone(docs.get(name));
      }
      await Promise.all(drawn);
      await until(() => slots.every(({ el, widget }) => stateOf(el, widget.chart) === 'rendered'), 5000, 'all twenty to draw');
    };

    let round = 0;
    const cycle = async () => {
      round += 1;
      if (round === 1) for (const { el } of slots) page.append(el);
      await feed();
      // Open the tables, then close them again: two renders of every widget with a table in between.
      for (const { el } of slots) el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')?.click();
      await Promise.all(slots.map(({ el }) => el.updateComplete));
      for (const { el } of slots) el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')?.click();
      // Language switch: every widget re-renders.
      page.lang = page.lang === 'da' ? 'en' : 'da';
      await new Promise((resolve) => setTimeout(resolve));
      await Promise.all(slots.map(({ el }) => el.updateComplete));
      // Remove all; re-add them in reverse order, four of them as new elements.
      for (const { el } of slots) el.remove();
      for (let i = 0; i < 4; i++) {
        const slot = slots[(round * 4 + i) % 20]!;
        slot.el = make(slot.widget, slot.viaSrc);
      }
      for (const { el } of [...slots].reverse()) page.append(el);
      await feed();
    };

    for (let i = 0; i < WARM_UP; i++) await cycle();
    const before = await metrics();
    for (let i = 0; i < CYCLES; i++) await cycle();
    const after = await metrics();
    for (let i = 0; i < CYCLES; i++) await cycle();
    const later = await metrics();

    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
    const step = (cycles: number, m: Metrics) => ({
      cycles,
      heapUsedMB: mb(m.heapUsed),
      nodes: m.nodes,
      listeners: m.listeners,
      detachedNodes: m.detachedNodes,
    });
    const report = {
      test: 'test/hostile/many-widgets.test.ts',
      widgets: `${slots.length} (5 of each), data swapped twice per cycle, tables opened and closed, language switched, all removed and re-added with 4 replaced by new elements`,
      browser: navigator.userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? navigator.userAgent,
      steps: [step(WARM_UP, before), step(WARM_UP + CYCLES, after), step(WARM_UP + 2 * CYCLES, later)],
    };
    await executeServerCommand('hostile-report', report);

    expect(problems).to.deep.equal([]);
    expect(after.heapUsed - before.heapUsed, `heap growth over the first ${CYCLES} cycles (bytes)`).to.be.below(TOLERANCE.firstHeapBytes);
    expect(later.heapUsed - after.heapUsed, `heap growth over the next ${CYCLES} cycles (bytes)`).to.be.below(TOLERANCE.steadyHeapBytes);
    for (const to of [after, later]) {
      expect(to.nodes - before.nodes, 'DOM node growth').to.be.at.most(TOLERANCE.nodes);
      expect(to.listeners - before.listeners, 'event listener growth').to.be.at.most(TOLERANCE.listeners);
      if (!Number.isNaN(before.detachedNodes)) {
        expect(to.detachedNodes - before.detachedNodes, 'detached node growth').to.be.at.most(TOLERANCE.detachedNodes);
      }
    }
    page.remove();
  });
});
