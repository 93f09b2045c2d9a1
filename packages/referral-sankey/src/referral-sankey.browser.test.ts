import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import type { ReferralSankey } from '@praksis/referral-sankey';
import { loadExample, part, rowsOf, textOf } from '../../../test/helpers.js';


const VALID = ['national-2022', 'by-region-fictional', 'three-stage-fictional', 'per-100-patients-fictional', 'practice-small-counts-fictional'];

async function sankey(
  data: unknown,
  attrs: { lang?: string; groupBelow?: number; suppressBelow?: number; width?: number; view?: string } = {},
): Promise<ReferralSankey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${attrs.width ?? 640}px">
    <praksis-referral-sankey
      lang=${attrs.lang ?? 'da'}
      view=${attrs.view ?? 'auto'}
      group-below=${attrs.groupBelow ?? 0}
      suppress-below=${attrs.suppressBelow ?? 0}
      .data=${data}
    ></praksis-referral-sankey>
  </div>`);
  const el = wrapper.querySelector('praksis-referral-sankey')!;
  await settle(el);
  return el;
}

/** Waits for the width to be measured and the diagram redrawn at it. */
async function settle(el: ReferralSankey): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

/** The drawn diagram (the marks), and the overlay over it with the highlight and the tab stop. */
const svgOf = (el: ReferralSankey) => part(el, 'diagram')!.querySelector<SVGSVGElement>('svg.marks')!;
const overlayOf = (el: ReferralSankey) => part(el, 'diagram')!.querySelector<SVGSVGElement>('svg.overlay')!;
const marks = (el: ReferralSankey) => [...svgOf(el).querySelectorAll<SVGElement>('[data-k]')];
const mark = (el: ReferralSankey, key: string) => svgOf(el).querySelector<SVGElement>(`[data-k="${key}"]`)!;
const focusedKey = (el: ReferralSankey) => el.shadowRoot!.activeElement?.getAttribute('data-k') ?? null;
/** The accessible name of the mark holding the tab stop, with Intl's no-break spaces as plain spaces. */
const nameOf = (m: Element) => (m.getAttribute('aria-label') ?? '').replace(/\s/g, ' ');
/** What holds the tab stop: the only focusable element of the diagram, standing in for one mark. */
const tabStop = (el: ReferralSankey) => part(el, 'diagram')!.querySelector<SVGElement>('[tabindex="0"]')!;
/** Walks the arrow keys from the tab stop to `key`, as a keyboard user does. */
async function focusMark(el: ReferralSankey, key: string): Promise<void> {
  tabStop(el).focus();
  const press = (k: string) => el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  press('Home');
  for (let n = 0; n < marks(el).length && focusedKey(el) !== key; n++) press('ArrowDown');
  expect(focusedKey(el)).to.equal(key);
  await el.updateComplete;
}
async function labelOf(el: ReferralSankey, key: string): Promise<string> {
  await focusMark(el, key);
  expect(tabStop(el).getAttribute('data-k')).to.equal(key);
  return nameOf(tabStop(el));
}
/** The marks drawn at full strength over the shade: the highlighted path. */
const onKeys = (el: ReferralSankey) => [...overlayOf(el).querySelectorAll('[data-on]')].flatMap((m) => m.getAttribute('data-on')!.split(' ')).sort();

async function openTable(el: ReferralSankey): Promise<HTMLTableElement> {
  (part(el, 'table-toggle') as HTMLButtonElement).click();
  await el.updateComplete;
  return part(el, 'table')!.querySelector('table')!;
}

describe('<praksis-referral-sankey> with the national 2022 referrals', () => {
  let el: ReferralSankey;
  beforeEach(async () => {
    el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'));
  });

  it('summarises the total and the three largest flows in words', () => {
    expect(textOf(el, '[part="title"]')).to.equal('Henvisninger fra almen praksis, 2022');
    const summary = textOf(el, '[part="summary"]');
    expect(summary).to.contain('I alt 5.420.564 henvisninger, 2022. De 3 største strømme:');
    // Each share names its base: the flows from its sender.
    expect(summary).to.contain('Almen praksis → Speciallæge: 1.893.921 (34,9 % af henvisninger fra Almen praksis)');
    expect(summary).to.contain('Almen praksis → Sygehus: 1.528.351 (28,2 % af henvisninger fra Almen praksis)');
    expect(summary).to.contain('Almen praksis → Billeddiagnostisk: 863.861 (15,9 % af henvisninger fra Almen praksis)');
  });

  it('draws eight nodes and seven flows, each labelled on the diagram with its count', () => {
    expect(svgOf(el).querySelectorAll('rect.node')).to.have.length(8);
    expect(svgOf(el).querySelectorAll('path.link')).to.have.length(7);
    const labels = [...svgOf(el).querySelectorAll('.labels text')].map((t) => t.textContent.replace(/\s+/g, ' ').trim());
    expect(labels).to.include.members(['Almen praksis5.420.564', 'Speciallæge1.893.921', 'Kommune47.656']);
  });

  it('shows every flow with its exact count and share in the table, and passes axe', async () => {
    const table = await openTable(el);
    expect(rowsOf(table)).to.deep.equal([
      'Almen praksis | Speciallæge | 1.893.921 | 34,9 %',
      'Almen praksis | Sygehus | 1.528.351 | 28,2 %',
      'Almen praksis | Billeddiagnostisk | 863.861 | 15,9 %',
      'Almen praksis | Fysioterapi | 835.769 | 15,4 %',
      'Almen praksis | Psykolog | 176.464 | 3,3 %',
      'Almen praksis | Fodterapi | 74.542 | 1,4 %',
      'Almen praksis | Kommune | 47.656 | 0,9 %',
    ]);
    expect(table.tFoot!.textContent.replace(/\s+/g, ' ').trim()).to.equal('I alt 5.420.564');
    // The title already gives the year: the caption does not repeat it.
    expect(table.caption!.textContent.trim()).to.equal('Henvisninger fra almen praksis, 2022');
    expect([...table.tHead!.rows[0]!.cells].map((c) => c.textContent.trim())).to.deep.equal(['Fra', 'Til', 'Antal', 'Andel af «Fra»']);
    await expect(el).to.be.accessible();
  });

  it('names the source (BDO 2023, table 5.9a; MedCom) and is not labelled fictional', () => {
    const footer = textOf(el, '[part="footer"]');
    expect(footer).to.contain('tabel 5.9a');
    expect(footer).to.contain('MedCom');
    expect(footer).to.contain('Øfeldt-henvisninger indgår ikke');
    expect(part(el, 'fictional')).to.equal(null);
  });

  it('gives every node and flow a name with its value and share', async () => {
    expect(await labelOf(el, 'n1')).to.equal('Speciallæge: 1.893.921 henvisninger, 34,9 % af alle henvisninger');
    expect(await labelOf(el, 'l0')).to.equal('Almen praksis → Speciallæge: 1.893.921 henvisninger, 34,9 % af henvisninger fra Almen praksis');
    expect(await labelOf(el, 'l6')).to.contain('47.656 henvisninger, 0,9 %');
    // Only the mark holding the tab stop is exposed, as an image with that name; it moves along.
    for (const m of marks(el)) {
      await focusMark(el, m.getAttribute('data-k')!);
      const images = [...el.shadowRoot!.querySelectorAll('[role="img"]')];
      expect(images.map((x) => x.getAttribute('data-k'))).to.deep.equal([m.getAttribute('data-k')]);
      expect(images[0]!.getAttribute('tabindex')).to.equal('0');
      expect(nameOf(images[0]!)).to.match(/: .*\d/);
      // It stands where the mark is drawn.
      const [a, b] = [images[0]!.getBoundingClientRect(), m.getBoundingClientRect()];
      expect([a.x, a.y, a.width, a.height].map(Math.round)).to.deep.equal([b.x, b.y, b.width, b.height].map(Math.round));
    }
  });
});

describe('<praksis-referral-sankey> first draw', () => {
  it('draws the diagram in the task the data arrives in, at the width of its box, and not again when the observer measures it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"><praksis-referral-sankey lang="da"></praksis-referral-sankey></div>`);
    const el = wrapper.querySelector('praksis-referral-sankey')!;
    const data = await loadExample('referral-flows', 'valid', 'national-2022');
    await new Promise((r) => requestAnimationFrame(r));
    let frames = 0;
    requestAnimationFrame(() => frames++);
    el.data = data;
    await el.updateComplete;
    await el.updateComplete;
    expect(frames, 'no frame yet').to.equal(0);
    const marks = part(el, 'diagram')!.querySelector('svg.marks')!;
    const width = marks.getAttribute('width');
    expect(Number(width), 'the width of its box').to.equal(Math.floor(el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect().width));
    expect(marks.querySelectorAll('path.link')).to.have.length(7);
    const drawn = marks.firstChild;
    // Not even rendered again: the observer's first report is the width already drawn.
    let updates = 0;
    const host = el as unknown as { updated(changed: unknown): void };
    const updated = host.updated.bind(el);
    host.updated = (changed) => (updates++, updated(changed));
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(updates, 'updates after the first draw').to.equal(0);
    expect(marks.isConnected && marks.firstChild, 'the same drawing after the measurement').to.equal(drawn);
    expect(marks.getAttribute('width')).to.equal(width);
  });
});

