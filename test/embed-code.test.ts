import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '@praksis/widgets';
import { mountEmbedCode, type EmbedCodeTool } from '../scripts/docs/embed-code/embed-code.js';
import { srcSnippet, widgetByName } from '../scripts/docs/embed-code/snippets.js';
import { EXAMPLES, loadExample, part, textOf } from './helpers.js';

const CAPACITY_URL = `${EXAMPLES}/capacity/valid/practice-minimal.json`;

async function mount(options: Parameters<typeof mountEmbedCode>[1] = {}): Promise<{ host: HTMLElement; tool: EmbedCodeTool }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const tool = mountEmbedCode(host, { examplesBase: EXAMPLES, ...options });
  return { host, tool };
}

function field<T extends HTMLElement>(host: HTMLElement, selector: string): T {
  const el = host.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
}

/** Types into a field the way a reader does: value, then an input event. */
function type(host: HTMLElement, selector: string, value: string): void {
  const input = field<HTMLInputElement | HTMLTextAreaElement>(host, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(host: HTMLElement, selector: string, value: string): void {
  const select = field<HTMLSelectElement>(host, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function radio(host: HTMLElement, name: string, value: string): HTMLInputElement {
  return field<HTMLInputElement>(host, `input[name="${name}"][value="${value}"]`);
}

async function submit(host: HTMLElement, tool: EmbedCodeTool): Promise<void> {
  field<HTMLButtonElement>(host, 'button[type="submit"]').click();
  await tool.whenChecked();
}

async function previewWidget(host: HTMLElement, tag: string): Promise<LitElement> {
  const widget = field<LitElement>(host, `.ec-preview ${tag}`);
  await widget.updateComplete;
  return widget;
}

function problems(host: HTMLElement): string[] {
  return [...host.querySelectorAll('#ec-problems li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The document inside an inline snippet, read back the way a browser parses the snippet. */
function parseInlineSnippet(code: string, tag: string): unknown {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');
  const widget = doc.body.querySelector(tag);
  expect(widget, 'widget element in the snippet').to.not.equal(null);
  const scripts = widget!.querySelectorAll('script[type="application/json"]');
  expect(scripts).to.have.length(1);
  return JSON.parse(scripts[0]!.textContent);
}

describe('embed code page', () => {
  it('checks pasted valid JSON, previews it in the real widget and shows the inline snippet', async () => {
    const { host, tool } = await mount();
    const data = await loadExample('capacity', 'valid', 'national-2017-2022');
    type(host, '#ec-json', JSON.stringify(data));
    await submit(host, tool);

    expect(field(host, '#ec-status').getAttribute('role')).to.equal('status');
    expect(field(host, '#ec-status').textContent).to.contain('Valid capacity document');
    expect(host.querySelector('#ec-problems')).to.equal(null);

    const widget = await previewWidget(host, 'praksis-capacity-gauge');
    expect(textOf(widget, '[part="figure"]')).to.equal('1.646 tilmeldte patienter pr. kapacitet');

    const code = field<HTMLTextAreaElement>(host, '#ec-code').value;
    // By default the docs site's own CDN folder, as an absolute URL, so the snippet works as pasted elsewhere.
    expect(code.split('\n')[0]).to.equal(`<script type="module" src="${new URL('cdn/praksis-autoloader.js', document.baseURI).href}" crossorigin="anonymous"></script>`);
    expect(parseInlineSnippet(code, 'praksis-capacity-gauge')).to.deep.equal(data);
    expect(radio(host, 'ec-route', 'inline').checked).to.equal(true);
    expect(radio(host, 'ec-route', 'src').disabled).to.equal(true);
    expect(radio(host, 'ec-route', 'iframe').disabled).to.equal(true);
  });

  it('keeps script-breaking text inside the inline snippet’s JSON', async () => {
    const { host, tool } = await mount();
    const data = await loadExample('capacity', 'valid', 'practice-minimal');
    (data.unit as { name: string }).name = 'Lægerne </script><script src="x.js"></script> <!-- ';
    type(host, '#ec-json', JSON.stringify(data));
    await submit(host, tool);
    const code = field<HTMLTextAreaElement>(host, '#ec-code').value;
    expect(parseInlineSnippet(code, 'praksis-capacity-gauge')).to.deep.equal(data);
    const widget = await previewWidget(host, 'praksis-capacity-gauge');
    expect(textOf(widget)).to.contain('Lægerne </script><script src="x.js"></script> <!--');
  });

  it('shows the JSON pointer and message of each problem, and the widget shows its error panel', async () => {
    const { host, tool } = await mount();
    const data = await loadExample('capacity', 'invalid', 'missing-norm');
    type(host, '#ec-json', JSON.stringify(data, null, 2));
    await submit(host, tool);

    expect(field(host, '#ec-status').textContent).to.equal('One problem found. Fix it to get the code.');
    const [first] = problems(host);
    expect(first).to.match(/^\/norm /);
    expect(first).to.contain('norm');
    expect(field(host, '.ec-pointer').textContent).to.equal('/norm');
    expect(host.querySelector('#ec-code')).to.equal(null);
    expect(radio(host, 'ec-route', 'inline').disabled).to.equal(true);

    const widget = await previewWidget(host, 'praksis-capacity-gauge');
    const error = part(widget, 'error');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(error?.textContent).to.contain('/norm');
  });

  it('gives messages in Danish when the snippet is Danish', async () => {
    const { host, tool } = await mount();
    choose(host, '#ec-lang', 'da');
    type(host, '#ec-json', JSON.stringify(await loadExample('referral-flows', 'invalid', 'negative-value')));
    choose(host, '#ec-widget', 'referral-sankey');
    await submit(host, tool);
    const [first] = problems(host);
    expect(first).to.match(/^\/links\/2\/value /);
    const widget = await previewWidget(host, 'praksis-referral-sankey');
    expect(widget.getAttribute('lang')).to.equal('da');
  });

  it('reports where pasted text stops being JSON', async () => {
    const { host, tool } = await mount();
    type(host, '#ec-json', '{\n  "$schema": "x",\n  "unit": }');
    await submit(host, tool);
    const [first] = problems(host);
    expect(first).to.match(/^\(document\) invalid JSON at 3:11/);
    // The preview is the real inline route: the widget says what is wrong instead of staying blank.
    const widget = await previewWidget(host, 'praksis-capacity-gauge');
    expect(part(widget, 'error')).to.not.equal(null);
  });

  it('says when the document is for another widget and switches to it', async () => {
    const { host, tool } = await mount();
    type(host, '#ec-json', JSON.stringify(await loadExample('referral-flows', 'valid', 'national-2022')));
    await submit(host, tool);
    const [first] = problems(host);
    expect(first).to.equal('/$schema This is a “referral-flows” document; <praksis-capacity-gauge> reads “capacity” documents. Use <praksis-referral-sankey> for it.');
    const use = [...host.querySelectorAll('button')].find((b) => b.textContent.includes('Use <praksis-referral-sankey> instead'));
    expect(use).to.not.equal(undefined);
    use!.click();
    await tool.whenChecked();
    expect(field<HTMLSelectElement>(host, '#ec-widget').value).to.equal('referral-sankey');
    expect(problems(host)).to.deep.equal([]);
    await previewWidget(host, 'praksis-referral-sankey');
  });

  it('loads a URL, previews it through src and offers the src, inline and iframe snippets', async () => {
    const { host, tool } = await mount({ scriptBase: 'https://cdn.example.org/praksis' });
    radio(host, 'ec-mode', 'url').click();
    type(host, '#ec-url', CAPACITY_URL);
    await submit(host, tool);
    expect(problems(host)).to.deep.equal([]);
    const widget = await previewWidget(host, 'praksis-capacity-gauge');
    expect(widget.getAttribute('src')).to.equal(CAPACITY_URL);

    const code = () => field<HTMLTextAreaElement>(host, '#ec-code').value;
    const data: unknown = await (await fetch(CAPACITY_URL)).json();
    expect(code()).to.equal(srcSnippet({ widget: widgetByName('capacity-gauge')!, base: 'https://cdn.example.org/praksis', src: CAPACITY_URL, data }));
    expect(code()).to.contain('<p class="praksis-figure">1.480 tilmeldte patienter pr. kapacitet</p>');
    radio(host, 'ec-route', 'iframe').click();
    expect(code()).to.contain(
      '<iframe src="https://cdn.example.org/praksis/embed.html?widget=capacity-gauge&amp;src=%2Fpackages%2Fschema%2Fexamples%2Fcapacity%2Fvalid%2Fpractice-minimal.json&amp;lang=da"',
    );
    expect(host.querySelector('.ec-code strong')?.textContent).to.contain('Give a full https:// URL');
    expect(code()).to.contain(' data-praksis-embed></iframe>');
    expect(code()).not.to.contain('parent-origin');
    type(host, '#ec-parent', 'https://www.example.dk/nyheder/');
    expect(code()).to.contain('&amp;lang=da&amp;parent-origin=https%3A%2F%2Fwww.example.dk"');
    type(host, '#ec-parent', 'www.example.dk');
    expect(code()).not.to.contain('parent-origin');
    expect(host.querySelector('.ec-code strong:last-of-type')?.textContent).to.contain('not an http(s) address');
    radio(host, 'ec-route', 'inline').click();
    expect(parseInlineSnippet(code(), 'praksis-capacity-gauge')).to.deep.equal(await loadExample('capacity', 'valid', 'practice-minimal'));
  });

  it('refuses a javascript: URL and reports a server error', async () => {
    const { host, tool } = await mount({ fetch: () => Promise.resolve(new Response('missing', { status: 404, statusText: 'Not Found' })) });
    radio(host, 'ec-mode', 'url').click();
    type(host, '#ec-url', 'javascript:alert(1)');
    await submit(host, tool);
    expect(problems(host)[0]).to.contain('Give the address of a JSON document');
    expect(host.querySelector('.ec-preview praksis-capacity-gauge')).to.equal(null);

    type(host, '#ec-url', `${EXAMPLES}/capacity/valid/no-such-file.json`);
    await submit(host, tool);
    expect(problems(host)[0]).to.equal('(document) The server answered 404 Not Found.');
  });

  it('loads the examples for the chosen widget', async () => {
    const { host, tool } = await mount();
    choose(host, '#ec-widget', 'hours-badge');
    [...host.querySelectorAll('button')].find((b) => b.textContent === 'Load an example with a mistake')!.click();
    await tool.whenChecked();
    expect(field<HTMLTextAreaElement>(host, '#ec-json').value).to.contain('accessibility-declaration.schema.json');
    expect(field(host, '.ec-pointer').textContent).to.equal('/hours/consultation/mon/0/to');
  });

  it('copies the code and says so; when the clipboard refuses, selects it', async () => {
    const copied: string[] = [];
    const { host, tool } = await mount({ clipboard: { writeText: (text: string) => (copied.push(text), Promise.resolve()) } });
    type(host, '#ec-json', JSON.stringify(await loadExample('capacity', 'valid', 'practice-minimal')));
    await submit(host, tool);
    const copy = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Copy code')!;
    copy.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(copied).to.deep.equal([field<HTMLTextAreaElement>(host, '#ec-code').value]);
    expect(field(host, '.ec-copy-status').textContent).to.equal('Copied to the clipboard.');
    expect(field(host, '.ec-copy-status').getAttribute('role')).to.equal('status');

    const refused = await mount({ clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    type(refused.host, '#ec-json', JSON.stringify(await loadExample('capacity', 'valid', 'practice-minimal')));
    await submit(refused.host, refused.tool);
    await refused.tool.copy();
    const area = field<HTMLTextAreaElement>(refused.host, '#ec-code');
    expect(document.activeElement).to.equal(area);
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    expect(field(refused.host, '.ec-copy-status').textContent).to.contain('press Ctrl+C');
  });

  it('labels every control and passes axe with a result shown', async () => {
    const { host, tool } = await mount();
    type(host, '#ec-json', JSON.stringify(await loadExample('capacity', 'invalid', 'missing-norm')));
    await submit(host, tool);
    await previewWidget(host, 'praksis-capacity-gauge');
    for (const control of host.querySelectorAll<HTMLInputElement>('input:not([type="radio"]), select, textarea')) {
      expect(control.labels?.length ?? 0, control.id).to.be.greaterThan(0);
    }
    await expect(host).to.be.accessible();
  });

  it('speaks Danish in a Danish page, switches to English and back, and offers the widget’s own file instead of the autoloader', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="da"><div></div></div>`);
    const host = page.firstElementChild as HTMLElement;
    const tool = mountEmbedCode(host, { examplesBase: EXAMPLES });
    const label = (id: string) => (host.querySelector(`label[for="${id}"]`)?.textContent ?? '').trim();
    expect(field(host, 'form').lang).to.equal('da');
    expect(label('ec-base')).to.equal('Hvor I har widgetfilerne');
    expect(field(host, '#ec-status').textContent).to.equal('Vælg en widget, angiv data, og tryk så på “Tjek og vis”.');
    expect(field(host, 'button[type="submit"]').textContent).to.equal('Tjek og vis');
    await tool.loadExample('invalid');
    expect(field(host, '#ec-status').textContent).to.equal('Ét problem fundet. Ret det for at få koden.');
    expect(field(host, '#ec-problems').getAttribute('aria-label')).to.equal('Problemer');

    const toggle = field<HTMLButtonElement>(host, '#ec-ui-lang');
    expect([toggle.textContent, toggle.lang]).to.deep.equal(['English', 'en']);
    toggle.click();
    expect(field(host, 'form').lang).to.equal('en');
    expect(label('ec-base')).to.equal('Where you serve the widget files');
    expect(field(host, '#ec-status').textContent, 'the status follows').to.equal('One problem found. Fix it to get the code.');
    field<HTMLButtonElement>(host, '#ec-ui-lang').click();
    expect(label('ec-widget')).to.equal('Widget');
    expect(field(host, '#ec-widget option').textContent).to.contain('Kapacitet');

    await tool.loadExample('valid');
    const code = () => field<HTMLTextAreaElement>(host, '#ec-code').value;
    expect(code().split('\n')[0]).to.match(/praksis-autoloader\.js" crossorigin="anonymous"><\/script>$/);
    expect(code()).to.contain('<div class="praksis-fallback">');
    choose(host, '#ec-loader', 'widget');
    expect(code().split('\n')[0]).to.match(/\/praksis-capacity-gauge\.js" crossorigin="anonymous"><\/script>$/);
    // No lang in the snippet: the widget follows the embedder's page, whose language (at first this page's) the fallback is in.
    const figure = () => new DOMParser().parseFromString(code(), 'text/html').querySelector('.praksis-figure')?.textContent?.replace(/\u00a0/g, ' ');
    expect(field<HTMLSelectElement>(host, '#ec-page-lang').value).to.equal('da');
    expect(figure()).to.match(/^[\d.]+ tilmeldte patienter pr\. kapacitet$/);
    choose(host, '#ec-page-lang', 'en');
    expect(figure()).to.match(/^[\d,]+ listed patients per capacity$/);
    expect(code()).to.not.match(/<praksis-capacity-gauge[^>]* lang=/);
    expect(field(host, '.ec-preview').lang, 'the preview speaks it too').to.equal('en');
    // A lang in the snippet: the fallback follows it, and the page's language is not asked.
    choose(host, '#ec-lang', 'da');
    expect(host.querySelector('#ec-page-lang')).to.equal(null);
    expect(figure()).to.match(/tilmeldte patienter/);
    // A folder typed without https:// would be a folder of the embedding page's own site: said at once.
    expect(host.querySelector('#ec-base-problem')).to.equal(null);
    type(host, '#ec-base', 'cdn.example.dk/praksis/0.1.0/');
    expect(field(host, '#ec-base-problem').textContent).to.match(/^»cdn\.example\.dk\/praksis\/0\.1\.0\/« er ikke en webadresse/);
    // A query or fragment would leave the files' own addresses broken: no code, and the reason beside each route.
    type(host, '#ec-base', 'https://cdn.example.dk/praksis/0.1.0/?v=1');
    expect(field(host, '#ec-base-problem').textContent).to.match(/har en forespørgsel \(\?\) eller et anker \(#\)/);
    expect(host.querySelector('#ec-code')).to.equal(null);
    expect(field(host, '#ec-route-inline-reason').textContent).to.equal('Ret først, hvor I har widgetfilerne.');
  });
});
