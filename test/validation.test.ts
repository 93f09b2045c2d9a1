/**
 * Hostile documents through the real widgets: whatever a widget is given (as `data`, as inline
 * JSON text or from `src`), it never throws, and either draws with no NaN or Infinity anywhere, or
 * shows the explanation panel naming the first problem's JSON pointer and fires praksis-error with
 * it. fast-check, seeded and bounded: a few runs per widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '@praksis/widgets';
import { DOCUMENT_KINDS, MAX_DEPTH, parseJsonText, validateDocument, type ValidationIssue } from '@praksis/schema';
import type { PraksisErrorDetail } from '@praksis/core';
import { part } from './helpers.js';
import { BADGE_AT, fetchExample, WIDGETS, type WidgetCase } from './hostile/widgets.js';

/** The widget that draws documents of this kind. */
const widgetFor = (kind: string): WidgetCase => WIDGETS.find((widget) => widget.examples[0].startsWith(`${kind}/`))!;

type Widget = HTMLElement & { data?: unknown; src?: string; updateComplete: Promise<boolean> };

/** Numbers that did not survive: NaN, Infinity or ∞ anywhere a reader or an SVG path would see them. */
const BROKEN = /NaN|Infinity|∞/;

/** The text and every attribute in the widget's shadow root. */
function everythingShown(el: Element): string {
  const root = el.shadowRoot!;
  const attributes = [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => `${a.name}=${a.value}`));
  return `${root.textContent ?? ''}\n${attributes.join('\n')}`;
}

interface Outcome {
  errors?: PraksisErrorDetail['errors'];
  rendered: boolean;
  thrown: unknown[];
}

/** Puts a widget on the page, gives it its input, and waits for praksis-render or praksis-error. */
async function run(widget: WidgetCase, give: (el: Widget) => void): Promise<{ el: Widget; outcome: Outcome }> {
  const outcome: Outcome = { rendered: false, thrown: [] };
  const onError = (event: ErrorEvent) => outcome.thrown.push(event.error ?? event.message);
  window.addEventListener('error', onError);
  const realError = console.error;
  console.error = (...args: unknown[]) => outcome.thrown.push(args[0]);
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement(widget.tag) as Widget;
    if (widget.tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
    const settled = new Promise<void>((resolve) => {
      el.addEventListener('praksis-error', (event) => {
        outcome.errors = (event as CustomEvent<PraksisErrorDetail>).detail.errors;
        resolve();
      });
      el.addEventListener('praksis-render', () => {
        outcome.rendered = true;
        resolve();
      });
    });
    give(el);
    wrapper.append(el);
    await settled;
    await el.updateComplete;
    return { el, outcome };
  } finally {
    window.removeEventListener('error', onError);
    console.error = realError;
  }
}

/** The panel's role, the pointer shown first, and the event's first problem agree with `issues`. */
function expectExplained(el: Widget, outcome: Outcome, issues: readonly ValidationIssue[]): void {
  expect(outcome.thrown, String(outcome.thrown[0])).to.deep.equal([]);
  const first = issues[0]!;
  expect(outcome.errors?.[0]).to.deep.equal({ path: first.path, message: first.message.en });
  const panel = part(el, 'error')!;
  expect(panel.getAttribute('role')).to.equal('alert');
  if (first.path) expect(panel.querySelector('code')?.textContent).to.equal(first.path);
  expect(panel.textContent).to.contain(first.message.en);
}

/** Objects and arrays `levels` deep around 1, as JSON text, without recursion. */
const deepText = (levels: number): string => `${'{"a":['.repeat(levels)}1${']}'.repeat(levels)}`;

const examples = new Map<string, Record<string, unknown>>();
before(async () => {
  for (const widget of WIDGETS) for (const name of widget.examples) examples.set(name, (await fetchExample(name)) as Record<string, unknown>);
});

/** Every place in a document where a value can be swapped, as [container pointer tokens, key]. */
function places(doc: unknown, path: (string | number)[] = []): [(string | number)[], string | number][] {
  if (typeof doc !== 'object' || doc === null || path.length > 8) return [];
  return Object.entries(doc).flatMap(([key, value]) => {
    const token = Array.isArray(doc) ? Number(key) : key;
    return [[path, token] as [(string | number)[], string | number], ...places(value, [...path, token])];
  });
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e308, -1, 5e-324, 3.7, 0, '', ' ', '\u200B', '0000-01-01', '9999-12-31', null, [], {}),
  fc.integer({ min: 1_000, max: 1_100_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 30, max: 50_000 }).map((n) => new Array<unknown>(n).fill('x')),
);

describe('hostile documents through every widget', function () {
  this.timeout(60_000);

  for (const widget of WIDGETS) {
    it(`${widget.tag}: a valid example with a value swapped, as data or as inline JSON, draws soundly or explains itself`, async () => {
      const docs = widget.examples.map((name) => examples.get(name)!);
      const cases = fc
        .constantFrom(...docs)
        .chain((doc) => fc.tuple(fc.constant(doc), fc.constantFrom(...places(doc)), hostileValue, fc.boolean()));
      await fc.assert(
        fc.asyncProperty(cases, async ([doc, [path, key], value, asText]) => {
          const data = structuredClone(doc);
          const parent = path.reduce<Record<string | number, unknown>>((node, token) => node[token] as Record<string | number, unknown>, data);
          parent[key] = value;
          const text = JSON.stringify(data);
          const { el, outcome } = await run(widget, (w) => {
            if (!asText) w.data = data;
            else {
              const script = document.createElement('script');
              script.type = 'application/json';
              script.textContent = text.replaceAll('<', '\\u003c');
              w.append(script);
            }
          });
          // The widget's own validator: it reads one kind, whatever $schema says.
          const kind = DOCUMENT_KINDS.find((k) => k.name === widget.examples[0].split('/')[0])!;
          const issues = kind.validate(data);
          if (issues.length > 0) expectExplained(el, outcome, issues);
          else {
            expect(outcome.thrown, String(outcome.thrown[0])).to.deep.equal([]);
            expect(outcome.rendered).to.equal(true);
            expect(everythingShown(el)).to.not.match(BROKEN);
          }
          el.remove();
        }),
        { numRuns: 12, seed: 4242 },
      );
    });
  }
});