describe('<praksis-referral-sankey> keyboard', () => {
  let el: ReferralSankey;
  beforeEach(async () => {
    el = await sankey(await loadExample('referral-flows', 'valid', 'three-stage-fictional'));
  });

  it('has one tab stop, and the arrows walk every node and flow in reading order', async () => {
    const all = marks(el);
    expect(el.shadowRoot!.querySelectorAll('[tabindex="0"][data-k]')).to.have.length(1);
    // The marks are not focusable at all: no nameless focusable objects for screen readers.
    expect(all.filter((m) => m.hasAttribute('tabindex'))).to.have.length(0);
    tabStop(el).focus();
    expect(focusedKey(el)).to.equal('n0');
    const seen = [focusedKey(el)];
    for (let k = 0; k < all.length + 2; k++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      seen.push(focusedKey(el));
    }
    const unique = [...new Set(seen)];
    expect(unique).to.have.length(all.length, 'every node and flow, none twice');
    expect(unique.sort()).to.deep.equal(all.map((m) => m.getAttribute('data-k')).sort());
    // A node comes right before its own flows: the first region, then its four flows.
    expect(seen.slice(0, 5).map((k) => k![0])).to.deep.equal(['n', 'l', 'l', 'l', 'l']);
    // The tab stop moved with the focus.
    expect([...part(el, 'diagram')!.querySelectorAll('[tabindex]')].map((m) => m.getAttribute('data-k'))).to.deep.equal([focusedKey(el)]);
  });

  it('leaves Alt and Meta (⌘) with an arrow, Home or End to the browser: history, line ends', async () => {
    tabStop(el).focus();
    await el.updateComplete;
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowLeft', 'End']) {
      for (const modifier of [{ altKey: true }, { metaKey: true }]) {
        const event = new KeyboardEvent('keydown', { key, ...modifier, bubbles: true, composed: true, cancelable: true });
        el.shadowRoot!.activeElement!.dispatchEvent(event);
        await el.updateComplete;
        expect(event.defaultPrevented, `${key} ${JSON.stringify(modifier)}`).to.equal(false);
        expect(focusedKey(el)).to.equal('n0');
      }
    }
  });

  it('highlights the whole path of the flow in focus and describes it in the tooltip', async () => {
    tabStop(el).focus();
    await el.updateComplete;
    expect(overlayOf(el).classList.contains('active')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const key = focusedKey(el)!;
    expect(key).to.match(/^l\d+$/);
    const focused = tabStop(el);
    // The name says it all; the tooltip says the same to sighted readers and is not read twice.
    expect(focused.hasAttribute('aria-describedby')).to.equal(false);
    const tip = part(el, 'tooltip')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    // Region Øst's first flow, by position, is to Speciallæge: 41.200 of its 102.000.
    expect(textOf(el, '[part="tooltip"]')).to.equal(
      'Region Øst (fiktiv) → Speciallæge41.200 henvisninger40,4 % af henvisninger fra Region Øst (fiktiv)',
    );
    // The path: the region, the flow, Speciallæge and everything downstream of it.
    const on = onKeys(el);
    expect(on).to.include.members([key, 'n0']);
    expect(on.filter((k) => k.startsWith('l'))).to.have.length(1 + 5);
    expect(on).to.not.include('n1', 'the other region is not on the path');
    // Right follows the flow to its target; left goes back to its source.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(nameOf(tabStop(el))).to.match(/^Speciallæge: 69\.500 henvisninger/);
    expect(onKeys(el).filter((k) => k.startsWith('n'))).to.have.length(2 + 1 + 5);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(nameOf(tabStop(el))).to.match(/^Region (Øst|Vest) \(fiktiv\) → Speciallæge/);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedKey(el)).to.match(/^n\d+$/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('n0');
  });

  it('Escape hides the tooltip; leaving the diagram clears the highlight', async () => {
    tabStop(el).focus();
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(overlayOf(el).classList.contains('active')).to.equal(false);
    expect(onKeys(el)).to.deep.equal([]);
    expect(part(el, 'tooltip')!.hidden).to.equal(true);
  });

  it('shows a visible focus ring', async () => {
    // From the last control of the section before the chart, Tab enters the diagram.
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chart-intro button')].at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedKey(el)).to.equal('n0');
    await el.updateComplete;
    const style = getComputedStyle(tabStop(el));
    expect(style.strokeWidth).to.equal('3px');
    expect(style.stroke).to.not.equal(getComputedStyle(mark(el, 'n1')).stroke);
  });

  it('new data with fewer nodes and flows, while the last of them is in focus, draws and lets the old item go', async () => {
    tabStop(el).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const last = focusedKey(el)!;
    expect(Number(last.slice(1))).to.be.at.least(8);
    expect(part(el, 'tooltip')!.hidden).to.equal(false);
    let errors = 0;
    el.addEventListener('praksis-error', () => errors++);
    el.data = await loadExample('referral-flows', 'valid', 'national-2022');
    await settle(el);
    expect(errors, 'no error').to.equal(0);
    expect(part(el, 'error')).to.equal(null);
    expect(marks(el)).to.have.length(8 + 7);
    expect(tabStop(el).getAttribute('data-k')).to.equal('n0');
  });
});

