import type { FlowModel } from '../model.js';
import { NEUTRAL, OTHER } from '../layout/colors.js';
import type { SankeyLayout } from '../layout/sankey.js';

const NS = 'http://www.w3.org/2000/svg';

/** The class that gives a mark its category colour (styles.ts), from its slot (layout/colors.ts). */
export const colorClass = (color: number) => (color === OTHER ? 'c-other' : color === NEUTRAL ? 'neutral' : `c${color}`);

/** An SVG element with its attributes; text from data goes in as a text node, never as markup. */
function el(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const n = document.createElementNS(NS, name);
  for (const key in attributes) n.setAttribute(key, String(attributes[key]));
  if (text !== undefined) n.textContent = text;
  return n;
}

/**
 * The static diagram, built with the DOM directly into one fragment: headings, flows, nodes and
 * labels. A template instance per flow cost more than the flows themselves at 8,000; no markup is
 * parsed, so a Trusted Types policy has nothing to check. Each mark carries only what drawing and
 * the pointer need: its class and geometry, and `data-k` naming its item (view/diagram.ts, keyOf).
 * Nothing here changes after drawing: focus, names and highlight live in the overlay
 * (view/highlight.ts).
 */
export function staticMarks(model: FlowModel, layout: SankeyLayout, colors: readonly number[], linkColor: 'source' | 'target'): DocumentFragment {
  const out = document.createDocumentFragment();
  if (layout.headings.length) {
    const headings = el('g', { class: 'headings', 'aria-hidden': 'true' });
    for (const h of layout.headings) headings.append(el('text', { x: h.x, y: h.y, 'text-anchor': h.anchor }, h.text));
    out.append(headings);
  }
  const links = el('g', { class: 'links' });
  for (const link of layout.links) {
    const flow = model.links[link.index]!;
    const color = colorClass(colors[linkColor === 'source' ? flow.source : flow.target]!);
    links.append(el('path', { class: flow.suppressed ? `link ${color} suppressed` : `link ${color}`, d: link.path, 'data-k': `l${link.index}` }));
  }
  const nodes = el('g', { class: 'nodes' });
  for (const node of layout.nodes) {
    nodes.append(
      el('rect', {
        class: `node ${colorClass(colors[node.index]!)}`,
        x: node.x0,
        y: node.y0,
        width: node.x1 - node.x0,
        height: node.y1 - node.y0,
        'data-k': `n${node.index}`,
      }),
    );
  }
  const labels = el('g', { class: 'labels', 'aria-hidden': 'true' });
  for (const node of layout.nodes) {
    const label = node.label;
    if (!label) continue;
    const text = el('text', { 'data-n': node.index, x: label.x, y: label.y, 'text-anchor': label.anchor });
    text.append(el('tspan', { class: 'name' }, label.name), el('tspan', { class: 'value', x: label.x, dy: label.lineHeight }, label.valueText));
    labels.append(text);
  }
  out.append(links, nodes, labels);
  return out;
}
