/** The four widgets, with two valid example documents each and the part that shows the figures. */
export interface WidgetCase {
  tag: 'praksis-capacity-gauge' | 'praksis-delegation-matrix' | 'praksis-referral-sankey' | 'praksis-hours-badge';
  /** Example documents (kind/valid/name under packages/schema/examples). */
  examples: [string, string];
  /** An invalid example, for the error panel. */
  invalid: string;
  /** Selector of the part that carries the chart or the key figure once drawn. */
  chart: string;
}

export const WIDGETS: readonly WidgetCase[] = [
  {
    tag: 'praksis-capacity-gauge',
    examples: ['capacity/valid/practice-minimal', 'capacity/valid/national-2017-2022'],
    invalid: 'capacity/invalid/bad-date',
    chart: '[part~="gauge"]',
  },
  {
    tag: 'praksis-delegation-matrix',
    examples: ['delegation-matrix/valid/practice-medium', 'delegation-matrix/valid/national-survey-2022'],
    invalid: 'delegation-matrix/invalid/negative-share',
    // The grid when wide, bars or cards when narrow.
    chart: '[part~="matrix"], [part~="bars"], [part~="cards"]',
  },
  {
    tag: 'praksis-referral-sankey',
    examples: ['referral-flows/valid/three-stage-fictional', 'referral-flows/valid/national-2022'],
    invalid: 'referral-flows/invalid/negative-value',
    chart: '[part~="diagram"]',
  },
  {
    tag: 'praksis-hours-badge',
    examples: ['accessibility-declaration/valid/meets-all', 'accessibility-declaration/valid/misses-late-consultation'],
    invalid: 'accessibility-declaration/invalid/bad-time',
    chart: '[part~="summary"]',
  },
];

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