describe('<praksis-referral-sankey> tab stops and the accessibility tree', () => {
  /** Everything Tab reaches from a button before the widget to a button after it, as element names. */
  async function tabStops(el: ReferralSankey): Promise<string[]> {
    const before = document.createElement('button');
    const after = document.createElement('button');
    before.textContent = 'før';
    after.textContent = 'efter';
    el.before(before);
    el.after(after);
    before.focus();
    const stops: string[] = [];
    for (let n = 0; n < 30; n++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement === after) break;
      const inner = el.shadowRoot!.activeElement;
      stops.push(inner ? `${inner.tagName.toLowerCase()}${inner.getAttribute('part') ? `[part=${inner.getAttribute('part')}]` : ''}${keyOf(inner)}` : String(document.activeElement?.tagName));
    }
    expect(document.activeElement).to.equal(after, 'Tab leaves the widget');
    return stops;
  }
  const keyOf = (inner: Element) => (inner.hasAttribute('data-k') ? `[data-k]` : '');

  for (const name of ['national-2022', 'three-stage-fictional']) {
    it(`${name}: Tab meets the diagram once, on a mark, never on the SVG itself`, async () => {
      const el = await sankey(await loadExample('referral-flows', 'valid', name));
      const stops = await tabStops(el);
      expect(stops.filter((s) => s.startsWith('svg'))).to.deep.equal([], 'the SVG is no tab stop of its own');
      expect(stops.filter((s) => s.endsWith('[data-k]'))).to.have.length(1, 'one tab stop for the whole diagram');
      // The rest are the toolbar's buttons and the table's box: the diagram adds one stop.
      expect(stops.filter((s) => !s.endsWith('[data-k]')).every((s) => /^(button|div\[part=table\]|a|summary)/.test(s))).to.equal(true, stops.join(', '));
      // Shift+Tab comes back through the same one mark.
      await sendKeys({ down: 'Shift' });
      let back = 0;
      for (let n = 0; n < 30 && document.activeElement !== el.previousElementSibling; n++) {
        await sendKeys({ press: 'Tab' });
        if (el.shadowRoot!.activeElement?.hasAttribute('data-k')) back++;
      }
      await sendKeys({ up: 'Shift' });
      expect(back).to.equal(1);
    });
  }

  interface AxNode {
    role: string;
    name?: string;
    description?: string;
    focusable?: boolean;
    focused?: boolean;
    children?: AxNode[];
  }
  const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

  it('every focusable mark has a name, and the mark in focus has no description that repeats it', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'three-stage-fictional'));
    for (const key of ['n0', 'l0', 'n5']) {
      await focusMark(el, key);
      const tree = flatten((await a11ySnapshot({})) as unknown as AxNode);
      const focusable = tree.filter((n) => n.focusable && n.role !== 'RootWebArea' && n.role !== 'WebArea');
      for (const node of focusable) expect(node.name ?? '', `a ${node.role} without a name`).to.not.equal('');
      const images = tree.filter((n) => n.role === 'image' || n.role === 'img');
      expect(images, 'one mark at a time is exposed').to.have.length(1);
      const focused = tree.find((n) => n.focused)!;
      expect(focused.name!.replace(/\s/g, ' ')).to.equal(nameOf(tabStop(el)));
      expect(focused.name).to.match(/: .*\d/);
      expect(focused.description ?? '', 'no description that reads the numbers again').to.equal('');
      // What the tooltip shows is not in the tree a second time.
      const numbers = /\d[\d.,]*\s?henvisning/.exec(focused.name!)![0];
      // (The section before the chart gives the data's range, which may be this flow's number.)
      const intro = el.shadowRoot!.querySelector('.chart-intro')?.textContent?.replace(/\s+/g, ' ') ?? '';
      const again = tree.filter((n) => n !== focused && (n.name ?? '').includes(numbers) && n.role !== 'image' && !intro.includes(n.name!.replace(/\s+/g, ' ')));
      expect(again).to.deep.equal([]);
    }
  });
});

