// The path highlight and the tab stop are drawn in an overlay: the drawn diagram never changes after
// drawing, a step changes only as many elements as the paths it leaves and enters, and the overlay
// is not in the downloads.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import type { ReferralSankey } from '@praksis/referral-sankey';
import { loadExample, part } from '../../../test/helpers.js';
import { asDocument, layeredGraph } from '../bench/graphs.mjs';

async function sankey(data: unknown): Promise<ReferralSankey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:720px"><praksis-referral-sankey lang="da" .data=${data}></praksis-referral-sankey></div>`);
  const el = wrapper.querySelector('praksis-referral-sankey')!;
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  await el.updateComplete;
  return el;
}

const marksOf = (el: ReferralSankey) => part(el, 'diagram')!.querySelector<SVGSVGElement>('svg.marks')!;
const overlayOf = (el: ReferralSankey) => part(el, 'diagram')!.querySelector('svg.overlay')!;
const stopOf = (el: ReferralSankey) => part(el, 'diagram')!.querySelector<SVGElement>('[tabindex="0"]')!;
const press = (el: ReferralSankey, key: string) =>
  el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
/**
 * A path highlighted by an arrow key in the chart: a key step highlights by itself, where focus
 * alone would wait for a focusin that a page without focus (tests run side by side) never gets.
 */
async function highlightOne(el: ReferralSankey): Promise<void> {
  stopOf(el).focus();
  press(el, 'ArrowDown');
  await el.updateComplete;
  expect(overlayOf(el).classList.contains('active')).to.equal(true);
}

/** The items on the highlighted path, and the elements that draw them. */
const onPath = (el: ReferralSankey) => {
  const drawn = [...overlayOf(el).querySelectorAll('[data-on]')];
  return { items: drawn.flatMap((m) => m.getAttribute('data-on')!.split(' ')).length, elements: drawn.length };
};

/** Every element added, removed or changed under `root` while `act` runs. */
async function mutated(root: Node, act: () => Promise<void>): Promise<Set<Node>> {
  const observer = new MutationObserver(() => {});
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  await act();
  const touched = new Set<Node>();
  for (const record of observer.takeRecords()) {
    if (record.type === 'childList') for (const n of [...record.addedNodes, ...record.removedNodes]) touched.add(n);
    else touched.add(record.target);
  }
  observer.disconnect();
  return touched;
}