describe('JSON text, the same on every route', function () {
  this.timeout(30_000);
  const gauge = widgetFor('capacity');
  const minimal = () => structuredClone(examples.get('capacity/valid/practice-minimal')!);

  const inline = (text: string) => (el: Widget) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    el.append(script);
  };
  const src = (text: string) => (el: Widget) => (el.src = URL.createObjectURL(new Blob([text], { type: 'application/json' })));

  it('10,000 levels of nesting, as data, inline text or src: one problem at its pointer, no "unexpected error"', async () => {
    const text = JSON.stringify(minimal()).replace('"fictional":true', `"fictional":${deepText(10_000)}`);
    const parsed = parseJsonText(text);
    expect(parsed.ok).to.equal(false);
    const textIssues = parsed.ok ? [] : parsed.issues;
    // The document and provenance are two levels; {"a": [ adds two more each time.
    expect(textIssues[0]!.path).to.match(new RegExp(`^/provenance/fictional(/a/0){${MAX_DEPTH / 2 - 1}}$`));
    for (const give of [inline(text), src(text)]) {
      const { el, outcome } = await run(gauge, give);
      expectExplained(el, outcome, textIssues);
      expect(outcome.errors![0]!.message).to.match(/^is nested too deeply: more than 32 levels \(at 1:\d+\)$/);
    }
    // As data, built without JSON, and containing itself.
    let value: unknown = 1;
    for (let i = 0; i < 10_000; i++) value = { a: [value] };
    const data = { ...minimal(), unit: value };
    const { el, outcome } = await run(gauge, (w) => (w.data = data));
    expectExplained(el, outcome, validateDocument(data).issues);
    expect(outcome.errors![0]!.message).to.equal('is nested too deeply: more than 32 levels');
  });

  it('a key given twice: its pointer and both places, on the inline and src routes alike', async () => {
    const text = JSON.stringify(minimal(), null, 2).replace('"listedPatients": 1480,', '"listedPatients": 1480,\n  "listedPatients": 14800000,');
    const parsed = parseJsonText(text);
    for (const give of [inline(text), src(text)]) {
      const { el, outcome } = await run(gauge, give);
      expectExplained(el, outcome, parsed.ok ? [] : parsed.issues);
      expect(outcome.errors).to.deep.equal([{ path: '/listedPatients', message: 'is given twice in the same object, at 8:3 and at 9:3; give each field once' }]);
    }
  });

  it('a byte-order mark is read on every route; where text is not JSON is said as line:column, invisible characters by code point', async () => {
    const good = `\uFEFF${JSON.stringify(minimal(), null, 2)}`;
    for (const give of [inline(good), src(good)]) expect((await run(gauge, give)).outcome.rendered).to.equal(true);
    const bad = `\uFEFF{\n  "unit": {}\u200B\n}`;
    const inlined = await run(gauge, inline(bad));
    expect(inlined.outcome.errors).to.deep.equal([
      { path: '', message: 'the content of <script type="application/json"> is not valid JSON at 2:13: expected "," or "}" but found the invisible character U+200B' },
    ]);
    const fetched = await run(gauge, src(bad));
    expect(fetched.outcome.errors![0]!.message).to.match(/: the response is not valid JSON at 2:13: expected "," or "}" but found the invisible character U\+200B$/);
    for (const { el } of [inlined, fetched]) expect(part(el, 'error')!.textContent).to.not.match(/[\u200B\uFEFF]/);
  });
});

describe('the largest valid figures draw as finite numbers', function () {
  this.timeout(30_000);
  // `any`: each change reaches into nested fields of its kind of document.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const extremes: [WidgetCase, string, (doc: Record<string, any>) => void][] = [
    [widgetFor('capacity'), 'capacity/valid/practice-minimal', (d) => Object.assign(d, { listedPatients: 10_000_000, capacities: 0.01 })],
    [widgetFor('capacity'), 'capacity/valid/national-2017-2022', (d) => d.trend.forEach((p: Record<string, number>) => Object.assign(p, { listedPatients: 10_000_000, capacities: 0.01 }))],
    [widgetFor('referral-flows'), 'referral-flows/valid/national-2022', (d) => d.links.forEach((l: Record<string, number>) => (l.value = 1e9))],
    [widgetFor('delegation-matrix'), 'delegation-matrix/valid/national-survey-2022', (d) => (d.scale.n = 10_000_000)],
  ];
  for (const [widget, name, change] of extremes) {
    it(`${widget.tag}: ${name} at its limits`, async () => {
      const data = structuredClone(examples.get(name)!);
      change(data);
      expect(validateDocument(data).issues).to.deep.equal([]);
      const { el, outcome } = await run(widget, (w) => (w.data = data));
      expect(outcome.thrown, String(outcome.thrown[0])).to.deep.equal([]);
      expect(outcome.rendered).to.equal(true);
      expect(everythingShown(el)).to.not.match(BROKEN);
    });
  }
});