describe('<praksis-referral-sankey> tooltip (WCAG 1.4.13)', () => {
  const tipOf = (el: ReferralSankey) => part(el, 'tooltip')!;
  const centre = (r: DOMRect): [number, number] => [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];

  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('Esc dismisses it while only the pointer shows it, with focus elsewhere on the page', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'));
    const outside = document.createElement('input');
    el.after(outside);
    outside.focus();
    await sendMouse({ type: 'move', position: centre(mark(el, 'l0').getBoundingClientRect()) });
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(false);
    expect(textOf(el, '[part="tooltip"]')).to.contain('Speciallæge');
    expect(document.activeElement).to.equal(outside);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(true);
    outside.remove();
  });

  it('is hoverable: the pointer can move onto it and it stays, with the same content and highlight', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'by-region-fictional'));
    // The widest flow, so the pointer is surely on it.
    const widest = marks(el)
      .filter((m) => m.classList.contains('link'))
      .sort((a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height)[0]!;
    await sendMouse({ type: 'move', position: centre(widest.getBoundingClientRect()) });
    await el.updateComplete;
    const text = textOf(el, '[part="tooltip"]');
    const on = onKeys(el);
    expect(text).to.not.equal('');
    const tipCentre = centre(tipOf(el).getBoundingClientRect());
    // The tooltip is what the pointer meets there, not a flow under it.
    expect(tipOf(el).contains(el.shadowRoot!.elementFromPoint(...tipCentre))).to.equal(true);
    await sendMouse({ type: 'move', position: tipCentre });
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(false);
    expect(textOf(el, '[part="tooltip"]')).to.equal(text);
    expect(onKeys(el)).to.deep.equal(on);
    // Leaving the chart altogether hides it.
    await sendMouse({ type: 'move', position: [2, Math.round(el.getBoundingClientRect().bottom + 40)] });
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(true);
  });

  for (const scaling of ['zoom: 1.25', 'zoom: 0.8', 'transform: scale(1.25); transform-origin: 0 0']) {
    it(`on a page that scales it (body { ${scaling} }) it still opens at the pointer, a corner over it`, async () => {
      const style = document.createElement('style');
      style.textContent = `body { ${scaling} }`;
      document.head.append(style);
      try {
        const el = await sankey(await loadExample('referral-flows', 'valid', 'by-region-fictional'), { view: 'sankey', width: 400 });
        const widest = marks(el)
          .filter((m) => m.classList.contains('link'))
          .sort((a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height)[0]!;
        widest.scrollIntoView({ block: 'center' });
        const [x, y] = centre(widest.getBoundingClientRect());
        // The first move loads the tooltip's code; the next ones place it.
        await sendMouse({ type: 'move', position: [x - 2, y] });
        await settle(el);
        await sendMouse({ type: 'move', position: [x, y] });
        await settle(el);
        const tip = tipOf(el).getBoundingClientRect();
        expect(tipOf(el).hidden).to.equal(false);
        const corner = Math.min(...[tip.left, tip.right].flatMap((cx) => [tip.top, tip.bottom].map((cy) => Math.hypot(cx - x, cy - y))));
        expect(corner, `the pointer (${x}, ${y}) at a corner of the tooltip (${Math.round(tip.left)}, ${Math.round(tip.top)}, ${Math.round(tip.right)}, ${Math.round(tip.bottom)})`).to.be.below(5);
      } finally {
        style.remove();
      }
    });
  }

  it('is reached from every node and flow: the pointer moves straight onto it without passing over another item', async function () {
    this.timeout(60_000);
    const hit = (el: ReferralSankey, x: number, y: number) => el.shadowRoot!.elementFromPoint(x, y)?.getAttribute('data-k');
    for (const name of ['by-region-fictional', 'three-stage-fictional']) {
      const el = await sankey(await loadExample('referral-flows', 'valid', name), { view: 'sankey' });
      // A pointer on its way to an item crosses the chart first, which loads the tooltip's code.
      await sendMouse({ type: 'move', position: centre(mark(el, 'n0').getBoundingClientRect()) });
      await el.updateComplete;
      let tested = 0;
      for (const m of marks(el)) {
        const key = m.getAttribute('data-k')!;
        m.scrollIntoView({ block: 'center' });
        const box = m.getBoundingClientRect();
        // A point where the pointer is on the item's own mark, not on a flow drawn over it.
        let start: [number, number] | undefined;
        for (let y = Math.ceil(box.top); y < box.bottom && !start; y += 2)
          for (let x = Math.ceil(box.left); x < box.right && !start; x += 2) if (hit(el, x, y) === key) start = [x, y];
        if (!start) continue;
        await sendMouse({ type: 'move', position: [0, 0] });
        await sendMouse({ type: 'move', position: start });
        await el.updateComplete;
        const text = textOf(el, '[part="tooltip"]');
        expect(text, key).to.not.equal('');
        // Straight to the nearest point 2 px inside the tooltip, a pixel at a time.
        const tip = tipOf(el).getBoundingClientRect();
        const end = [Math.min(Math.max(start[0], tip.left + 2), tip.right - 2), Math.min(Math.max(start[1], tip.top + 2), tip.bottom - 2)];
        const steps = Math.ceil(Math.max(Math.abs(end[0]! - start[0]), Math.abs(end[1]! - start[1])));
        for (let s = 1; s <= steps; s++) {
          const point: [number, number] = [Math.round(start[0] + ((end[0]! - start[0]) * s) / steps), Math.round(start[1] + ((end[1]! - start[1]) * s) / steps)];
          await sendMouse({ type: 'move', position: point });
          await el.updateComplete;
          expect(tipOf(el).hidden, `${name} ${key}`).to.equal(false);
          expect(textOf(el, '[part="tooltip"]'), `${name} ${key}, ${s} of ${steps} px on the way`).to.equal(text);
        }
        tested++;
      }
      expect(tested, name).to.be.greaterThan(20);
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });

  it('is persistent: it stays while the pointer rests, with no time limit', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'));
    await sendMouse({ type: 'move', position: centre(mark(el, 'l0').getBoundingClientRect()) });
    await el.updateComplete;
    const text = textOf(el, '[part="tooltip"]');
    await new Promise((r) => setTimeout(r, 1500));
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(false);
    expect(textOf(el, '[part="tooltip"]')).to.equal(text);
  });
});

