/**
 * The phone layout: below FLOW_LIST_BELOW px a horizontal sankey gives its flows a third of the
 * width and cuts names until they are ambiguous, so the flows are listed instead, largest first,
 * each with its two names in full (wrapped, never cut), its value and share, and a bar on one
 * scale. Pure: no DOM.
 */

/**
 * Below this width (px) the flows are a ranked list. 440 holds every common phone column (320–430
 * CSS px, the widest phones at 430) with a little margin; from there up a two-column sankey has
 * room for names such as "Praktiserende speciallæge" beside its flows.
 */
export const FLOW_LIST_BELOW = 440;

/** Whether a chart `width` px wide shows the ranked list (0: not measured yet, so neither). */
export function showsFlowList(width: number): boolean {
  return width > 0 && width < FLOW_LIST_BELOW;
}

export interface ListFlowInput {
  source: number;
  target: number;
  /** The known value; 0 for a suppressed flow. */
  value: number;
  suppressed: boolean;
}

export interface ListedFlow {
  /** Index of the flow in the model's links. */
  index: number;
  /** Bar length as a share of the largest flow's, 0–1; 0 for a suppressed flow. */
  bar: number;
}

/**
 * The flows largest first; suppressed flows (no value to show) last; equal values in the data's
 * order. Bars share one scale, the largest flow's value.
 */
export function rankFlows(flows: readonly ListFlowInput[]): ListedFlow[] {
  const largest = flows.reduce((max, flow) => (flow.suppressed ? max : Math.max(max, flow.value)), 0);
  return flows
    .map((flow, index) => ({ flow, index }))
    .sort((a, b) => Number(a.flow.suppressed) - Number(b.flow.suppressed) || b.flow.value - a.flow.value || a.index - b.index)
    .map(({ flow, index }) => ({ index, bar: flow.suppressed || largest <= 0 ? 0 : flow.value / largest }));
}
