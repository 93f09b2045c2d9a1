/**
 * Page script of test/hostile/csp.html. Records every CSP violation and uncaught error, loads the
 * library the way the page's `?via=` says, draws all four widgets from an inline JSON script, from
 * `src` and from the `data` property plus one invalid document each, then does what a reader does
 * (open the tables, open the badge, focus a diagram mark, switch language) and posts a report to
 * the parent window.
 */
import { BADGE_AT, fetchExample, stateOf, until, WIDGETS } from './widgets.js';

export interface CspReport {
  type: 'hostile-csp';
  via: string;
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
  widgets: { tag: string; how: string; state: string; title: string; lang: string; error: string }[];
  /** Whether the sankey's tooltip showed, placed through the CSSOM, when a mark had focus. */
  tooltip: boolean;
  /** What each widget drawn from `data` saved for its SVG and CSV buttons: `tag format type size`, or the note it showed. */
  downloads: string[];
}

const violations: CspReport['violations'] = [];
const errors: string[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  },
  true,
);
window.addEventListener('error', (event) => {
  // Chromium's notice that a ResizeObserver callback changed layout, not an exception (as in web-test-runner.config.mjs).
  if (!String(event.message).startsWith('ResizeObserver loop')) errors.push(String(event.message));
});
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const query = new URLSearchParams(location.search);
const via = query.get('via') ?? 'source';

/** The library as the page's embedder loads it. Bundle URLs are held in variables: not for the dev server to resolve. */
async function loadLibrary(): Promise<void> {
  const bundle = (name: string) => `/hostile/bundle/${name}.js`;
  switch (via) {
    case 'source':
      // What a bundler-built site ships: one module graph, one copy of Lit.
      await import('@praksis/widgets');
      return;
    case 'all-in-one': {
      const url = bundle('praksis-widgets');
      await import(url);
      return;
    }
    case 'separate': {
      // One file per widget, as four script tags would load them: four copies of Lit.
      const results = await Promise.allSettled(WIDGETS.map(({ tag }) => import(bundle(tag))));
      for (const result of results) if (result.status === 'rejected') errors.push(String(result.reason));
      return;
    }
  }
}

let tooltip = false;
const downloads: string[] = [];

/** Uses the SVG and CSV buttons of `el` (the export code loads on demand) and records what they make, saving nothing. */
async function download(el: Element, tag: string): Promise<void> {
  for (const format of ['SVG', 'CSV']) {
    const button = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="download"]') ?? [])].find((b) => b.textContent?.trim() === format);
    if (!button) continue;
    const made = new Promise<string>((resolve) => {
      const keep = (event: Event) => {
        event.preventDefault();
        const { blob } = (event as CustomEvent<{ blob: Blob }>).detail;
        resolve(`${tag} ${format} ${blob.type} ${blob.size > 100 ? 'made' : `${blob.size} bytes`}`);
      };
      el.addEventListener('praksis-download', keep, { once: true });
      setTimeout(() => resolve(`${tag} ${format}: ${el.shadowRoot?.querySelector('[part~="downloads"] + [role="status"]')?.textContent?.trim() || 'nothing'}`), 3000);
    });
    button.click();
    downloads.push(await made);
  }
}

async function run(): Promise<CspReport['widgets']> {
  await loadLibrary();
  const property = document.getElementById('property')!;
  const invalid = document.getElementById('invalid')!;
  for (const { tag, examples, invalid: bad } of WIDGETS) {
    const el = document.createElement(tag);
    if (tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
    el.data = await fetchExample(examples[0]);
    property.append(el);
    const wrong = document.createElement(tag);
    wrong.data = await fetchExample(bad);
    invalid.append(wrong);
  }
  const placed = WIDGETS.flatMap((widget) =>
    ['inline', 'src', 'property', 'invalid'].map((how) => ({
      widget,
      how,
      el: document.querySelector(`#${how} > ${widget.tag}`)!,
    })),
  );
  if (query.has('blocked')) {
    // Data from another origin, which connect-src 'self' does not allow.
    const el = document.createElement('praksis-capacity-gauge');
    el.src = `http://127.0.0.1:${location.port}/packages/schema/examples/capacity/valid/practice-minimal.json`;
    document.body.append(el);
    placed.push({ widget: WIDGETS[0]!, how: 'blocked', el });
  }
  // Settled: drawn or showing an error. The library has loaded, so a tag not defined by now never
  // will be (a copy refused its policy stops before it defines its tag): no need to wait for it.
  const settled = () =>
    placed.every(({ el, widget }) => !customElements.get(widget.tag) || ['rendered', 'error'].includes(stateOf(el, widget.chart)));
  await until(settled, 8000, 'widgets to draw').catch((error: unknown) => errors.push(String(error)));

  // Interact: table views, the badge's detail, a focused diagram mark (positions its tooltip
  // through the CSSOM), then English.
  for (const { el } of placed) el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="table-toggle"]')?.click();
  for (const badge of document.querySelectorAll('praksis-hours-badge')) {
    badge.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
  }
  for (const { el, widget, how } of placed) if (how === 'property' && customElements.get(widget.tag)) await download(el, widget.tag);
  const sankey = document.querySelector('#src > praksis-referral-sankey')?.shadowRoot;
  // Focus, then a step by keyboard: a page without focus (tests run side by side) fires no focusin.
  const stop = sankey?.querySelector<SVGElement>('[tabindex="0"]');
  stop?.focus();
  stop?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
  // The tooltip comes with the part the sankey loads at a reader's first sign of intent (the step).
  const placedTip = () => {
    const tip = sankey?.querySelector<HTMLElement>('[part~="tooltip"]');
    return !!tip && !tip.hidden && tip.style.top !== '';
  };
  if (stop) await until(placedTip, 5000, 'the sankey tooltip').catch(() => undefined);
  tooltip = placedTip();
  document.documentElement.lang = 'en';
  await new Promise((resolve) => setTimeout(resolve, 100));
  // The English words load on demand: a widget shows its loading status until they are there.
  await until(settled, 8000, 'widgets to draw in English').catch((error: unknown) => errors.push(String(error)));

  return placed.map(({ widget, how, el }) => ({
    tag: widget.tag,
    how,
    state: stateOf(el, widget.chart),
    title: el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '',
    lang: el.shadowRoot?.querySelector('[part~="table-toggle"]')?.textContent?.trim() ?? '',
    error: el.shadowRoot?.querySelector('[part~="error"] li')?.textContent?.trim() ?? '',
  }));
}

void run()
  .catch((error: unknown) => {
    errors.push(String(error));
    return [];
  })
  .then(async (widgets) => {
    // Violation events are queued as tasks; let any late ones arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const report: CspReport = { type: 'hostile-csp', via, violations, errors, widgets, tooltip, downloads };
    parent.postMessage(report, location.origin);
  });