describe('<praksis-referral-sankey> pointer and touch', () => {
  it('hover highlights a path and shows the tooltip; leaving clears it', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'));
    mark(el, 'l1').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(onKeys(el)).to.deep.equal(['l1', 'n0', 'n2']);
    expect(textOf(el, '[part="tooltip"]')).to.contain('1.528.351 henvisninger');
    svgOf(el).closest('.chart')!.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect(onKeys(el)).to.deep.equal([]);
    expect(part(el, 'tooltip')!.hidden).to.equal(true);
  });

  it('a tap highlights, a second tap on the same item clears', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'));
    const tap = (target: Element) => target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    tap(mark(el, 'n3'));
    await el.updateComplete;
    expect(onKeys(el)).to.deep.equal(['l2', 'n0', 'n3']);
    expect(textOf(el, '[part="tooltip"]')).to.contain('Billeddiagnostisk');
    tap(mark(el, 'n3'));
    await el.updateComplete;
    expect(onKeys(el)).to.deep.equal([]);
  });
});

describe('<praksis-referral-sankey> grouping and suppression', () => {
  it('group-below="0.05" gathers the three smallest destinations into Øvrige, and says so', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'), { groupBelow: 0.05 });
    expect(svgOf(el).querySelectorAll('rect.node')).to.have.length(6);
    const labels = [...svgOf(el).querySelectorAll('.labels text')].map((t) => t.textContent.replace(/\s+/g, ' ').trim());
    expect(labels).to.include('Øvrige298.662');
    expect(textOf(el, '[part="notes"]')).to.contain('Øvrige: Psykolog, Fodterapi og Kommune (hver under 5,0 % af det, der når frem).');
    const other = marks(el).filter((m) => m.tagName === 'rect').at(-1)!;
    expect(await labelOf(el, other.getAttribute('data-k')!)).to.equal(
      'Øvrige: 298.662 henvisninger, 5,5 % af alle henvisninger, Omfatter Psykolog, Fodterapi og Kommune',
    );
    // The table still has all seven flows.
    expect(rowsOf(await openTable(el))).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('shows counts under the document’s threshold as "< 5", never their value', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'practice-small-counts-fictional'));
    expect(textOf(el, '[part="notes"]')).to.contain('2 strømme med færre end 5 henvisninger vises som «< 5» og tælles ikke med i totaler og andele.');
    const rows = rowsOf(await openTable(el));
    expect(rows).to.include('Speciallæge | Psykiatri | < 5 | –');
    expect(rows).to.include('Speciallæge | Børne- og ungdomspsykiatri | < 5 | –');
    const hairlines = [...svgOf(el).querySelectorAll('path.link.suppressed')];
    expect(hairlines).to.have.length(2);
    for (const line of hairlines) {
      const name = await labelOf(el, line.getAttribute('data-k')!);
      expect(name).to.equal(`Speciallæge → ${name.includes('Børne') ? 'Børne- og ungdomspsykiatri' : 'Psykiatri'}: under 5, vises ikke`);
    }
    // Nowhere in the widget do the suppressed values 4 and 2 appear as flows.
    expect(el.shadowRoot!.textContent).to.not.match(/Psykiatri\D{0,5}4\b/);
    await expect(el).to.be.accessible();
  });

  it('a sender whose every flow is suppressed is below their thresholds added up, and so is the total: never "< 5" for two, nor "mindst 0"', async () => {
    const data = {
      $schema: 'https://praksis-widgets.dk/schema/v1/referral-flows.schema.json',
      title: 'Henvisninger fra én praksis',
      unit: 'count',
      period: { from: '2024-01-01', to: '2024-12-31' },
      suppressBelow: 5,
      nodes: [
        { id: 'praksis', label: 'Lægehuset' },
        { id: 'psykiatri', label: 'Psykiatri' },
        { id: 'psykolog', label: 'Psykolog' },
      ],
      links: [
        { source: 'praksis', target: 'psykiatri', value: 3 },
        { source: 'praksis', target: 'psykolog', value: 4 },
      ],
      provenance: { source: 'Praksis', publisher: 'Praksis', asOf: '2025-01-01', fictional: true },
    };
    const el = await sankey(data);
    expect(textOf(el, '[part="summary"]')).to.contain('I alt færre end 10 henvisninger, 2024.');
    expect(await labelOf(el, 'n0')).to.equal('Lægehuset: under 10, vises ikke');
    expect(svgOf(el).textContent).to.contain('< 10');
    const table = await openTable(el);
    expect(table.tFoot!.textContent.replace(/\s+/g, ' ').trim()).to.equal('I alt < 10');
    expect(el.shadowRoot!.textContent).to.not.match(/mindst 0|\b7\b/);
    const en = await sankey(data, { lang: 'en' });
    expect(textOf(en, '[part="summary"]')).to.contain('Fewer than 10 referrals in all, 2024.');
  });

  it('a node that leaves out a suppressed flow has at least its share of an exact total', async () => {
    const data = {
      $schema: 'https://praksis-widgets.dk/schema/v1/referral-flows.schema.json',
      title: 'Henvisninger',
      unit: 'count',
      period: { from: '2024-01-01', to: '2024-12-31' },
      suppressBelow: 5,
      nodes: ['Lægehuset', 'Speciallæge', 'Sygehus', 'Psykiatri'].map((id) => ({ id, label: id })),
      links: [
        { source: 'Lægehuset', target: 'Speciallæge', value: 100 },
        { source: 'Lægehuset', target: 'Sygehus', value: 50 },
        { source: 'Speciallæge', target: 'Psykiatri', value: 3 },
        { source: 'Sygehus', target: 'Psykiatri', value: 40 },
      ],
      provenance: { source: 'Praksis', publisher: 'Praksis', asOf: '2025-01-01', fictional: true },
    };
    const el = await sankey(data);
    expect(textOf(el, '[part="summary"]')).to.contain('I alt 150 henvisninger');
    expect(await labelOf(el, 'n3')).to.equal('Psykiatri: mindst 40 henvisninger, mindst 26,7 % af alle henvisninger, uden undertrykte strømme');
  });

  it('suppress-below raises the threshold for counts', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'practice-small-counts-fictional'), { suppressBelow: 30 });
    expect(rowsOf(await openTable(el))).to.include('Lægehuset ved Åen | Kommune | < 30 | –');
    expect(textOf(el, '[part="notes"]')).to.contain('3 strømme med færre end 30 henvisninger');
  });
});

