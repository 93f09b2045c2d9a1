import { html, nothing, render, svg, type TemplateResult } from 'lit';
import type { Lang } from '@praksis/core';
import type { FlowModel } from '../model.js';
import { NEUTRAL, OTHER } from '../layout/colors.js';
import { sankeyMessages } from '../messages.js';
import type { Key } from '../layout/keys.js';
import type { SankeyLayout } from '../layout/sankey.js';
import { renderTooltip, type ItemText } from './tooltip.js';

/** Above this many flows the diagram is a texture and its flows are drawn without anti-aliasing. */
const MANY_FLOWS = 2000;
/** Above this many flows the highlight does not fade in: each frame of a fade paints every flow again. */
const ANIMATED_FLOWS = 300;

/** The element's handlers for the chart's keyboard, focus and pointer events. */
export interface DiagramEvents {
  keydown: (event: KeyboardEvent) => void;
  focusin: (event: FocusEvent) => void;
  focusout: (event: FocusEvent) => void;
  pointerover: (event: PointerEvent) => void;
  pointerleave: () => void;
  pointerdown: (event: PointerEvent) => void;
}

/** The item a diagram mark stands for, from its data-k attribute. */
export function keyOf(target: EventTarget | null): Key | undefined {
  const k = target instanceof Element ? target.getAttribute('data-k') : null;
  return k && /^[nl]\d+$/.test(k) ? (k as Key) : undefined;
}

const colorClass = (color: number) => (color === OTHER ? 'c-other' : color === NEUTRAL ? 'neutral' : `c${color}`);

/**
 * The chart: the SVG diagram's box, and the tooltip; an empty box until laid out. Its marks are
 * drawn into it by `drawMarks`. The handlers sit on the chart's box, not the SVG: Chromium makes
 * an SVG element with focus listeners a tab stop of its own. `tip` is what the tooltip says (none
 * while it is hidden). `marks`, from `renderMarks`, are drawn in the template itself: a server
 * render has no after in which to draw them.
 */
export function renderDiagram(
  model: FlowModel,
  layout: SankeyLayout | undefined,
  lang: Lang,
  tip: ItemText | undefined,
  events: DiagramEvents,
  marks?: TemplateResult,
): TemplateResult {
  if (!layout) return html`<div class="chart"></div>`;
  const m = sankeyMessages[lang];
  return html`<div
      class="chart"
      @keydown=${events.keydown}
      @focusin=${events.focusin}
      @focusout=${events.focusout}
      @pointerover=${events.pointerover}
      @pointerleave=${events.pointerleave}
      @pointerdown=${events.pointerdown}
    >
      <p id="keys" class="visually-hidden">${m.keyboardHint}</p>
      <svg
        part="diagram"
        class=${model.links.length > MANY_FLOWS ? 'many still' : model.links.length > ANIMATED_FLOWS ? 'still' : ''}
        role="application"
        aria-roledescription=${m.roleDescription}
        aria-label=${m.chartLabel}
        aria-describedby="keys"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
      >${marks ?? nothing}</svg>
      ${renderTooltip(tip)}
    </div>`;
}

/** The drawing each SVG shows (its colours stand for the model, layout and link colouring they come from). */
const drawn = new WeakMap<Element, readonly number[]>();

/**
 * Draws the headings, flows, nodes and labels into `svgEl`, once per layout: they are drawn apart
 * from the element's template, so drawing it again (for the tooltip, say) never walks thousands of
 * marks. `colors` holds each node's colour (layout/colors.ts); flows are coloured like the node
 * they go to or come from (`linkColor`). No mark is focusable here: the element gives the one tab
 * stop to one mark at a time and draws the path highlight on the marks directly.
 */
export function drawMarks(svgEl: SVGSVGElement, model: FlowModel, layout: SankeyLayout, colors: readonly number[], linkColor: 'source' | 'target'): void {
  if (drawn.get(svgEl) === colors) return;
  drawn.set(svgEl, colors);
  render(renderMarks(model, layout, colors, linkColor), svgEl);
}

/** The headings, flows, nodes and labels of a laid-out diagram, as the SVG's content. */
export function renderMarks(model: FlowModel, layout: SankeyLayout, colors: readonly number[], linkColor: 'source' | 'target'): TemplateResult {
  return svg`${
    layout.headings.length
      ? svg`<g class="headings" aria-hidden="true">${layout.headings.map((h) => svg`<text x=${h.x} y=${h.y} text-anchor=${h.anchor}>${h.text}</text>`)}</g>`
      : nothing
  }<g class="links">${layout.links.map((link) => {
    const flow = model.links[link.index]!;
    const classes = `link ${colorClass(colors[linkColor === 'source' ? flow.source : flow.target]!)}${flow.suppressed ? ' suppressed' : ''}`;
    return svg`<path class=${classes} d=${link.path} data-k=${`l${link.index}`}></path>`;
  })}</g><g class="nodes">${layout.nodes.map(
    (node) =>
      svg`<rect class=${`node ${colorClass(colors[node.index]!)}`} x=${node.x0} y=${node.y0} width=${node.x1 - node.x0} height=${node.y1 - node.y0} data-k=${`n${node.index}`}></rect>`,
  )}</g><g class="labels" aria-hidden="true">${layout.nodes.map((node) =>
    node.label
      ? svg`<text data-n=${node.index} x=${node.label.x} y=${node.label.y} text-anchor=${node.label.anchor}
                  ><tspan class="name">${node.label.name}</tspan><tspan class="value" x=${node.label.x} dy=${node.label.lineHeight}>${node.label.valueText}</tspan></text>`
      : nothing,
  )}</g>`;
}
