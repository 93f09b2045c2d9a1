import { WIDGETS as REGISTRY } from '@praksis/widgets/registry.js';

/** A widget as the shared tests use it: two valid example documents and the part that shows the figures. */
/** The tags the registration modules declare (HTMLElementTagNameMap), so createElement is typed. */
type PraksisTag = Extract<keyof HTMLElementTagNameMap, `praksis-${string}`>;

export interface WidgetCase {
  tag: PraksisTag;
  /** Example documents (kind/valid/name under packages/schema/examples). */
  examples: [string, string];
  /** An invalid example, for the error panel. */
  invalid: string;
  /** Selector of the part that carries the chart or the key figure once drawn. */
  chart: string;
}

/** Every widget in the registry. */
export const WIDGETS: readonly WidgetCase[] = REGISTRY.map((widget) => {
  const [first, second = first] = widget.examples.valid;
  return {
    tag: widget.tag as PraksisTag,
    examples: [`${widget.kind.name}/valid/${first}`, `${widget.kind.name}/valid/${second}`],
    invalid: `${widget.kind.name}/invalid/${widget.examples.invalid}`,
    chart: widget.figures,
  };
});

/** A fixed moment for the hours badge, so what it says does not depend on the clock. */
export const BADGE_AT = '2026-03-03T10:00:00+01:00';

export const exampleUrl = (name: string): string => `/packages/schema/examples/${name}.json`;

export async function fetchExample(name: string): Promise<unknown> {
  const response = await fetch(exampleUrl(name));
  if (!response.ok) throw new Error(`missing example ${name}`);
  return response.json();
}

/** What a widget shows right now: its drawn figures, an error, or a status (loading, no data). */
export function stateOf(el: Element, chart: string): 'rendered' | 'error' | 'loading' | 'empty' | 'nothing' {
  const root = el.shadowRoot;
  if (!root) return 'nothing';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="title"]') && root.querySelector(chart)) return 'rendered';
  const status = root.querySelector('[part~="status"]');
  if (status) return status.getAttribute('aria-busy') === 'true' ? 'loading' : 'empty';
  return 'nothing';
}

/** Resolves when `done()` is true, checking every 20 ms; rejects after `ms`. */
export async function until(done: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!done()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