describe('<praksis-referral-sankey> highlight overlay', () => {
  it('at 705 flows, arrow steps and hovering change nothing in the drawn diagram, and in the overlay only what draws the two paths', async () => {
    const graph = layeredGraph({ nodes: 130, links: 705, columns: 5 });
    const el = await sankey(asDocument(graph, '130/705'));
    const marks = marksOf(el);
    expect(marks.querySelectorAll('path.link')).to.have.length(705);
    stopOf(el).focus();
    await el.updateComplete;
    const { height } = marks.viewBox.baseVal;
    const columns = new Set([...marks.querySelectorAll('rect.node')].map((node) => node.getAttribute('x'))).size;
    const areas = columns * Math.ceil(height / 256);
    let longest = 0;
    let longestElements = 0;
    for (let step = 0; step < 6; step++) {
      const before = onPath(el);
      const inMarks = await mutated(marks, async () => {
        const inOverlay = await mutated(overlayOf(el), async () => {
          press(el, step % 3 === 2 ? 'ArrowRight' : 'ArrowDown');
          await el.updateComplete;
        });
        const after = onPath(el);
        expect(after.items, 'a path is drawn over the shade').to.be.greaterThan(0);
        if (after.items > longest) [longest, longestElements] = [after.items, after.elements];
        // A path is drawn with one element per colour (8 colours, "Øvrige", neutral nodes,
        // suppressed flows: at most 12), column and band of 256 px, however many flows it holds.
        expect(after.elements).to.be.at.most(Math.min(after.items, 12 * areas));
        // The old path's elements go, the new path's come, the old tab stop goes and a new one
        // comes; the overlay's box gets its class once at most.
        expect(inOverlay.size, `step ${step}`).to.be.at.most(before.elements + after.elements + 3);
      });
      expect([...inMarks], `step ${step}: the drawn diagram is left alone`).to.deep.equal([]);
    }
    expect(longest, 'paths of hundreds of flows').to.be.greaterThan(200);
    expect(longestElements, 'drawn with far fewer elements').to.be.below(longest / 2);
    const link = marks.querySelector('[data-k="l3"]')!;
    const inMarks = await mutated(marks, async () => {
      link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
      await el.updateComplete;
    });
    expect([...inMarks]).to.deep.equal([]);
    expect(overlayOf(el).querySelector('[data-on~="l3"]')).to.not.equal(null);
  });

  it('a step to the next flow of the same node keeps, untouched, the copies of everything upstream of it', async () => {
    const graph = layeredGraph({ nodes: 130, links: 705, columns: 5 });
    const el = await sankey(asDocument(graph, '130/705'));
    const columnOf = (key: string) => {
      const i = Number(key.slice(1));
      return graph.nodes[key[0] === 'n' ? i : graph.links[i]!.source]!.column;
    };
    // A node in the middle column with flows in and at least two flows out.
    const node = graph.nodes.findIndex((n, i) => n.column === 2 && graph.links.some((l) => l.target === i) && graph.links.filter((l) => l.source === i).length > 1);
    const [first, second] = graph.links.flatMap((l, k) => (l.source === node ? [k] : []));
    const hover = async (k: number) => {
      marksOf(el).querySelector(`[data-k="l${k}"]`)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
      await el.updateComplete;
    };
    await hover(first!);
    const upstream = [...overlayOf(el).querySelectorAll('[data-on]')].filter((m) => m.getAttribute('data-on')!.split(' ').every((key) => columnOf(key) < 2));
    expect(upstream.length, 'copies of flows and nodes left of the node').to.be.greaterThan(0);
    const touched = await mutated(overlayOf(el), () => hover(second!));
    expect(overlayOf(el).querySelector(`[data-on~="l${second}"]`), 'the new flow is drawn').to.not.equal(null);
    expect(overlayOf(el).querySelector(`[data-on~="l${first}"]`), 'the old one is not').to.equal(null);
    for (const copy of upstream) {
      expect(copy.isConnected, 'kept').to.equal(true);
      expect(touched.has(copy), 'not changed').to.equal(false);
    }
    expect(touched.size, 'fewer changes than copies').to.be.below(onPath(el).elements);
  });

  it('above 2,000 flows joins the flows into a few paths, copies the words when idle, and the pointer and the keyboard still reach each flow', async () => {
    const graph = layeredGraph({ nodes: 350, links: 2008, columns: 6 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:720px"><praksis-referral-sankey lang="da"></praksis-referral-sankey></div>`);
    const el = wrapper.querySelector('praksis-referral-sankey')!;
    await el.updateComplete;
    // The words over a highlight are copied after the first picture, when the browser is idle.
    const root = el.shadowRoot!;
    let wordsWithMarks: number | undefined;
    const observer = new MutationObserver(() => {
      if (wordsWithMarks === undefined && root.querySelector('svg.marks > .labels')) wordsWithMarks = root.querySelector('svg.words')!.childElementCount;
    });
    observer.observe(root, { subtree: true, childList: true });
    el.data = asDocument(graph, '350/2,008');
    while (wordsWithMarks === undefined) await new Promise((r) => requestAnimationFrame(r));
    observer.disconnect();
    expect(wordsWithMarks, 'no words in the layer over the highlight when the marks are drawn').to.equal(0);
    await new Promise((r) => requestIdleCallback(r));
    const labels = (svg: string) => [...root.querySelectorAll(`svg.${svg} text`)].map((t) => t.textContent);
    expect(labels('marks').length).to.be.greaterThan(0);
    expect(labels('words'), 'copied when idle').to.deep.equal(labels('marks'));
    const marks = marksOf(el);
    const joined = [...marks.querySelectorAll<SVGPathElement>('path.link')];
    expect(joined.length, 'a few hundred paths at most').to.be.below(2008 / 4);
    expect(marks.querySelector('path.link[data-k]')).to.equal(null);
    const keysOf = (path: Element) => path.getAttribute('data-on')!.split(' ');
    const ribbonsOf = (path: Element) => path.getAttribute('d')!.split(/(?=M)/);
    expect(joined.flatMap(keysOf).sort()).to.deep.equal(graph.links.map((_, k) => `l${k}`).sort(), 'every flow drawn once');
    for (const path of joined) expect(ribbonsOf(path)).to.have.length(keysOf(path).length);
    const ribbonOf = (k: number) => {
      const path = joined.find((p) => keysOf(p).includes(`l${k}`))!;
      return { path, d: ribbonsOf(path)[keysOf(path).indexOf(`l${k}`)]! };
    };
    // The pointer in the middle of the largest flow: M x0,a C xm,a xm,b x1,b V c C xm,c xm,d x0,d Z.
    const largest = graph.links.reduce((best, link, k) => (link.value > graph.links[best]!.value ? k : best), 0);
    const { path, d } = ribbonOf(largest);
    const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const [x, y] = [n[2]!, (n[1]! + n[5]! + n[8]! + n[14]!) / 4];
    const box = marks.getBoundingClientRect();
    const scale = box.width / marks.viewBox.baseVal.width;
    path.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse', clientX: box.left + x * scale, clientY: box.top + y * scale }));
    await el.updateComplete;
    // The tooltip names a flow whose own ribbon holds the point (where flows overlap, any of them).
    const [source, target] = el.shadowRoot!.querySelector('.tooltip strong')!.textContent.split(' → ');
    const pointed = graph.links.findIndex((l) => graph.nodes[l.source]!.name === source && graph.nodes[l.target]!.name === target);
    expect(pointed, 'a flow is highlighted').to.be.at.least(0);
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    shape.setAttribute('d', ribbonOf(pointed).d);
    probe.append(shape);
    document.body.append(probe);
    expect(shape.isPointInFill(new DOMPoint(x, y)), `flow ${pointed} is under the pointer`).to.equal(true);
    probe.remove();
    expect(overlayOf(el).querySelector(`[data-on~="l${pointed}"]`), 'and its path highlighted').to.not.equal(null);
    // The keyboard: from a node to its first flow, whose tab stop has that flow's own outline.
    stopOf(el).focus();
    press(el, 'ArrowRight');
    await el.updateComplete;
    const stop = stopOf(el);
    expect(stop.getAttribute('data-k')).to.match(/^l\d+$/);
    expect(stop.getAttribute('d')).to.equal(ribbonOf(Number(stop.getAttribute('data-k')!.slice(1))).d);
    // The SVG download draws every flow as a vector ribbon, as the diagram does.
    const keep = (event: Event) => event.preventDefault();
    el.addEventListener('praksis-download', keep);
    const download = oneEvent<CustomEvent<{ blob: Blob }>>(el, 'praksis-download');
    [...root.querySelectorAll<HTMLButtonElement>('[part~="download"]')].find((b) => b.textContent.trim() === 'SVG')!.click();
    const svg = new DOMParser().parseFromString(await (await download).detail.blob.text(), 'image/svg+xml');
    el.removeEventListener('praksis-download', keep);
    const ribbons = new Set([...svg.querySelectorAll('path')].flatMap((p) => p.getAttribute('d')!.split(/(?=M)/)));
    for (const path of joined) for (const d of ribbonsOf(path)) expect(ribbons.has(d), 'in the download').to.equal(true);
  });

  it('the overlay lets the pointer through to the marks', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'));
    await highlightOne(el);
    const flow = marksOf(el).querySelector('[data-k="l0"]')!;
    const r = flow.getBoundingClientRect();
    expect(el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)).to.equal(flow);
  });

  it('print shows the diagram at rest, also while a path is highlighted', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'));
    const words = () => part(el, 'diagram')!.querySelectorAll('svg.words text').length;
    expect(words(), 'the words over a highlight are copied at the first highlight').to.equal(0);
    await highlightOne(el);
    expect(words()).to.equal(marksOf(el).querySelectorAll('text').length);
    try {
      await emulateMedia({ media: 'print' });
      for (const layer of part(el, 'diagram')!.querySelectorAll('svg.overlay, svg.words')) expect(getComputedStyle(layer).display).to.equal('none');
      expect(getComputedStyle(marksOf(el)).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('the SVG download draws the diagram as it is at rest, without the shade, the copies or the tab stop', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'));
    const atRest = async () => {
      const keep = (event: Event) => event.preventDefault();
      el.addEventListener('praksis-download', keep);
      const event = oneEvent<CustomEvent<{ blob: Blob }>>(el, 'praksis-download');
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="download"]')].find((b) => b.textContent.trim() === 'SVG')!.click();
      const text = await (await event).detail.blob.text();
      el.removeEventListener('praksis-download', keep);
      return new DOMParser().parseFromString(text, 'image/svg+xml');
    };
    const plain = await atRest();
    // Highlighted by the pointer, which a click on the button does not move.
    marksOf(el).querySelector('[data-k="l1"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(overlayOf(el).classList.contains('active')).to.equal(true);
    const highlighted = await atRest();
    expect(overlayOf(el).classList.contains('active')).to.equal(true);
    const shapes = (svg: Document) => [...svg.querySelectorAll('path, rect')].map((s) => s.outerHTML);
    expect(highlighted.querySelectorAll('path')).to.have.length(7);
    expect(shapes(highlighted)).to.deep.equal(shapes(plain));
    const words = (svg: Document) => [...svg.querySelectorAll('text')].map((t) => t.textContent).join('|');
    expect(words(highlighted)).to.equal(words(plain));
    expect(highlighted.querySelector('[fill-opacity="0.85"]'), 'no shade').to.equal(null);
  });
});
