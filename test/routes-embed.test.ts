// The iframe route: dist/cdn/<version>/embed.html (served as /cdn/) in an iframe on this page (the host), with the host's
// praksis-embed-resizer.js; a static page written by `praksis-embed page`; who may resize what,
// and whom the embed page tells its height, when.
// Needs the CDN build (`npm run build:cdn`; `npm run test:browser` does it first).
import { expect, waitUntil } from '@open-wc/testing';

const CDN = '/cdn';
const EXAMPLE = '/packages/schema/examples/capacity/valid/national-2017-2022.json';
const MESSAGE = 'praksis-embed:height';

/** The same server under another origin (localhost ↔ 127.0.0.1), for cross-origin frames. */
const otherOrigin = location.origin.replace('//localhost', '//127.0.0.1');

let frames: HTMLIFrameElement[] = [];

/** The mark of an iframe the resizer manages, as the snippets write it. */
const MANAGED = { 'data-praksis-embed': '' };

function addFrame(src: string, attributes: Record<string, string> = MANAGED): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = 'Praksis widget';
  frame.style.width = '640px';
  frame.style.border = '0';
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.src = src;
  frames.push(frame);
  document.body.append(frame);
  return frame;
}

const heightOf = (frame: HTMLIFrameElement) => frame.getBoundingClientRect().height;

/** Resolves with the next height message that `frame`'s window sends (after the resizer, which listens first, has seen it). */
function nextMessageFrom(frame: HTMLIFrameElement): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || (event.data as { type?: unknown } | null)?.type !== MESSAGE) return;
      removeEventListener('message', listen);
      setTimeout(() => resolve(event));
    };
    addEventListener('message', listen);
  });
}

/**
 * Waits until the widget in a same-origin embed has drawn everything, parts loaded on demand
 * included (its updateComplete waits for them), and the iframe has taken the content's height.
 */
async function settled(frame: HTMLIFrameElement, tag: string): Promise<number> {
  const doc = () => frame.contentDocument;
  await waitUntil(() => doc()?.querySelector(tag), 'the widget is there', { timeout: 10_000 });
  const widget = doc()!.querySelector(tag) as HTMLElement & { updateComplete?: Promise<boolean> };
  await waitUntil(() => widget.updateComplete, 'the widget is defined', { timeout: 10_000 });
  await widget.updateComplete;
  const content = () => Math.ceil(doc()!.documentElement.getBoundingClientRect().height);
  await waitUntil(() => heightOf(frame) === content() && content() > 300, 'the iframe takes the content height', { timeout: 10_000 });
  return heightOf(frame);
}

/** One call of this window's postMessage by a same-origin frame's script, as it was made. */
interface Sent {
  height: number;
  targetOrigin: string;
  /** Whether the widget in `frame` showed its figure, or a message, at the time. */
  drawn: boolean;
}

let restorePostMessage: (() => void) | undefined;

/**
 * Records every height message that the script of a same-origin frame sends to this window (it
 * calls `parent.postMessage`, which is this window's), then posts it on as it was asked to. Posted
 * from here, its source is this window, so the resizer ignores it: the frame keeps its size.
 */
function recordHeights(frame: HTMLIFrameElement, tag: string): Sent[] {
  const sent: Sent[] = [];
  const original = window.postMessage.bind(window);
  const drawnNow = () => {
    const doc = frame.contentDocument;
    return Boolean(doc?.querySelector(tag)?.shadowRoot?.querySelector('[part="figure"]') ?? doc?.querySelector('[role="alert"]'));
  };
  window.postMessage = ((message: unknown, targetOrigin: string) => {
    const data = message as { type?: unknown; height?: unknown } | null;
    if (data?.type === MESSAGE) sent.push({ height: Number(data.height), targetOrigin, drawn: drawnNow() });
    original(message, targetOrigin);
  }) as typeof window.postMessage;
  restorePostMessage = () => {
    window.postMessage = original;
    restorePostMessage = undefined;
  };
  return sent;
}

