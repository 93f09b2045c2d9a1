/**
 * What every widget must do, written once and run for each widget in the registry: bad input of
 * every kind becomes an accessible alert that says so in a plain sentence, with the JSON pointer in
 * its disclosure, and a praksis-error event, never a throw or a blank box; data strings stay text;
 * messages come in both languages; a drawn widget says so once; screen readers meet a section
 * before the chart and hear later changes; the document's description describes the chart and the
 * SVG download; the attributes it shares with static pages are read one way.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { snapshot } from '@praksis/core/export.js';
import type { PraksisErrorDetail } from '@praksis/core';
import '@praksis/widgets';
import { WIDGETS } from '@praksis/widgets/registry.js';
import { expectedErrors, loadExample, part, textOf } from './helpers.js';
import { BADGE_AT } from './hostile/widgets.js';
import { flatten, readingOrder, type AxNode } from './a11y-tree.js';

type ErrorEvent = CustomEvent<PraksisErrorDetail>;
type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

/** A fresh element of the widget, in the page, with a fixed moment for the badge. */
async function place(tag: string, attributes: Record<string, string> = {}): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  if (tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const host = await fixture<HTMLDivElement>('<div></div>');
  host.append(el);
  await el.updateComplete;
  return el;
}

/** Two frames and an update: a widget that draws at its measured width has drawn at it. */
async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

async function drawn(tag: string, data: unknown, attributes: Record<string, string> = {}): Promise<Widget> {
  const el = await place(tag, attributes);
  el.data = data;
  await settle(el);
  return el;
}

/** Whether `a` comes before `b` in the document (shadow roots included, as both are in one). */
const before = (a: Node, b: Node): boolean => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

const PLAIN = {
  da: 'Grafikken kan ikke vises, fordi dataene er ufuldstændige.',
  en: 'The chart cannot be shown because the data is incomplete.',
};

/** Attributes that show a widget's table view at all: the compact badge keeps it for its expanded state. */
const WITH_TABLE: Record<string, Record<string, string>> = { 'praksis-hours-badge': { variant: 'full' } };

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The alert's own first words, before its disclosure. */
const firstWordsOf = (alert: Element): string => (alert.firstElementChild?.textContent ?? '').replace(/\s+/g, ' ').trim();

