// The script routes as a newsroom or portal uses them: a page of one origin (this test server as
// localhost) pastes a snippet whose files come from another (the same server as 127.0.0.1), served
// as /cdn/ with the headers docs/embedding.md asks for, or as /cdn-no-cors/ without CORS
// (test/routes-server.mjs). Snippets come from the embed-code page's own functions.
// Needs the CDN build (`npm run build:cdn`; `npm run test:browser` does it first).
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { oembedResponse } from '@praksis/widgets/embed/oembed.js';
import { inlineSnippet, srcSnippet, widgetByName } from '../scripts/docs/embed-code/snippets.js';

const otherOrigin = location.origin.replace('//localhost', '//127.0.0.1');
const CDN = `${otherOrigin}/cdn/`;
const NO_CORS = `${otherOrigin}/cdn-no-cors/`;
const NO_ENGLISH = `${otherOrigin}/cdn-no-english/`;
const NO_WORDS = `${otherOrigin}/cdn-no-words/`;
const EXAMPLES = '/packages/schema/examples';

const gauge = widgetByName('capacity-gauge')!;
const sankey = widgetByName('referral-sankey')!;

async function example(path: string): Promise<unknown> {
  return (await fetch(`${EXAMPLES}/${path}`)).json();
}

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  frames.forEach((frame) => frame.remove());
  frames = [];
});

interface Page {
  win: Window & typeof globalThis;
  doc: Document;
  /** Policy violations so far. */
  violations: string[];
  /** URLs the page has fetched so far. */
  fetched: () => string[];
}

/** A page of this origin (an iframe's srcdoc) with `body`, loaded with its scripts run. */
/** An iframe of `width` px in this page, set up by `setup` (its src or srcdoc, a sandbox), once loaded. */
async function openFrame(width: number, setup: (frame: HTMLIFrameElement) => void): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  setup(frame);
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const violations: string[] = [];
  new win.ReportingObserver((reports) => reports.forEach((r) => violations.push(JSON.stringify(r.body))), {
    types: ['csp-violation'],
    buffered: true,
  }).observe();
  const fetched = () => win.performance.getEntriesByType('resource').map((entry) => entry.name);
  return { win, doc: frame.contentDocument!, violations, fetched };
}

function openPage(body: string, head = ''): Promise<Page> {
  return openFrame(800, (frame) => {
    frame.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  });
}

const shadowText = (el: Element | null, selector: string): string =>
  (el?.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether the reader sees `el` (it has a box). */
const shown = (el: Element | null): boolean => Boolean(el && el.getClientRects().length > 0);

/** The share of pixels in a screenshot of `rect` (this page's coordinates) that have the colour `rgb`. */
async function screenshotShare(rect: { x: number; y: number; width: number; height: number }, rgb: string): Promise<number> {
  const clip = { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.floor(rect.width), height: Math.floor(rect.height) };
  const png = await executeServerCommand<string, typeof clip>('routes-screenshot', clip);
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let matching = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 24) matching++;
  }
  return matching / (data.length / 4);
}

async function drawn(el: Element | null, selector = '[part="figure"]'): Promise<void> {
  await waitUntil(() => el?.shadowRoot?.querySelector(selector), `${el?.localName} draws`, { timeout: 10_000 });
}