/** Waits until the widget in a same-origin frame shows its figure and has drawn every part. */
async function drawnIn(frame: HTMLIFrameElement, tag: string): Promise<void> {
  const doc = () => frame.contentDocument;
  await waitUntil(() => doc()?.querySelector(tag)?.shadowRoot?.querySelector('[part="figure"]'), 'the widget draws', { timeout: 10_000 });
  await (doc()!.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
}

/** Waits until the widget in a recorded frame has drawn and the last height sent is its content height. */
async function sentFinalHeight(frame: HTMLIFrameElement, tag: string, sent: Sent[]): Promise<number> {
  await drawnIn(frame, tag);
  const doc = () => frame.contentDocument;
  const content = () => Math.ceil(doc()!.documentElement.getBoundingClientRect().height);
  await waitUntil(() => sent.at(-1)?.height === content(), 'the page sends its content height', { timeout: 10_000 });
  return content();
}

/** A task after every message posted so far has been delivered. */
const aTaskLater = () => new Promise((resolve) => setTimeout(resolve, 50));

async function loaded(frame: HTMLIFrameElement): Promise<void> {
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
}

/** Policy violations a same-origin frame has seen so far. */
async function violationsIn(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as Window & typeof globalThis;
  const reports: string[] = [];
  const observer = new win.ReportingObserver((list) => list.forEach((r) => reports.push(JSON.stringify(r.body))), {
    types: ['csp-violation'],
    buffered: true,
  });
  observer.observe();
  await new Promise((resolve) => setTimeout(resolve, 50));
  reports.push(...observer.takeRecords().map((r) => JSON.stringify(r.body)));
  observer.disconnect();
  return reports;
}

describe('iframe route', function () {
  this.timeout(20_000);

  before(async () => {
    const script = document.createElement('script');
    script.src = `${CDN}/praksis-embed-resizer.js`;
    const ready = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await ready;
  });

  afterEach(() => {
    restorePostMessage?.();
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it('embed.html draws the widget named in its URL and the resizer fits the iframe to it', async () => {
    const frame = addFrame(`${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}&lang=en&heading-level=2`);
    await loaded(frame);
    const doc = frame.contentDocument!;
    // The script makes the element once the widget's file has loaded.
    await waitUntil(() => doc.querySelector('praksis-capacity-gauge')?.shadowRoot?.querySelector('[part="footer"]'), 'the gauge draws', {
      timeout: 10_000,
    });
    const gauge = doc.querySelector('praksis-capacity-gauge');
    expect(doc.documentElement.lang).to.equal('en');
    expect(gauge!.getAttribute('src')).to.equal(EXAMPLE);
    expect(gauge!.getAttribute('heading-level')).to.equal('2');
    expect(gauge!.shadowRoot!.querySelector('[part="figure"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      '1,646 listed patients per capacity',
    );
    const content = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    await waitUntil(() => heightOf(frame) === content(), 'the iframe takes the content height', { timeout: 5_000 });
    expect(content()).to.be.greaterThan(300);
    expect(await violationsIn(frame)).to.deep.equal([]);

    // Narrower: the content grows taller, and the iframe follows.
    const before = heightOf(frame);
    frame.style.width = '260px';
    await waitUntil(() => heightOf(frame) === content() && heightOf(frame) !== before, 'the iframe follows a new content height', { timeout: 5_000 });
  });

  it('resizes a cross-origin embed whose messages come from its own origin', async () => {
    const frame = addFrame(`${otherOrigin}${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}`);
    const same = addFrame(`${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}`);
    await waitUntil(() => heightOf(frame) > 300 && heightOf(same) > 300, 'both frames are resized', { timeout: 10_000 });
    await waitUntil(() => heightOf(frame) === heightOf(same), 'to the same height', { timeout: 5_000 });
  });

  it('ignores a height message from a frame whose origin is not its src origin', async () => {
    // A sandboxed frame runs with an opaque origin ("null"), whatever its src says.
    const sandboxed = addFrame('/test/fixtures/routes/impostor.html?height=777', { ...MANAGED, sandbox: 'allow-scripts' });
    const plain = addFrame('/test/fixtures/routes/impostor.html?height=555');
    const [fromSandboxed, fromPlain] = await Promise.all([nextMessageFrom(sandboxed), nextMessageFrom(plain)]);
    expect(fromSandboxed.origin).to.equal('null');
    expect(fromPlain.origin).to.equal(location.origin);
    expect(heightOf(sandboxed)).to.equal(150);
    // The same message from a frame of the right origin is obeyed, so the one above was refused.
    expect(heightOf(plain)).to.equal(555);
  });

  it('ignores height messages from other windows: another iframe or the page itself', async () => {
    const embed = addFrame(`${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}`);
    const fitted = await settled(embed, 'praksis-capacity-gauge');

    const other = addFrame('/test/fixtures/routes/impostor.html?height=999');
    await nextMessageFrom(other);
    expect(heightOf(other)).to.equal(999);
    expect(heightOf(embed)).to.equal(fitted);

    const fromPage = new Promise<void>((resolve) => {
      const listen = (event: MessageEvent) => {
        if (event.source !== window) return;
        removeEventListener('message', listen);
        setTimeout(resolve);
      };
      addEventListener('message', listen);
    });
    window.postMessage({ type: MESSAGE, height: 42 }, '*');
    await fromPage;
    expect(heightOf(embed)).to.equal(fitted);
    expect(heightOf(other)).to.equal(999);
  });

  it('resizes only the iframes it manages: a third-party frame posting the same message keeps its size', async () => {
    const embed = addFrame(`${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}`);
    const thirdParty = addFrame('/test/fixtures/routes/impostor.html?height=29999', {});
    const fromThirdParty = await nextMessageFrom(thirdParty);
    expect(fromThirdParty.origin, 'same origin as its src: only the mark is missing').to.equal(location.origin);
    expect(heightOf(thirdParty)).to.equal(150);
    // The managed embed beside it is fitted to its content.
    expect(await settled(embed, 'praksis-capacity-gauge')).to.be.greaterThan(300);
    expect(heightOf(thirdParty)).to.equal(150);
  });

  it('tells its height only once the widget has drawn: never the 2 px of the empty page', async () => {
    const frame = addFrame(`${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}`);
    const sent = recordHeights(frame, 'praksis-capacity-gauge');
    const content = await sentFinalHeight(frame, 'praksis-capacity-gauge', sent);
    expect(content).to.be.greaterThan(300);
    expect(sent.filter((s) => !s.drawn), 'messages before the widget drew').to.deep.equal([]);
    expect(Math.min(...sent.map((s) => s.height))).to.be.greaterThan(300);
  });

  it('an embed far below the fold is fitted without being scrolled into view', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    document.body.append(spacer);
    try {
      const frame = addFrame(`${otherOrigin}${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}`);
      expect(frame.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
      await waitUntil(() => heightOf(frame) > 300, 'the off-screen frame takes the widget’s height', { timeout: 10_000 });
    } finally {
      spacer.remove();
    }
  });

  it('sends its height to the parent-origin its address names, and to any parent without one', async () => {
    const url = `${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}`;
    const named = addFrame(`${url}&parent-origin=${encodeURIComponent(location.origin)}`);
    const toNamed = recordHeights(named, 'praksis-capacity-gauge');
    await sentFinalHeight(named, 'praksis-capacity-gauge', toNamed);
    expect([...new Set(toNamed.map((s) => s.targetOrigin))]).to.deep.equal([location.origin]);
    restorePostMessage!();
    named.remove();

    const unnamed = addFrame(url);
    const toAny = recordHeights(unnamed, 'praksis-capacity-gauge');
    await sentFinalHeight(unnamed, 'praksis-capacity-gauge', toAny);
    expect([...new Set(toAny.map((s) => s.targetOrigin))]).to.deep.equal(['*']);
  });

  it('a page of another origin than parent-origin gets no height', async () => {
    const heightsFrom: (MessageEventSource | null)[] = [];
    const listen = (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type === MESSAGE) heightsFrom.push(event.source);
    };
    addEventListener('message', listen);
    try {
      const url = `${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}&parent-origin=`;
      const wrong = addFrame(`${url}${encodeURIComponent(otherOrigin)}`);
      // Beside it, the same page naming this origin is fitted.
      const right = addFrame(`${url}${encodeURIComponent(location.origin)}`);
      await Promise.all([settled(right, 'praksis-capacity-gauge'), drawnIn(wrong, 'praksis-capacity-gauge')]);
      await aTaskLater();
      // The browser drops a message for another origin: nothing arrives, the frame keeps its size.
      expect(heightsFrom.filter((source) => source === wrong.contentWindow)).to.deep.equal([]);
      expect(heightsFrom.filter((source) => source === right.contentWindow).length).to.be.greaterThan(0);
      expect(heightOf(wrong)).to.equal(150);
    } finally {
      removeEventListener('message', listen);
    }
  });

  it('a parent-origin that is not an http(s) origin: the page tells no one', async () => {
    const frame = addFrame(`${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}&parent-origin=example.dk`);
    const sent = recordHeights(frame, 'praksis-capacity-gauge');
    await drawnIn(frame, 'praksis-capacity-gauge');
    await aTaskLater();
    expect(sent).to.deep.equal([]);
    expect(heightOf(frame)).to.equal(150);
  });

  it('refuses a widget name it does not know, and loads nothing', async () => {
    for (const name of ['capacity-gauge.js?', '../evil', 'praksis-capacity-gauge']) {
      const frame = addFrame(`${CDN}/embed.html?widget=${encodeURIComponent(name)}&src=${encodeURIComponent(EXAMPLE)}&lang=en`);
      await loaded(frame);
      const doc = frame.contentDocument!;
      await waitUntil(() => doc.querySelector('[role="alert"]'), `a message for ${name}`, { timeout: 5_000 });
      expect(doc.querySelector('[role="alert"]')!.textContent).to.equal(
        `Unknown widget “${name}”. Use widget=capacity-gauge, delegation-matrix, hours-badge, referral-sankey.`,
      );
      expect(doc.querySelector('[src]:not(script)') === null, 'no element was made').to.equal(true);
      // Only the page's own script loaded (and the test server's, which it adds to every page it serves).
      const scripts = (frame.contentWindow as Window).performance
        .getEntriesByType('resource')
        .map((e) => e.name.slice(e.name.lastIndexOf('/') + 1))
        .filter((n) => n.endsWith('.js') && !n.startsWith('__web-dev-server'));
      expect(scripts).to.deep.equal(['praksis-embed.js']);
      await waitUntil(() => heightOf(frame) !== 150, 'the message is fitted too', { timeout: 5_000 });
    }
  });

  it('without scripts, embed.html says it needs JavaScript', async () => {
    // sandbox without allow-scripts: no script runs, the page stays readable from here.
    const frame = addFrame(`${CDN}/embed.html?widget=capacity-gauge&src=${encodeURIComponent(EXAMPLE)}`, { sandbox: 'allow-same-origin' });
    await loaded(frame);
    const text = frame.contentDocument!.body.innerText.trim();
    expect(text).to.equal('Figuren kræver JavaScript. This chart needs JavaScript.');
  });

  describe('a static page from `praksis-embed page`', () => {
    const page = '/test/fixtures/routes/static-capacity.html';

    it('shows the widget drawn on the server, and keeps the key figure and source as text, without scripts', async () => {
      const frame = addFrame(page, { sandbox: 'allow-same-origin' });
      await loaded(frame);
      const doc = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('praksis-capacity-gauge')).to.equal(undefined);
      // What the reader sees: the declarative shadow root's widget.
      const el = doc.querySelector('praksis-capacity-gauge')!;
      const seen = (selector: string) => (el.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
      expect(seen('[part="title"]')).to.equal('Hele landet');
      expect(seen('[part="figure"]')).to.equal('1.646 tilmeldte patienter pr. kapacitet');
      expect(seen('[part="footer"] p')).to.match(/^Kilde: BDO .* Opgjort pr\. 1\. jan\. 2022\.$/);
      // The same as text in the light DOM, for browsers without declarative shadow DOM.
      const lines = [...doc.querySelectorAll('.praksis-fallback p')].map((p) => (p.textContent ?? '').replace(/\u00a0/g, ' ').trim());
      expect(lines.slice(0, 3)).to.deep.equal([
        'Hele landet',
        '1.646 tilmeldte patienter pr. kapacitet',
        'Landstal, pr. 1. jan. 2022. 46 (2,9 %) over normtallet på 1.600 pr. kapacitet. 5.849.229 tilmeldte patienter på 3.554 lægekapaciteter. 3.753 læger, 1.559 patienter pr. læge.',
      ]);
      expect(lines[3]).to.match(/^Kilde: BDO .* Opgjort pr\. 1\. jan\. 2022\.$/);
      expect(lines).to.have.length(4);
    });

    it('with scripts, draws the widget from the data inside, hides the text and is resized; ?lang= does not change its language', async () => {
      // Written in Danish: its title and text are Danish, so the widget stays Danish whatever the address asks.
      const frame = addFrame(`${page}?lang=en`);
      await loaded(frame);
      const doc = frame.contentDocument!;
      const gauge = doc.querySelector('praksis-capacity-gauge')!;
      await waitUntil(() => gauge.shadowRoot?.querySelector('[part="figure"]'), 'the gauge draws', { timeout: 10_000 });
      expect(gauge.shadowRoot!.querySelector('[part="figure"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
        '1.646 tilmeldte patienter pr. kapacitet',
      );
      expect(doc.querySelector('.praksis-fallback')!.getClientRects().length, 'fallback not rendered').to.equal(0);
      expect(doc.documentElement.lang).to.equal('da');
      const content = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
      await waitUntil(() => heightOf(frame) === content() && content() > 300, 'the iframe takes the content height', { timeout: 5_000 });
      expect(await violationsIn(frame)).to.deep.equal([]);
    });
  });
});
