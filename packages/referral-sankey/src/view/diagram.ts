import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '@praksis/core';
import type { FlowModel, FlowNode } from '../model.js';
import { sankeyMessages } from '../messages.js';
import type { Key } from '../layout/keys.js';
import type { SankeyLayout } from '../layout/sankey.js';
import { renderTooltip, type ItemText } from './tooltip.js';

/** Above this many flows the diagram is a texture and its flows are drawn without anti-aliasing. */
const MANY_FLOWS = 2000;

/** The element's handlers for the diagram's keyboard, focus and pointer events. */
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

/**
 * The chart: the SVG diagram, with nodes and flows that take focus (one tab stop, set by the
 * element after each draw), labels, headings and the tooltip; an empty box until laid out. Flows
 * are coloured like the node they go to or come from (`linkColor`); `active` is the highlighted
 * item, `on` the nodes and flows on the path through it, and `tip` what the tooltip says (none
 * while it is hidden).
 */
export function renderDiagram(
  model: FlowModel,
  layout: SankeyLayout | undefined,
  lang: Lang,
  linkColor: 'source' | 'target',
  active: Key | undefined,
  on: { nodes: ReadonlySet<number>; links: ReadonlySet<number> } | undefined,
  tip: ItemText | undefined,
  events: DiagramEvents,
): TemplateResult {
  if (!layout) return html`<div class="chart"></div>`;
  const m = sankeyMessages[lang];
  const colorClass = (node: FlowNode) => (node.color < 0 ? 'c-other' : `c${node.color}`);
  return html`<div class="chart">
      <p id="keys" class="visually-hidden">${m.keyboardHint}</p>
      <svg
        part="diagram"
        class=${`${active ? 'active' : ''}${model.links.length > MANY_FLOWS ? ' many' : ''}`}
        role="application"
        aria-roledescription=${m.roleDescription}
        aria-label=${m.chartLabel}
        aria-describedby="keys"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        @keydown=${events.keydown}
        @focusin=${events.focusin}
        @focusout=${events.focusout}
        @pointerover=${events.pointerover}
        @pointerleave=${events.pointerleave}
        @pointerdown=${events.pointerdown}
      >
        ${layout.headings.length
          ? svg`<g class="headings" aria-hidden="true">${layout.headings.map(
              (h) => svg`<text x=${h.x} y=${h.y} text-anchor=${h.anchor}>${h.text}</text>`,
            )}</g>`
          : nothing}
        <g class="links">
          ${layout.links.map((link) => {
            const flow = model.links[link.index]!;
            const key: Key = `l${link.index}`;
            const node = model.nodes[linkColor === 'source' ? flow.source : flow.target]!;
            const classes = `link ${colorClass(node)}${link.drawWidth < 3 ? ' thin' : ''}${flow.suppressed ? ' suppressed' : ''}${on?.links.has(link.index) ? ' on' : ''}`;
            return svg`<path class=${classes} d=${link.path} data-k=${key} tabindex="-1"></path>`;
          })}
        </g>
        <g class="nodes">
          ${layout.nodes.map((node) => {
            const key: Key = `n${node.index}`;
            const classes = `node ${colorClass(model.nodes[node.index]!)}${on?.nodes.has(node.index) ? ' on' : ''}`;
            return svg`<rect class=${classes} x=${node.x0} y=${node.y0} width=${node.x1 - node.x0} height=${node.y1 - node.y0} data-k=${key} tabindex="-1"></rect>`;
          })}
        </g>
        <g class="labels" aria-hidden="true">
          ${layout.nodes.map((node) =>
            node.label
              ? svg`<text class=${on?.nodes.has(node.index) ? 'on' : ''} x=${node.label.x} y=${node.label.y} text-anchor=${node.label.anchor}
                  ><tspan class="name">${node.label.name}</tspan><tspan class="value" x=${node.label.x} dy=${node.label.lineHeight}>${node.label.valueText}</tspan></text>`
              : nothing,
          )}
        </g>
      </svg>
      ${renderTooltip(tip)}
    </div>`;
}