describe('<praksis-referral-sankey> renders every valid example', () => {
  for (const name of VALID) {
    it(`${name}: diagram, summary, table, fictional label when fictional; passes axe`, async () => {
      const data = await loadExample<{ provenance: { fictional: boolean }; links: unknown[] }>('referral-flows', 'valid', name);
      const el = await fixture<ReferralSankey>(html`<praksis-referral-sankey></praksis-referral-sankey>`);
      const rendered = oneEvent(el, 'praksis-render');
      el.data = data;
      await rendered;
      await settle(el);
      expect(part(el, 'error')).to.equal(null);
      expect(svgOf(el).querySelectorAll('path.link')).to.have.length(data.links.length);
      expect(textOf(el, '[part="summary"]')).to.match(/\d/);
      expect(part(el, 'fictional') !== null).to.equal(data.provenance.fictional);
      expect(rowsOf(await openTable(el))).to.have.length(data.links.length);
      await expect(el).to.be.accessible();
    });
  }

  it('a rate per 100 listed patients has one decimal, and no node number, total or share anywhere, with the reason given', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'per-100-patients-fictional'));
    const why = 'Rater for forskellige afsendere kan ikke lægges sammen, så der vises ingen totaler, knudetal eller andele';
    expect(textOf(el, '[part="summary"]')).to.contain(`Henvisninger pr. 100 tilmeldte patienter, 2022. ${why}`);
    expect(textOf(el, '[part="summary"]')).to.contain('Region Hovedstaden → Speciallæge: 38,4');
    expect(textOf(el, '[part="summary"]')).to.not.contain('%');
    // Speciallæge receives five regions' rates; their sum (161,7) is no rate and is never drawn or said.
    const labels = [...svgOf(el).querySelectorAll('.labels text')].map((t) => t.textContent.replace(/\s+/g, ' ').trim());
    expect(labels).to.include.members(['Speciallæge', 'Region Hovedstaden']);
    expect(labels.join(' ')).to.not.match(/\d/);
    expect(await labelOf(el, 'n5')).to.equal('Speciallæge: rater lægges ikke sammen');
    expect(await labelOf(el, 'l0')).to.equal('Region Hovedstaden → Speciallæge: 38,4 henvisninger pr. 100 tilmeldte patienter');
    const table = await openTable(el);
    expect(rowsOf(table)[0]).to.equal('Region Hovedstaden | Speciallæge | 38,4');
    expect([...table.tHead!.rows[0]!.cells].map((c) => c.textContent.trim())).to.deep.equal(['Fra', 'Til', 'Pr. 100 tilmeldte patienter']);
    expect(table.tFoot!.textContent.replace(/\s+/g, ' ').trim()).to.contain(why);
    await expect(el).to.be.accessible();
  });

  it('stages become column headings', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'three-stage-fictional'));
    const headings = [...svgOf(el).querySelectorAll('.headings text')].map((t) => t.textContent.trim());
    expect(headings).to.deep.equal(['Region', 'Henvisningstype', 'Speciale eller afdeling']);
  });
});

