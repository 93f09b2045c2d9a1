// The sankey's part for a reader's pointer, touch and keyboard (packages/referral-sankey/src/view/
// interaction.ts) as pages load it from the CDN build: each case is a page of its own (an iframe,
// so a fresh module graph) whose first interaction is the one under test. Served as /cdn/, or as
// /cdn-no-interaction/ without the part (test/routes-server.mjs).
// Needs the CDN build (`npm run build:cdn`; `npm run test:browser` does it first).
import { expect, waitUntil } from '@open-wc/testing';
import { asDocument, layeredGraph } from '../packages/referral-sankey/bench/graphs.mjs';

const otherOrigin = location.origin.replace('//localhost', '//127.0.0.1');
const NATIONAL = '/packages/schema/examples/referral-flows/valid/national-2022.json';
const PART = /\/interaction-[\w-]{8}\.js$/;

type Sankey = HTMLElement & { updateComplete: Promise<boolean> };

interface Page {
  win: Window & typeof globalThis;
  el: Sankey;
  /** Errors thrown in the page and promises rejected with no handler, and `praksis-error` events. */
  problems: () => string[];
  /** The part files the page has asked for. */
  partRequests: () => string[];
}

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  frames.forEach((frame) => frame.remove());
  frames = [];
});

/** A page with one sankey from `route`, drawing `src` or the inline document `json`, once drawn. */
async function openSankey(route: 'cdn' | 'cdn-no-interaction', data: { src: string } | { json: string }): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '760px';
  frame.style.height = '700px';
  const body =
    'src' in data
      ? `<praksis-referral-sankey src="${data.src}"></praksis-referral-sankey>`
      : `<praksis-referral-sankey><script type="application/json">${data.json}</script></praksis-referral-sankey>`;
  // The listeners go in before the module runs (module scripts are deferred).
  frame.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8">
    <script>window.problems = []; addEventListener('error', (e) => problems.push(String(e.message))); addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));</script>
    <script type="module" src="${otherOrigin}/${route}/praksis-referral-sankey.js" crossorigin="anonymous"></script>
    </head><body><div style="width:720px">${body}</div>
    <script>document.querySelector('praksis-referral-sankey').addEventListener('praksis-error', (e) => problems.push('praksis-error ' + JSON.stringify(e.detail)));</script>
    </body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { problems: string[] };
  const el = win.document.querySelector('praksis-referral-sankey') as Sankey;
  await waitUntil(() => el.shadowRoot?.querySelector('svg.overlay [tabindex="0"]'), 'the sankey draws, with its tab stop', { timeout: 15_000 });
  await el.updateComplete;
  return {
    win,
    el,
    problems: () => [...win.problems],
    partRequests: () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => PART.test(url)),
  };
}

const root = (el: Sankey) => el.shadowRoot!;
const mark = (el: Sankey, key: string) => root(el).querySelector<SVGElement>(`svg.marks [data-k="${key}"]`)!;
const tabStop = (el: Sankey) => root(el).querySelector<SVGElement>('svg.overlay [tabindex="0"]')!;
const tooltip = (el: Sankey) => root(el).querySelector<HTMLElement>('[part="tooltip"]');
const tooltipTitle = (el: Sankey) => tooltip(el)?.querySelector('strong')?.textContent ?? null;
/** The items drawn at full strength over the shade: the highlighted path. */
const onPath = (el: Sankey) => [...root(el).querySelectorAll('svg.overlay [data-on]')].flatMap((m) => m.getAttribute('data-on')!.split(' '));
const highlighted = (el: Sankey) => root(el).querySelector('svg.overlay')!.classList.contains('active');
/** The title an item's name starts with (its name is the title, a colon, and what the tooltip says). */
const titleOf = (name: string | null) => (name ?? '').split(': ')[0];

