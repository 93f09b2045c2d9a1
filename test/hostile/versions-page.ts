/**
 * Page script of test/hostile/versions.html: several embedders on one page, each with its own
 * bundle of the library (own Lit, own core), possibly of different versions. Records console
 * warnings and errors and uncaught exceptions, waits for every widget to draw and reports.
 */
import { BADGE_AT, exampleUrl, stateOf, until, WIDGETS } from './widgets.js';

export interface VersionsReport {
  type: 'hostile-versions';
  warnings: string[];
  errors: string[];
  widgets: { embedder: string; tag: string; state: string }[];
  /** The library version whose class each tag ended up with. */
  definedBy: Record<string, string | undefined>;
}

const warnings: string[] = [];
const errors: string[] = [];
const { warn, error } = console;
console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  error.apply(console, args);
};
window.addEventListener('error', (event) => {
  if (!String(event.message).startsWith('ResizeObserver loop')) errors.push(String(event.message));
});
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const embedders = (new URLSearchParams(location.search).get('embedders') ?? '').split(',').filter(Boolean);
const placed: { embedder: string; el: Element; chart: string }[] = [];

async function run(): Promise<void> {
  for (const [index, embedder] of embedders.entries()) {
    const [file, version] = embedder.split('@') as [string, string | undefined];
    const section = document.createElement('section');
    const widgets = file === 'praksis-widgets' ? WIDGETS : WIDGETS.filter((w) => w.tag === file);
    for (const { tag, examples, chart } of widgets) {
      const el = document.createElement(tag);
      if (tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
      el.setAttribute('src', exampleUrl(examples[index % 2]!));
      section.append(el);
      placed.push({ embedder, el, chart });
    }
    document.body.append(section);
    const url = `/hostile/bundle/${file}.js${version ? `?version=${encodeURIComponent(version)}` : ''}`;
    await import(url);
  }
  await until(() => placed.every(({ el, chart }) => ['rendered', 'error'].includes(stateOf(el, chart))), 8000, 'widgets to draw');
}

void run()
  .catch((reason: unknown) => errors.push(String(reason)))
  .then(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const definedBy = Object.fromEntries(
      WIDGETS.map(({ tag }) => [tag, (customElements.get(tag) as { praksisVersion?: string } | undefined)?.praksisVersion]),
    );
    const report: VersionsReport = {
      type: 'hostile-versions',
      warnings,
      errors,
      widgets: placed.map(({ embedder, el, chart }) => ({ embedder, tag: el.localName, state: stateOf(el, chart) })),
      definedBy,
    };
    parent.postMessage(report, location.origin);
  });
