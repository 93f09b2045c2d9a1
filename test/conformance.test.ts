/**
 * What every widget must do, written once and run for each widget in the registry: bad input of
 * every kind becomes an accessible alert naming the JSON pointer and a praksis-error event, never a
 * throw or a blank box; data strings stay text; messages come in both languages; a drawn widget
 * says so once; the attributes it shares with static pages are read one way.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { PraksisErrorDetail } from '@praksis/core';
import '@praksis/widgets';
import { WIDGETS } from '@praksis/widgets/registry.js';
import { expectedErrors, loadExample, part, textOf } from './helpers.js';
import { BADGE_AT } from './hostile/widgets.js';

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

for (const widget of WIDGETS) {
  const kind = widget.kind.name;
  const tag = widget.tag;

  describe(`<${tag}> conformance`, () => {
    it('is registered under its tag', () => {
      expect(customElements.get(tag), tag).to.be.a('function');
    });

    it('shows every invalid example as an alert naming its JSON pointer, and fires praksis-error', async () => {
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
        const path = event.detail.errors[0]!.path;
        expect(path === expected[file] || path.startsWith(`${expected[file]}/`), `${file}: ${path}`).to.equal(true);
        expect(event.detail.errors[0]!.message, file).to.be.a('string').and.not.equal('');
        const panel = part(el, 'error');
        expect(panel?.getAttribute('role'), file).to.equal('alert');
        if (path) expect(textOf(panel!), file).to.contain(path);
        expect(el.shadowRoot!.querySelector(widget.figures), file).to.equal(null);
        expect(el.shadowRoot!.querySelector('a[href]'), file).to.equal(null);
        el.remove();
      }
    });

    it('never throws for data of the wrong type, and says what is wrong', async () => {
      for (const data of [null, 42, 'text', [], {}, { $schema: widget.kind.schemaId }, { $schema: 'https://example.org/other.json' }]) {
        const el = await drawn(tag, data);
        expect(part(el, 'error'), JSON.stringify(data)).to.not.equal(null);
        expect(textOf(el, '[part~="error"]'), JSON.stringify(data)).to.contain('Data');
        el.remove();
      }
    });

    it('explains errors in English too', async () => {
      const invalid = await loadExample(kind, 'invalid', widget.examples.invalid);
      const el = await drawn(tag, invalid, { lang: 'en' });
      expect(textOf(el, '[part~="error"]')).to.contain('The data cannot be shown');
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

    it('renders markup in data strings as inert text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const data = await loadExample<{ provenance: Record<string, unknown> }>(kind, 'valid', widget.examples.valid[0]);
      data.provenance = { ...data.provenance, publisher: evil, source: { da: evil, en: evil } };
      const el = await drawn(tag, data);
      expect(el.shadowRoot!.querySelector(widget.figures)).to.not.equal(null);
      expect(textOf(el)).to.contain(evil);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('follows the nearest lang and switches when it changes', async () => {
      const data = await loadExample(kind, 'valid', widget.examples.valid[0]);
      const wrapper = await fixture<HTMLDivElement>('<div lang="en"></div>');
      const el = document.createElement(tag) as Widget;
      if (tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
      el.data = data;
      wrapper.append(el);
      await el.updateComplete;
      const english = textOf(el);
      wrapper.lang = 'da';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      const danish = textOf(el);
      expect(danish).to.not.equal(english);
      expect(textOf(el, '[part~="footer"]')).to.match(/Kilde|Opgjort|Periode/);
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