describe('script routes from another origin', function () {
  this.timeout(30_000);

  it('module snippet, files sent with Access-Control-Allow-Origin: the widget draws over its fallback', async () => {
    const data = await example('capacity/valid/national-2017-2022.json');
    const snippet = srcSnippet({ widget: gauge, base: CDN, src: `${EXAMPLES}/capacity/valid/national-2017-2022.json`, data, loader: 'widget' });
    const { doc, violations } = await openPage(snippet);
    const el = doc.querySelector('praksis-capacity-gauge');
    const fallback = doc.querySelector('.praksis-fallback');
    expect(fallback?.textContent).to.contain('1.646 tilmeldte patienter pr. kapacitet');
    await drawn(el);
    expect(shadowText(el, '[part="figure"]')).to.equal('1.646 tilmeldte patienter pr. kapacitet');
    expect(shown(fallback), 'the drawn widget hides its fallback').to.equal(false);
    expect(violations).to.deep.equal([]);
  });

  it('module snippet, files sent without CORS: the script is refused and the fallback stays, readable', async () => {
    const data = await example('capacity/valid/national-2017-2022.json');
    const snippet = srcSnippet({ widget: gauge, base: NO_CORS, src: `${EXAMPLES}/capacity/valid/national-2017-2022.json`, data, loader: 'widget' });
    const { win, doc, fetched } = await openPage(snippet);
    await waitUntil(() => fetched().some((url) => url.startsWith(`${NO_CORS}praksis-capacity-gauge.js`)), 'the page asked for the file');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.customElements.get('praksis-capacity-gauge'), 'never defined').to.equal(undefined);
    const fallback = doc.querySelector('praksis-capacity-gauge .praksis-fallback');
    expect(shown(fallback)).to.equal(true);
    expect([...fallback!.querySelectorAll('p')].map((p) => p.className)).to.deep.equal(['praksis-title', 'praksis-figure', 'praksis-source']);
    expect(fallback!.querySelector('.praksis-figure')!.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(fallback!.textContent).to.contain('Kilde: BDO for Indenrigs- og Sundhedsministeriet');
  });

  it('classic script from another origin needs no CORS: the widget draws', async () => {
    const data = await example('capacity/valid/practice-minimal.json');
    // The inline snippet with the classic file in place of the module.
    const snippet = inlineSnippet({ widget: gauge, base: NO_CORS, data, lang: 'en', loader: 'widget' }).replace(
      /^<script type="module" src="[^"]+" crossorigin="anonymous"><\/script>/,
      `<script src="${NO_CORS}classic/praksis-capacity-gauge.js"></script>`,
    );
    const { doc } = await openPage(snippet);
    const el = doc.querySelector('praksis-capacity-gauge');
    await drawn(el);
    expect(shown(doc.querySelector('.praksis-fallback'))).to.equal(false);
  });

  it('autoloader: loads only the widgets in the page, also those added later and those in a shadow root it is given', async () => {
    const capacity = await example('capacity/valid/national-2017-2022.json');
    const { win, doc, fetched } = await openPage(
      srcSnippet({ widget: gauge, base: CDN, src: `${EXAMPLES}/capacity/valid/national-2017-2022.json`, data: capacity }),
    );
    await drawn(doc.querySelector('praksis-capacity-gauge'));
    const files = () => fetched().filter((url) => url.startsWith(CDN)).map((url) => url.slice(CDN.length));
    expect(files().filter((file) => file.startsWith('praksis-'))).to.deep.equal(['praksis-autoloader.js', 'praksis-capacity-gauge.js']);

    // Added later, in the light DOM.
    const later = doc.createElement('praksis-referral-sankey');
    later.setAttribute('src', `${EXAMPLES}/referral-flows/valid/national-2022.json`);
    doc.body.append(later);
    await drawn(later, '[part="summary"]');

    // Inside a component's shadow root, which the component hands to observe().
    const host = doc.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    doc.body.append(host);
    const loader = (await new win.Function('url', 'return import(url)')(`${CDN}praksis-autoloader.js`)) as { observe(root: ShadowRoot): void };
    loader.observe(root);
    const badge = doc.createElement('praksis-hours-badge');
    badge.setAttribute('at', '2026-03-03T10:00:00+01:00');
    badge.setAttribute('src', `${EXAMPLES}/accessibility-declaration/valid/meets-all.json`);
    root.append(badge);
    await drawn(badge, '[part="summary"]');

    const loaded = files();
    expect(loaded.filter((file) => file.startsWith('praksis-'))).to.deep.equal([
      'praksis-autoloader.js',
      'praksis-capacity-gauge.js',
      'praksis-referral-sankey.js',
      'praksis-hours-badge.js',
    ]);
    expect(loaded.filter((file) => file.startsWith('core-')).length, 'Lit and core once').to.equal(1);
    expect(new Set(loaded).size, 'no file fetched twice').to.equal(loaded.length);
    expect(win.customElements.get('praksis-delegation-matrix'), 'a widget not in the page is not loaded').to.equal(undefined);
  });

  it('English words on demand: a Danish page fetches none; an English element fetches them and speaks English', async () => {
    const src = `${EXAMPLES}/capacity/valid/national-2017-2022.json`;
    const { doc, fetched } = await openPage(srcSnippet({ widget: gauge, base: CDN, src, data: await example('capacity/valid/national-2017-2022.json'), loader: 'widget' }));
    const danish = doc.querySelector('praksis-capacity-gauge');
    await drawn(danish);
    const english = () => fetched().filter((url) => /\/english-[\w-]{8}\.js$/.test(url));
    expect(english(), 'a Danish page').to.deep.equal([]);
    expect(shadowText(danish, '[part="figure"]')).to.equal('1.646 tilmeldte patienter pr. kapacitet');

    // An English element with JSON text that is not JSON: the problem is found before the English
    // words arrive, and reported once they have, in English.
    const broken = doc.createElement('praksis-capacity-gauge');
    broken.setAttribute('lang', 'en');
    broken.innerHTML = '<script type="application/json">{ "unit": </script>';
    const reported = new Promise<CustomEvent<{ errors: { path: string; message: string }[] }>>((resolve) =>
      broken.addEventListener('praksis-error', (event) => resolve(event as CustomEvent<{ errors: { path: string; message: string }[] }>), { once: true }),
    );
    doc.body.append(broken);
    const { detail } = await reported;
    expect(detail.errors[0]!.message).to.match(/^the content of <script type="application\/json"> is not valid JSON at 1:\d+: /);
    expect(shadowText(broken, '[part="error"]')).to.contain('The chart cannot be shown');

    const el = doc.createElement('praksis-capacity-gauge');
    el.setAttribute('lang', 'en');
    el.setAttribute('src', src);
    doc.body.append(el);
    await drawn(el);
    expect(shadowText(el, '[part="figure"]')).to.equal('1,646 listed patients per capacity');
    expect(shadowText(el, '[part="table-toggle"]')).to.equal('Show as table');
    expect(el.shadowRoot!.querySelector('[part="frame"]')!.hasAttribute('lang'), 'English, as the element says').to.equal(false);
    expect(english().length, "the gauge's English words and core's").to.be.within(1, 2);

    // The Danish element switched to English draws in English at once: the words are there.
    danish!.setAttribute('lang', 'en');
    await (danish as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(shadowText(danish, '[part="figure"]')).to.equal('1,646 listed patients per capacity');
  });

  it('English words that cannot be loaded: the element speaks Danish, marked lang="da", never blank', async () => {
    const data = await example('capacity/valid/national-2017-2022.json');
    const { doc } = await openPage(srcSnippet({ widget: gauge, base: NO_ENGLISH, src: `${EXAMPLES}/capacity/valid/national-2017-2022.json`, data, loader: 'widget', lang: 'en' }));
    const el = doc.querySelector('praksis-capacity-gauge');
    await drawn(el);
    const frame = el!.shadowRoot!.querySelector('[part="frame"]')!;
    expect(frame.getAttribute('lang')).to.equal('da');
    expect(shadowText(el, '[part="figure"]')).to.equal('1.646 tilmeldte patienter pr. kapacitet');
    expect(shadowText(el, '[part="table-toggle"]')).to.equal('Vis som tabel');
  });

  it('words of problems on demand: valid data fetches none; problems are shown and reported in them; without them, by pointer', async () => {
    const { doc, fetched } = await openPage(srcSnippet({ widget: gauge, base: CDN, src: `${EXAMPLES}/capacity/valid/national-2017-2022.json`, data: await example('capacity/valid/national-2017-2022.json'), loader: 'widget' }));
    await drawn(doc.querySelector('praksis-capacity-gauge'));
    const words = () => fetched().filter((url) => /\/words-[\w-]{8}\.js$/.test(url));
    expect(words(), 'a page with valid data').to.deep.equal([]);

    // A widget with problems, added to a page (`doc`) whose module is there: its error event's problems, once drawn.
    type Problems = { path: string; message: string }[];
    const broken = (page: Document, setup: (el: HTMLElement) => void): { el: HTMLElement; reported: Promise<Problems> } => {
      const el = page.createElement('praksis-capacity-gauge');
      setup(el);
      const reported = new Promise<Problems>((resolve) => el.addEventListener('praksis-error', (event) => resolve((event as CustomEvent<{ errors: Problems }>).detail.errors), { once: true }));
      page.body.append(el);
      return { el, reported };
    };
    const invalid = broken(doc, (el) => el.setAttribute('src', `${EXAMPLES}/capacity/invalid/missing-norm.json`));
    expect(await invalid.reported).to.deep.equal([{ path: '/norm', message: 'mangler påkrævet felt «norm»' }]);
    expect(shadowText(invalid.el, '[part="error"]')).to.contain('/norm: mangler påkrævet felt «norm»');
    const notJson = broken(doc, (el) => (el.innerHTML = '<script type="application/json">{ "unit": </script>'));
    expect((await notJson.reported)[0]!.message).to.equal(
      'indholdet af <script type="application/json"> er ikke gyldig JSON ved 1:11: forventede en JSON-værdi, men fandt slutningen af teksten',
    );
    expect(words(), 'the words, once for every widget').to.have.length(1);

    // The words cannot be loaded (404): each problem by its pointer, in a plain sentence, never blank.
    const bare = await openPage(`<script type="module" src="${NO_WORDS}${gauge.tag}.js" crossorigin="anonymous"></script>`);
    await bare.win.customElements.whenDefined(gauge.tag);
    const unworded = broken(bare.doc, (el) => Object.assign(el, { data: { $schema: gauge.kind.schemaId } }));
    const problems = await unworded.reported;
    expect(problems[0]).to.deep.equal({ path: '/unit', message: 'der er en fejl her; beskrivelsen af den kunne ikke hentes' });
    const alert = unworded.el.shadowRoot!.querySelector('[part="error"][role="alert"]');
    expect(alert?.textContent).to.contain('Grafikken kan ikke vises, fordi dataene er ufuldstændige.');
    expect(alert?.querySelector('code')?.textContent).to.equal('/unit');
  });

  it("two widgets of one version under Trusted Types without 'allow-duplicates': one Lit, no violation", async () => {
    const policy =
      `default-src 'none'; script-src ${otherOrigin}; style-src 'self'; connect-src 'self'; ` +
      "require-trusted-types-for 'script'; trusted-types lit-html";
    const capacity = await example('capacity/valid/national-2017-2022.json');
    const flows = await example('referral-flows/valid/national-2022.json');
    const body =
      srcSnippet({ widget: gauge, base: CDN, src: `${EXAMPLES}/capacity/valid/national-2017-2022.json`, data: capacity, loader: 'widget' }) +
      srcSnippet({ widget: sankey, base: CDN, src: `${EXAMPLES}/referral-flows/valid/national-2022.json`, data: flows, loader: 'widget' });
    const { doc, violations, fetched } = await openPage(body, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
    await drawn(doc.querySelector('praksis-capacity-gauge'));
    await drawn(doc.querySelector('praksis-referral-sankey'), '[part="summary"]');
    expect(fetched().filter((url) => url.startsWith(`${CDN}core-`)).length, 'Lit and core once').to.equal(1);
    expect(violations).to.deep.equal([]);
  });

  it('oEmbed: the html of a static page’s response, as a CMS pastes it, frames the page and fits it to its content', async () => {
    const response = oembedResponse({
      pageUrl: `${otherOrigin}/test/fixtures/routes/static-capacity.html`,
      resizerUrl: `${location.origin}/cdn/praksis-embed-resizer.js`,
      title: 'Hele landet',
    });
    const { doc } = await openPage(response.html);
    const frame = doc.querySelector('iframe')!;
    expect(frame.title).to.equal('Hele landet');
    expect(getComputedStyle(frame).borderTopWidth, 'no default border').to.equal('0px');
    await waitUntil(() => frame.style.height !== '', 'the resizer sets its height', { timeout: 15_000 });
    expect(parseFloat(frame.style.height)).to.be.greaterThan(300);
    expect(frame.getBoundingClientRect().height).to.equal(parseFloat(frame.style.height));
  });

  describe('a static page drawn on the server (test/fixtures/routes/static-capacity.html, from `praksis-embed page`)', () => {
    const STATIC = '/test/fixtures/routes/static-capacity.html';

    /** The static page in an iframe of this origin; `scripts: false` sandboxes it so no script runs. */
    function openStatic(scripts: boolean): Promise<Page> {
      return openFrame(640, (frame) => {
        if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
        frame.src = STATIC;
      });
    }

    it('without JavaScript the reader sees the chart itself, styled under the page’s policy', async () => {
      const { doc, violations } = await openStatic(false);
      const el = doc.querySelector('praksis-capacity-gauge')!;
      expect(doc.defaultView!.customElements.get('praksis-capacity-gauge'), 'no script ran').to.equal(undefined);
      const root = el.shadowRoot!;
      expect(root, 'the declarative shadow root is attached').to.not.equal(null);
      expect(shadowText(el, '[part="figure"]')).to.equal('1.646 tilmeldte patienter pr. kapacitet');
      // Drawn and styled: the bar has its width and the track's colour, not the browser's defaults.
      const bar = root.querySelector('rect.bar')!;
      expect(bar.getBoundingClientRect().width).to.be.greaterThan(300);
      expect(getComputedStyle(root.querySelector('.frame')!).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(bar).fill).to.not.equal('rgb(0, 0, 0)');
      // The trend, a part the browser loads on demand, is drawn on the server too.
      expect(root.querySelector('[part="trend"] .trend-line')?.getBoundingClientRect().width ?? 0).to.be.greaterThan(100);
      // The light-DOM text is hidden behind the chart, which says the same.
      expect(shown(doc.querySelector('.praksis-fallback'))).to.equal(false);
      // Buttons that need the script are not offered: nothing to press that does nothing.
      const buttons = [...root.querySelectorAll('button')];
      expect(buttons.length, 'the server drew the toolbar').to.be.greaterThan(0);
      expect(buttons.filter((button) => button.getClientRects().length > 0).map((b) => b.textContent?.trim())).to.deep.equal([]);
      // And on the screen: a screenshot of the bar's box is mostly the bar's colour.
      const frameBox = frames.at(-1)!.getBoundingClientRect();
      const barBox = bar.getBoundingClientRect();
      const barPixels = await screenshotShare(
        { x: frameBox.x + barBox.x + 4, y: frameBox.y + barBox.y + 2, width: barBox.width - 8, height: barBox.height - 4 },
        getComputedStyle(bar).fill,
      );
      expect(barPixels, 'share of the bar’s box painted in its colour').to.be.greaterThan(0.9);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(violations).to.deep.equal([]);
    });

    it('with JavaScript the widget takes the shadow root over: drawn once, no server markup left, no violation', async () => {
      const { doc, violations } = await openStatic(true);
      const el = doc.querySelector('praksis-capacity-gauge') as HTMLElement & { updateComplete?: Promise<boolean> };
      await waitUntil(() => doc.defaultView!.customElements.get('praksis-capacity-gauge'), 'the widget is defined', { timeout: 10_000 });
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('.frame').length, 'one frame, not the server’s and the client’s').to.equal(1);
      expect(root.querySelectorAll('style').length, 'constructed stylesheets instead of the server’s <style>').to.equal(0);
      expect(root.querySelector('[part="table-toggle"]')!.getClientRects().length, 'the toolbar shows once the script runs').to.equal(1);
      expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(shadowText(el, '[part="figure"]')).to.equal('1.646 tilmeldte patienter pr. kapacitet');
      // Interactive now: the table toggle opens the table.
      (root.querySelector('[part="table-toggle"]') as HTMLButtonElement).click();
      await el.updateComplete;
      await waitUntil(() => root.querySelector('[part="table"] table'), 'the table opens', { timeout: 10_000 });
      expect(violations).to.deep.equal([]);
    });
  });
});