describe('<praksis-referral-sankey>: the part for pointer, touch and keyboard, loaded on demand', function () {
  this.timeout(60_000);

  it('a sankey nobody touches has not asked for it, and has its one named tab stop; a hover asks once, and shows the tooltip for where the pointer is when it arrives', async () => {
    const { win, el, problems, partRequests } = await openSankey('cdn', { src: NATIONAL });
    // Time for anything that loads after the draw (idle callbacks, a frame) to have been asked for.
    await new Promise((resolve) => win.requestIdleCallback(resolve, { timeout: 500 }));
    expect(partRequests(), 'untouched').to.deep.equal([]);
    const stops = root(el).querySelectorAll('[part="diagram"] [tabindex]');
    expect(stops.length, 'one tab stop').to.equal(1);
    expect(tabStop(el).getAttribute('role')).to.equal('img');
    expect(tabStop(el).getAttribute('aria-label')!.replace(/\s/g, ' ')).to.equal('Almen praksis: 5.420.564 henvisninger, 100,0 % af alle henvisninger');
    expect(tooltip(el), 'no tooltip before the part').to.equal(null);

    // The pointer enters on one flow and moves to another before the part is there.
    const over = (key: string) => mark(el, key).dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    over('l1');
    over('l3');
    await el.updateComplete;
    expect(tooltip(el)!.hidden).to.equal(false);
    expect(win.getComputedStyle(tooltip(el)!).position, 'its styles came with it').to.equal('absolute');
    expect(tooltip(el)!.style.top, 'placed').to.not.equal('');
    expect(tooltipTitle(el)).to.equal('Almen praksis → Fysioterapi');
    expect(highlighted(el)).to.equal(true);
    expect(onPath(el).sort()).to.deep.equal(['l3', 'n0', 'n4']);
    expect(partRequests(), 'once').to.have.length(1);
    expect(problems()).to.deep.equal([]);
  });

  it('focus and a key pressed while the part loads: the key acts once, at once, and the highlight and tooltip of the new tab stop follow', async () => {
    const { win, el, problems, partRequests } = await openSankey('cdn', { src: NATIONAL });
    const stop = tabStop(el);
    stop.focus();
    // A page without focus (tests run side by side) fires no focusin; a reader's browser does.
    if (!win.document.hasFocus()) stop.dispatchEvent(new win.FocusEvent('focusin', { bubbles: true, composed: true }));
    root(el).activeElement!.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
    const moved = tabStop(el);
    const key = moved.getAttribute('data-k')!;
    expect(key, 'the first flow of the first node').to.match(/^l\d+$/);
    expect(root(el).activeElement, 'focus moved with it').to.equal(moved);
    await el.updateComplete;
    expect(partRequests()).to.have.length(1);
    expect(tabStop(el).getAttribute('data-k'), 'acted once').to.equal(key);
    expect(titleOf(tabStop(el).getAttribute('aria-label'))).to.match(/^Almen praksis → /);
    expect(highlighted(el)).to.equal(true);
    expect(onPath(el)).to.include.members([key, 'n0']);
    expect(tooltip(el)!.hidden).to.equal(false);
    expect(tooltipTitle(el)).to.equal(titleOf(tabStop(el).getAttribute('aria-label')));
    expect(problems()).to.deep.equal([]);
  });

  it('a touch on first use highlights the item touched and shows its tooltip', async () => {
    const { win, el, problems, partRequests } = await openSankey('cdn', { src: NATIONAL });
    mark(el, 'n1').dispatchEvent(new win.PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    await el.updateComplete;
    expect(partRequests()).to.have.length(1);
    expect(tooltipTitle(el)).to.equal('Speciallæge');
    expect(highlighted(el)).to.equal(true);
    expect(onPath(el)).to.include('n1');
    expect(problems()).to.deep.equal([]);
  });

  it('above 2,000 flows, joined into paths: a pointer that rests on them while the part loads highlights the flow under it when the part arrives', async () => {
    const graph = layeredGraph({ nodes: 350, links: 2008, columns: 6 });
    const { win, el, problems } = await openSankey('cdn', { json: JSON.stringify(asDocument(graph, '350/2,008')) });
    const marks = root(el).querySelector<SVGSVGElement>('svg.marks')!;
    const joined = [...marks.querySelectorAll<SVGPathElement>('path.link[data-on]')];
    expect(joined.length).to.be.greaterThan(0);
    // A flow's ribbon: M x0,a C xm,a xm,b x1,b V c C xm,c xm,d x0,d Z; its middle is under the pointer.
    const ribbons = joined.flatMap((path) => {
      const keys = path.getAttribute('data-on')!.split(' ');
      return path.getAttribute('d')!.split(/(?=M)/).map((d, i) => ({ path, d, key: keys[i]! }));
    });
    const middle = (d: string) => {
      const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      return [n[2]!, (n[1]! + n[5]! + n[8]! + n[14]!) / 4] as const;
    };
    const probe = win.document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const shape = win.document.createElementNS('http://www.w3.org/2000/svg', 'path');
    probe.append(shape);
    win.document.body.append(probe);
    const holds = (d: string, [x, y]: readonly [number, number]) => {
      shape.setAttribute('d', d);
      return shape.isPointInFill(new win.DOMPoint(x, y));
    };
    const first = ribbons[0]!;
    const second = ribbons.find((r) => !holds(first.d, middle(r.d)))!;
    const box = marks.getBoundingClientRect();
    const scale = box.width / marks.viewBox.baseVal.width;
    const move = (path: Element, [x, y]: readonly [number, number], type = 'pointermove') =>
      path.dispatchEvent(new win.PointerEvent(type, { bubbles: true, composed: true, pointerType: 'mouse', clientX: box.left + x * scale, clientY: box.top + y * scale }));
    move(first.path, middle(first.d), 'pointerover');
    move(first.path, middle(first.d));
    move(second.path, middle(second.d));
    await el.updateComplete;
    expect(tooltipTitle(el), 'a tooltip').to.be.a('string');
    const title = tooltipTitle(el)!;
    const [source, target] = title.split(' → ');
    const pointed = graph.links.findIndex((l: { source: number; target: number }) => graph.nodes[l.source]!.name === source && graph.nodes[l.target]!.name === target);
    expect(pointed, 'a flow is highlighted').to.be.at.least(0);
    const pointedRibbon = ribbons.find((r) => r.key === `l${pointed}`)!;
    expect(holds(pointedRibbon.d, middle(second.d)), 'the flow where the pointer rests').to.equal(true);
    expect(onPath(el)).to.include(`l${pointed}`);
    probe.remove();
    expect(problems()).to.deep.equal([]);
  });

  it('a part that cannot be loaded (404) leaves the chart drawn, named and walked by keyboard, with nothing thrown and no error shown', async () => {
    const { win, el, problems, partRequests } = await openSankey('cdn-no-interaction', { src: NATIONAL });
    const marksBefore = root(el).querySelectorAll('svg.marks [data-k]').length;
    // Focus alone asks for the part.
    const stop = tabStop(el);
    stop.focus();
    if (!win.document.hasFocus()) stop.dispatchEvent(new win.FocusEvent('focusin', { bubbles: true, composed: true }));
    await waitUntil(() => partRequests().length > 0, 'focus asks for the part');
    await el.updateComplete;
    mark(el, 'l1').dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    mark(el, 'n1').dispatchEvent(new win.PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    await el.updateComplete;
    tabStop(el).dispatchEvent(new win.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    // And once more after it failed: nothing is asked for again by this element, nothing thrown.
    mark(el, 'l2').dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(partRequests()).to.have.length(1);
    expect(problems()).to.deep.equal([]);
    expect(root(el).querySelector('[role="alert"], [part~="error"]'), 'no error').to.equal(null);
    expect(marksBefore).to.be.greaterThan(0);
    expect(root(el).querySelectorAll('svg.marks [data-k]').length, 'still drawn').to.equal(marksBefore);
    expect(root(el).querySelector('[part="summary"]')!.textContent).to.match(/[\d.]+ henvisninger/);
    const moved = tabStop(el);
    expect(moved.getAttribute('data-k'), 'the key moved the tab stop').to.match(/^l\d+$/);
    expect(root(el).activeElement, 'and focus with it').to.equal(moved);
    expect(moved.getAttribute('aria-label')).to.match(/^Almen praksis → .+: [\d.]+ henvisninger/);
    expect(tooltip(el), 'no tooltip').to.equal(null);
    expect(highlighted(el), 'no highlight').to.equal(false);
  });
});