describe('<praksis-referral-sankey> bad input', () => {

  it('names the nodes of a cycle and the unknown id', async () => {
    const cycle = await sankey(await loadExample('referral-flows', 'invalid', 'cycle'));
    expect(textOf(cycle, '[part="error"]')).to.contain('danner et kredsløb: region-oest → speciallaege → oejenlaege → region-oest');
    const unknown = await sankey(await loadExample('referral-flows', 'invalid', 'unknown-target'));
    expect(textOf(unknown, '[part="error"]')).to.contain('/links/3/target');
    expect(textOf(unknown, '[part="error"]')).to.contain('ingen knude har id «fysioterapeut»');
  });

  it('renders markup in labels as inert text', async () => {
    const data = await loadExample<{ nodes: { label: unknown }[] }>('referral-flows', 'valid', 'national-2022');
    const evil = '<img src=x onerror=alert(1)>';
    data.nodes[1]!.label = evil;
    const el = await sankey(data);
    expect(await labelOf(el, 'n1')).to.contain(evil);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

});

describe('<praksis-referral-sankey> in English', () => {
  it('speaks English with English number formatting', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'), { lang: 'en' });
    expect(textOf(el, '[part="title"]')).to.equal('Referrals from general practice, 2022');
    expect(textOf(el, '[part="summary"]')).to.contain('5,420,564 referrals in all, 2022. The 3 largest flows:');
    expect(textOf(el, '[part="summary"]')).to.contain(
      'General practice → Practising specialist: 1,893,921 (34.9% of referrals from General practice)',
    );
    expect(textOf(el, '[part="table-toggle"]')).to.equal('Show as table');
    const rows = rowsOf(await openTable(el));
    expect(rows[0]).to.equal('General practice | Practising specialist | 1,893,921 | 34.9%');
    expect(await labelOf(el, 'l6')).to.equal('General practice → Municipality: 47,656 referrals, 0.9% of referrals from General practice');
  });

  it('calls the grouped node Other', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'), { lang: 'en', groupBelow: 0.05 });
    expect(textOf(el, '[part="notes"]')).to.contain('Other: Psychologist, Podiatry and Municipality (each under 5.0% of what arrives).');
  });
});