for (const widget of WIDGETS) {
  const kind = widget.kind.name;
  const tag = widget.tag;

  describe(`<${tag}> conformance`, () => {
    it('is registered under its tag', () => {
      expect(customElements.get(tag), tag).to.be.a('function');
    });

    it('shows every invalid example as an alert in plain words, its JSON pointer in a disclosure, and fires praksis-error', async () => {
      const expected = await expectedErrors(kind);
      const names = Object.keys(expected);
      expect(names.length, kind).to.be.greaterThan(10);
      for (const file of names) {
        const el = await place(tag);
        const errored = oneEvent<ErrorEvent>(el, 'praksis-error');
        el.data = await loadExample(kind, 'invalid', file.replace(/\.json$/, ''));
        const event = await errored;
        await el.updateComplete;
        // The validator may point inside a oneOf value, under the expected pointer (packages/schema/test/examples.test.ts).
        const path = event.detail.errors[0].path;
        expect(path === expected[file] || path.startsWith(`${expected[file]}/`), `${file}: ${path}`).to.equal(true);
        expect(event.detail.errors[0].message, file).to.be.a('string').and.not.equal('');
        const panel = part(el, 'error');
        expect(panel?.getAttribute('role'), file).to.equal('alert');
        // A reader is told first, in a plain sentence; the pointer is for the embedder, in a closed disclosure.
        expect(firstWordsOf(panel!), file).to.equal(PLAIN.da);
        const details = panel!.querySelector('details');
        expect(details, file).to.not.equal(null);
        expect(details!.open, file).to.equal(false);
        if (path) expect(details!.querySelector('code')?.textContent, file).to.equal(path);
        expect(textOf(details!), file).to.contain(event.detail.errors[0].message);
        expect(el.shadowRoot!.querySelector(widget.figures), file).to.equal(null);
        expect(el.shadowRoot!.querySelector('a[href]'), file).to.equal(null);
        el.remove();
      }
    });

    it('never throws for data of the wrong type, and says what is wrong', async () => {
      for (const data of [null, 42, 'text', [], {}, { $schema: widget.kind.schemaId }, { $schema: 'https://example.org/other.json' }]) {
        const el = await drawn(tag, data);
        expect(part(el, 'error'), JSON.stringify(data)).to.not.equal(null);
        expect(firstWordsOf(part(el, 'error')!), JSON.stringify(data)).to.equal(PLAIN.da);
        expect(textOf(part(el, 'error')!.querySelector('details')!), JSON.stringify(data)).to.not.equal('');
        el.remove();
      }
    });

    it('explains errors in English too', async () => {
      const invalid = await loadExample(kind, 'invalid', widget.examples.invalid);
      const el = await drawn(tag, invalid, { lang: 'en' });
      expect(firstWordsOf(part(el, 'error')!)).to.equal(PLAIN.en);
      expect(textOf(el, '[part~="error"] summary')).to.equal('Technical details');
    });

    it('says the plain sentence first to screen readers; the details stay closed until asked for', async () => {
      const invalid = await loadExample(kind, 'invalid', widget.examples.invalid);
      const el = await drawn(tag, invalid);
      const nodes = await readingOrder();
      const alert = nodes.find((node) => node.role === 'alert');
      expect(alert, 'an alert').to.not.equal(undefined);
      const inside = flatten(alert!).slice(1);
      const texts = inside.filter((node) => node.name).map((node) => node.name!);
      expect(texts[0]).to.equal(PLAIN.da);
      expect(texts).to.include('Tekniske detaljer');
      // The pointer is not read until the disclosure is opened.
      const path = (await expectedErrors(kind))[`${widget.examples.invalid}.json`]!;
      expect(texts.join(' ')).to.not.contain(path);
      part(el, 'error')!.querySelector('summary')!.click();
      await el.updateComplete;
      const opened = (await readingOrder()).map((node) => node.name ?? '').join(' ');
      expect(opened).to.contain(path);
    });

    it('says that no data was given rather than showing an empty box', async () => {
      const el = await place(tag);
      expect(textOf(el, '[part~="status"]')).to.contain('Ingen data endnu');
      const en = await place(tag, { lang: 'en' });
      expect(textOf(en, '[part~="status"]')).to.not.equal('');
      expect(textOf(en, '[part~="status"]')).to.not.contain('Ingen data');
    });

    it('draws each valid example, fires praksis-render once, and passes axe', async function () {
      // axe over a large table takes a few seconds.
      this.timeout(30_000);
      for (const name of widget.examples.valid) {
        const el = await place(tag);
        let renders = 0;
        el.addEventListener('praksis-render', () => (renders += 1));
        const rendered = oneEvent(el, 'praksis-render');
        el.data = await loadExample(kind, 'valid', name);
        await rendered;
        await settle(el);
        expect(el.shadowRoot!.querySelector(widget.figures), name).to.not.equal(null);
        expect(part(el, 'error'), name).to.equal(null);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(renders, `${name}: praksis-render once`).to.equal(1);
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it('renders markup in data strings as inert text, and breaks a word too long for its line', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      // A web address in a source can hold a word wider than a phone column.
      const address = `https://www.sundhed.dk/rapport?id=${'0123456789abcdef'.repeat(6)}`;
      const data = await loadExample<{ provenance: Record<string, unknown> }>(kind, 'valid', widget.examples.valid[0]);
      data.provenance = { ...data.provenance, publisher: evil, source: { da: `${evil} ${address}`, en: `${evil} ${address}` } };
      const el = await drawn(tag, data, { style: 'max-width: 320px', ...WITH_TABLE[tag] });
      expect(el.shadowRoot!.querySelector(widget.figures)).to.not.equal(null);
      expect(textOf(el)).to.contain(evil);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      for (const line of part(el, 'footer')!.querySelectorAll('*')) expect(line.getBoundingClientRect().right).to.be.at.most(frame.right);
    });

    // In the page, and inside another component's shadow root, which a page-wide observer does not reach.
    for (const place of ['in the page', 'inside another component’s shadow root'] as const) {
      it(`follows the nearest lang ${place} and switches when it changes`, async () => {
        const data = await loadExample(kind, 'valid', widget.examples.valid[0]);
        const host = await fixture<HTMLDivElement>('<div></div>');
        const wrapper = document.createElement('div');
        wrapper.lang = 'en';
        (place === 'in the page' ? host : host.attachShadow({ mode: 'open' })).append(wrapper);
        const el = document.createElement(tag) as Widget;
        if (tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
        el.data = data;
        wrapper.append(el);
        await el.updateComplete;
        const english = textOf(el);
        wrapper.lang = 'da';
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect((el as Widget & { language: string }).language).to.equal('da');
        expect(textOf(el)).to.not.equal(english);
        expect(textOf(el, '[part~="footer"]')).to.match(/Kilde|Opgjort|Periode/);
      });
    }

    it('opens with a screen-reader section before the chart: its type, structure and range, a way to the table and a way past', async () => {
      const data = await loadExample(kind, 'valid', widget.examples.valid[0]);
      const el = await drawn(tag, data, WITH_TABLE[tag]);
      const root = el.shadowRoot!;
      const intro = part(el, 'chart-intro')!;
      const chart = root.querySelector(widget.figures)!;
      const end = root.getElementById('chart-end')!;
      expect(intro, 'section').to.not.equal(null);
      expect(chart, 'chart').to.not.equal(null);
      // Reading order in the DOM: title, section, chart, end of chart, toolbar.
      expect(before(part(el, 'title')!, intro), 'title first').to.equal(true);
      expect(before(intro, chart), 'section before the chart').to.equal(true);
      expect(before(chart, end), 'end after the chart').to.equal(true);
      expect(before(end, part(el, 'table-toggle')!), 'end before the toolbar').to.equal(true);
      // What it says is what the descriptor says, for static pages too.
      const options = Object.fromEntries(Object.keys(widget.options).map((key) => [key, (el as unknown as Record<string, unknown>)[key]]));
      const outline = widget.outline(data, 'da', options);
      expect(outline.type, 'type').to.not.equal('');
      expect(outline.structure, 'structure').to.not.equal('');
      const said = textOf(intro);
      for (const sentence of [outline.type, outline.structure, outline.range]) expect(said).to.contain(collapse(sentence));
      // Visually hidden, but in the accessibility tree, in this order.
      expect(intro.querySelector('p')!.getBoundingClientRect().width).to.be.at.most(1);
      const nodes = await readingOrder();
      const at = (test: (node: AxNode) => boolean) => nodes.findIndex(test);
      const heading = at((node) => node.role === 'heading');
      const type = at((node) => collapse(node.name ?? '').includes(collapse(outline.type)));
      const toTable = at((node) => node.role === 'button' && node.name === 'Gå til tabellen med tallene');
      const skip = at((node) => node.role === 'button' && node.name === 'Spring forbi grafikken');
      const chartEnd = at((node) => node.name === 'Slut på grafikken.');
      const toggle = at((node) => node.role === 'button' && node.name === 'Vis som tabel');
      expect([heading, type, toTable, skip].every((i) => i >= 0), `${heading} ${type} ${toTable} ${skip}`).to.equal(true);
      expect(heading < type && type < toTable && toTable < skip, 'heading, outline, buttons').to.equal(true);
      // The chart's own nodes lie between the section and its end.
      expect(chartEnd - skip, 'the chart in between').to.be.greaterThan(1);
      expect(chartEnd < toggle, 'end before the toolbar').to.equal(true);
    });

    it('its skip button moves focus past the chart and shows while focused; its table button opens the table and focuses it', async () => {
      const el = await drawn(tag, await loadExample(kind, 'valid', widget.examples.valid[0]), WITH_TABLE[tag]);
      const root = el.shadowRoot!;
      const toTable = part(el, 'go-to-table');
      const skip = part(el, 'skip-chart');
      skip!.focus();
      expect(skip!.getBoundingClientRect().width, 'visible when focused').to.be.greaterThan(20);
      await sendKeys({ press: 'Enter' });
      expect(root.activeElement?.id).to.equal('chart-end');
      expect(before(root.querySelector(widget.figures)!, root.activeElement!)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement, 'Tab goes on to the toolbar').to.equal(part(el, 'table-toggle'));
      toTable!.click();
      await el.updateComplete;
      await settle(el);
      expect(part(el, 'table-toggle')!.getAttribute('aria-expanded')).to.equal('true');
      expect(root.activeElement).to.equal(part(el, 'table'));
      expect(part(el, 'table')!.querySelector('table'), 'the table is drawn').to.not.equal(null);
    });

    it("takes the document's description as the chart's accessible description and the SVG download's <desc>", async () => {
      const data = await loadExample<Record<string, unknown>>(kind, 'valid', widget.examples.valid[0]);
      const plain = await drawn(tag, data);
      expect(plain.shadowRoot!.getElementById('chart-description'), 'none without one').to.equal(null);
      expect(plain.shadowRoot!.querySelector(widget.figures)!.getAttribute('aria-describedby') ?? '').to.not.contain('chart-description');
      expect(snapshot(plain as unknown as Parameters<typeof snapshot>[0]).svg).to.not.contain('<desc');
      plain.remove();
      const description = { da: 'Redaktionens beskrivelse <b>med</b> & tegn.', en: "The editor's description." };
      const el = await drawn(tag, { ...data, description });
      const chart = el.shadowRoot!.querySelector(widget.figures)!;
      const ids = (chart.getAttribute('aria-describedby') ?? '').split(' ');
      const target = el.shadowRoot!.getElementById('chart-description');
      expect(ids).to.include('chart-description');
      expect(target?.textContent).to.equal(description.da);
      expect(el.shadowRoot!.querySelector('b'), 'text, not HTML').to.equal(null);
      const svg = new DOMParser().parseFromString(snapshot(el as unknown as Parameters<typeof snapshot>[0]).svg, 'image/svg+xml');
      expect(svg.querySelector('svg > desc')?.textContent).to.equal(description.da);
      expect(svg.querySelector('b')).to.equal(null);
      el.lang = 'en';
      await settle(el);
      expect(el.shadowRoot!.getElementById('chart-description')?.textContent).to.equal(description.en);
    });

    it('marks a title or description given only in the other language with that language, on screen and in the SVG', async () => {
      const data = await loadExample<Record<string, unknown>>(kind, 'valid', widget.examples.valid[0]);
      // Where the title is: the practice's or unit's name, or the chart's own title.
      const withTitle = (title: unknown): Record<string, unknown> => {
        for (const owner of ['practice', 'unit'] as const) {
          const o = data[owner] as Record<string, unknown> | undefined;
          if (typeof o === 'object' && o !== null && 'name' in o) return { ...data, [owner]: { ...o, name: title } };
        }
        return { ...data, title };
      };
      const el = await drawn(tag, { ...withTitle({ en: 'English title' }), description: { en: 'English only.' } });
      expect(part(el, 'title')!.getAttribute('lang')).to.equal('en');
      expect(el.shadowRoot!.getElementById('chart-description')!.getAttribute('lang')).to.equal('en');
      const svg = new DOMParser().parseFromString(snapshot(el as unknown as Parameters<typeof snapshot>[0]).svg, 'image/svg+xml');
      const xmlLang = (e: Element | null) => e?.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang');
      expect(xmlLang(svg.querySelector('svg > title'))).to.equal('en');
      expect(xmlLang(svg.querySelector('svg > desc'))).to.equal('en');
      // In the widget's language, or in both: nothing to mark.
      el.lang = 'en';
      await settle(el);
      expect(part(el, 'title')!.hasAttribute('lang')).to.equal(false);
      expect(el.shadowRoot!.getElementById('chart-description')!.hasAttribute('lang')).to.equal(false);
      el.data = { ...withTitle({ da: 'Dansk titel', en: 'English title' }), description: { da: 'Dansk.', en: 'English.' } };
      el.lang = 'da';
      await settle(el);
      expect(part(el, 'title')!.hasAttribute('lang')).to.equal(false);
      expect(el.shadowRoot!.getElementById('chart-description')!.hasAttribute('lang')).to.equal(false);
    });

    it('announces new data politely after the first draw, not on it', async () => {
      const data = await loadExample<Record<string, unknown>>(kind, 'valid', widget.examples.valid[0]);
      const el = await drawn(tag, data);
      const region = part(el, 'announcement')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(region), 'silent on the first draw').to.equal('');
      // Moved in the page, it draws the same document again: nothing new to say.
      el.parentElement!.append(el);
      await settle(el);
      expect(textOf(part(el, 'announcement')!), 'silent after a move').to.equal('');
      const other = await loadExample(kind, 'valid', widget.examples.valid[1] ?? widget.examples.valid[0]);
      const live = part(el, 'announcement')!;
      el.data = other;
      await settle(el);
      expect(part(el, 'announcement'), 'the same live region').to.equal(live);
      const { title, figure } = widget.summary(other, 'da', Object.fromEntries(Object.keys(widget.options).map((k) => [k, (el as unknown as Record<string, unknown>)[k]])));
      expect(textOf(live)).to.match(/^Opdateret: /);
      expect(textOf(live)).to.contain(title);
      expect(textOf(live)).to.contain(collapse(figure));
      // A language switch is not new data: nothing new is said.
      const said = textOf(live);
      el.lang = 'en';
      await settle(el);
      expect(textOf(live)).to.equal(said);
      el.data = structuredClone(data);
      await settle(el);
      expect(textOf(live)).to.match(/^Updated: /);
    });

    it('says nothing when a move in the page reads the same JSON text again, from an inline script or src', async () => {
      const data = await loadExample<Record<string, unknown>>(kind, 'valid', widget.examples.valid[0]);
      const text = JSON.stringify(data);
      const inline = document.createElement(tag) as Widget;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      inline.append(script);
      const src = document.createElement(tag) as Widget & { src: string };
      src.src = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      for (const el of [inline, src]) {
        if (tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
        const host = await fixture<HTMLDivElement>('<div></div>');
        const rendered = oneEvent(el, 'praksis-render');
        host.append(el);
        await rendered;
        await settle(el);
        const again = oneEvent(el, 'praksis-render');
        host.append(el);
        await again;
        await settle(el);
        expect(textOf(part(el, 'announcement')!), el === src ? 'src' : 'inline').to.equal('');
      }
      // Other text in the same script is new data.
      script.textContent = JSON.stringify({ ...data, description: 'Ny beskrivelse.' });
      await settle(inline);
      expect(textOf(part(inline, 'announcement')!)).to.match(/^Opdateret: /);
    });

    it('offers the way to the table only where the table view can be opened', async () => {
      const el = await drawn(tag, await loadExample(kind, 'valid', widget.examples.valid[0]));
      const shown = (name: string) => part(el, name)!.getClientRects().length > 0;
      expect(shown('go-to-table')).to.equal(shown('table-toggle'));
      expect(shown('skip-chart')).to.equal(true);
    });

    it('reads the attributes it shares with static pages as its descriptor does', () => {
      const ctor = customElements.get(tag) as unknown as { elementProperties: Map<string, { attribute?: string | boolean; converter?: unknown }> };
      for (const [key, option] of Object.entries(widget.options)) {
        const declared = ctor.elementProperties.get(key);
        expect(declared, `${tag}.${key}`).to.not.equal(undefined);
        // No attribute named: Lit uses the property's name in lower case.
        const attribute = typeof declared!.attribute === 'string' ? declared!.attribute : key.toLowerCase();
        expect(attribute, `${tag}.${key}`).to.equal(option.attribute);
        expect(declared!.converter, `${tag}.${key}: one reading`).to.equal(option);
      }
    });
  });
}
