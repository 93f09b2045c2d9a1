import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '@praksis/core';
import type { FlowModel } from '../model.js';
import { sankeyMessages } from '../messages.js';
import type { Key } from '../layout/keys.js';
import type { SankeyLayout } from '../layout/sankey.js';
import { staticMarks } from './marks.js';
import { DENSE_FLOWS } from '../layout/joined.js';


/** The element's handlers for the chart's keyboard, focus and pointer events. */
export interface DiagramEvents {
  keydown: (event: KeyboardEvent) => void;
  focusin: (event: FocusEvent) => void;
  focusout: (event: FocusEvent) => void;
  pointerover: (event: PointerEvent) => void;
  pointermove: (event: PointerEvent) => void;
  pointerleave: () => void;
  pointerdown: (event: PointerEvent) => void;
}

/** The item a diagram mark (or the tab stop standing in for it) stands for, from its data-k attribute. */
export function keyOf(target: EventTarget | null): Key | undefined {
  const k = target instanceof Element ? target.getAttribute('data-k') : null;
  return k && /^[nl]\d+$/.test(k) ? (k as Key) : undefined;
}

/**
 * The chart: the diagram and the tooltip; an empty box until laid out. The diagram is three SVGs of
 * the same size, one over the other: the marks, drawn once per layout by `drawMarks`; the overlay
 * with the highlight and the tab stop; and the words drawn again over the highlight
 * (view/words.ts). The downloads leave the last two out (`screen-only`). The handlers sit on
 * the chart's box, not an SVG: Chromium makes an SVG element with focus listeners a tab stop of its
 * own. `tooltip` is the tooltip (view/tooltip.ts), once the code for it has been loaded
 * (view/interaction.ts). `marks` is the marks as a template
 * (`marksTemplate`) for a server render, which has no after in which to draw them.
 */
export function renderDiagram(
  model: FlowModel,
  layout: SankeyLayout | undefined,
  lang: Lang,
  tooltip: TemplateResult | typeof nothing,
  events: DiagramEvents,
  marks?: TemplateResult[],
): TemplateResult {
  if (!layout) return html`<div class="chart"></div>`;
  const m = sankeyMessages[lang];
  const viewBox = `0 0 ${layout.width} ${layout.height}`;
  return html`<div
      class="chart"
      @keydown=${events.keydown}
      @focusin=${events.focusin}
      @focusout=${events.focusout}
      @pointerover=${events.pointerover}
      @pointermove=${events.pointermove}
      @pointerleave=${events.pointerleave}
      @pointerdown=${events.pointerdown}
    >
      <p id="keys" class="visually-hidden">${m.keyboardHint}</p>
      <div
        part="diagram"
        class=${model.links.length > DENSE_FLOWS ? 'plot many' : 'plot'}
        role="application"
        aria-roledescription=${m.roleDescription}
        aria-label=${m.chartLabel}
        aria-describedby="keys"
      >
        <svg class="marks" width=${layout.width} height=${layout.height} viewBox=${viewBox}>${marks ?? nothing}</svg>
        <svg class="overlay screen-only" width=${layout.width} height=${layout.height} viewBox=${viewBox}></svg>
        <svg class="words screen-only" aria-hidden="true" width=${layout.width} height=${layout.height} viewBox=${viewBox}></svg>
      </div>
      ${tooltip}
    </div>`;
}

/** The drawing each SVG shows (its colours stand for the model, layout and link colouring they come from). */
const drawn = new WeakMap<Element, readonly number[]>();

/**
 * Draws the headings, flows, nodes and labels into `svgEl`, once per layout, apart from the
 * element's template, so drawing it again (for the tooltip, say) never walks thousands of marks.
 * `colors` holds each node's colour (layout/colors.ts); flows are coloured like the node they go to
 * or come from (`linkColor`).
 */
export function drawMarks(svgEl: SVGSVGElement, model: FlowModel, layout: SankeyLayout, colors: readonly number[], linkColor: 'source' | 'target'): void {
  if (drawn.get(svgEl) === colors) return;
  drawn.set(svgEl, colors);
  svgEl.replaceChildren(staticMarks(model, layout, colors, linkColor));
}