describe('<praksis-referral-sankey> layout in the page', () => {
  it('redraws for a new width (ResizeObserver)', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'), { width: 640, view: 'sankey' });
    expect(svgOf(el).getAttribute('width')).to.equal(String(Math.floor(el.getBoundingClientRect().width - 2 - 32)));
    el.parentElement!.style.width = '400px';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(Number(svgOf(el).getAttribute('width'))).to.be.below(400);
  });

  it('fades the highlight in only when the reader allows motion', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'));
    tabStop(el).focus();
    await el.updateComplete;
    const shade = overlayOf(el).querySelector('.shade')!;
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(shade).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(shade).animationDuration).to.contain('0.12s');
  });
});

describe('<praksis-referral-sankey> numbers that hold', () => {
  const labelsOf = (el: ReferralSankey) => [...svgOf(el).querySelectorAll('.labels text')].map((t) => t.textContent.replace(/\s+/g, ' ').trim());

  async function csvText(el: ReferralSankey): Promise<string> {
    const keep = (event: Event) => event.preventDefault();
    el.addEventListener('praksis-download', keep);
    const event = oneEvent<CustomEvent<{ blob: Blob }>>(el, 'praksis-download');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="download"]')].find((b) => b.textContent.trim() === 'CSV')!.click();
    const text = await (await event).detail.blob.text();
    el.removeEventListener('praksis-download', keep);
    return text.replace(/^\uFEFF/, '');
  }

  it('a total with a suppressed flow says "mindst" in the label, its name, the summary, the table and the CSV', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'practice-small-counts-fictional'), { suppressBelow: 30 });
    // The practice's 23 municipal referrals are under 30: every total that would include them is a lower bound.
    expect(textOf(el, '[part="summary"]')).to.match(/^I alt mindst 2\.570 henvisninger, 2024\./);
    expect(labelsOf(el)).to.include('Lægehuset ved Åenmindst 2.570');
    expect(await labelOf(el, 'n0')).to.match(/^Lægehuset ved Åen: mindst 2\.570 henvisninger, 100,0 % af alle kendte henvisninger/);
    const table = await openTable(el);
    expect(table.tFoot!.textContent.replace(/\s+/g, ' ').trim()).to.equal('I alt mindst 2.570');
    expect((await csvText(el)).split('\r\n')).to.include('I alt;;mindst 2570;');
    await expect(el).to.be.accessible();
  });

  it('group-below="0.4" keeps the two largest destinations apart instead of drawing one 100 % "Øvrige"', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'national-2022'), { groupBelow: 0.4 });
    expect(svgOf(el).querySelectorAll('rect.node')).to.have.length(4);
    expect(labelsOf(el)).to.include.members(['Speciallæge1.893.921', 'Sygehus1.528.351', 'Øvrige1.998.292']);
    const notes = textOf(el, '[part="notes"]');
    expect(notes).to.contain('Øvrige: Billeddiagnostisk, Fysioterapi, Psykolog, Fodterapi og Kommune (hver under 40,0 % af det, der når frem).');
    expect(notes).to.contain('2 modtagere under grænsen vises for sig, fordi de to største modtagere aldrig samles i Øvrige.');
    expect(await labelOf(el, 'n3')).to.contain('36,9 % af alle henvisninger');
  });

  it('at 240 px the five regions keep names that tell them apart, big numbers are shortened, and a note says so', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'by-region-fictional'), { width: 240, view: 'sankey' });
    const labels = [...svgOf(el).querySelectorAll('.labels text')];
    const names = labels.map((t) => t.querySelector('.name')!.textContent.trim());
    expect(new Set(names).size).to.equal(names.length);
    expect(names.filter((n) => n.startsWith('Region')).length + names.filter((n) => n.startsWith('…')).length).to.be.at.least(5);
    expect(names).to.not.include('Region…');
    // Every node keeps a number: in full or short ("1,9 mio."), never silently gone.
    for (const t of labels) expect(t.querySelector('.value')!.textContent.trim(), t.textContent).to.match(/\d/);
    expect(textOf(el, '[part="notes"]')).to.contain('Nogle navne og tal er forkortet i diagrammet for at få plads');
    // Full names stay in the accessible names.
    expect(await labelOf(el, 'n3')).to.match(/^Region Midtjylland: /);
  });

  it('at 720 px nothing is shortened and there is no such note', async () => {
    const el = await sankey(await loadExample('referral-flows', 'valid', 'by-region-fictional'), { width: 720 });
    expect(textOf(el, '[part="notes"]')).to.not.contain('forkortet');
  });

  it('one referral is "1 henvisning" / "1 referral"', async () => {
    const doc = await loadExample<{ nodes: unknown[]; links: { value: number }[] }>('referral-flows', 'valid', 'national-2022');
    doc.nodes = doc.nodes.slice(0, 2);
    doc.links = [{ ...doc.links[0]!, value: 1 }];
    const da = await sankey(doc);
    expect(textOf(da, '[part="summary"]')).to.contain('I alt 1 henvisning, 2022. Største strøm:');
    expect(await labelOf(da, 'n1')).to.match(/^Speciallæge: 1 henvisning,/);
    const en = await sankey(doc, { lang: 'en' });
    expect(textOf(en, '[part="summary"]')).to.contain('1 referral in all, 2022. Largest flow:');
  });
});
