import { nothing, svg, type TemplateResult } from 'lit';
import type { FlowModel } from '../model.js';
import { NEUTRAL, OTHER } from '../layout/colors.js';
import type { SankeyLayout } from '../layout/sankey.js';
import { DENSE_FLOWS, groupOf, joinMarks, outlineOf } from '../layout/joined.js';

const NS = 'http://www.w3.org/2000/svg';

/** The class that gives a mark its category colour (styles.ts), from its slot (layout/colors.ts). */
export const colorClass = (color: number) => (color === OTHER ? 'c-other' : color === NEUTRAL ? 'neutral' : `c${color}`);

/** One element of the static diagram: its name, attributes, text (from data: always text) and children. */
export interface Mark {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly text?: string;
  readonly children?: readonly Mark[];
}

const mark = (name: string, attributes: Record<string, string | number>, children?: readonly Mark[], text?: string): Mark => ({ name, attributes, children, text });

/**
 * The static diagram: headings, flows, nodes and labels. Each mark carries only what drawing and
 * the pointer need: its class and geometry, and `data-k` naming its item (view/diagram.ts, keyOf),
 * or, for the flows of a dense diagram joined into paths, `data-on` naming them. Nothing here
 * changes after drawing: the tab stop and its name live in the overlay (view/tab-stop.ts), and so
 * does the highlight, once its part has been loaded (view/interaction.ts).
 */
export function marksOf(model: FlowModel, layout: SankeyLayout, colors: readonly number[], linkColor: 'source' | 'target'): Mark[] {
  const out: Mark[] = [];
  if (layout.headings.length) {
    out.push(mark('g', { class: 'headings', 'aria-hidden': 'true' }, layout.headings.map((h) => mark('text', { x: h.x, y: h.y, 'text-anchor': h.anchor }, undefined, h.text))));
  }
  const looks = layout.links.map((link) => {
    const flow = model.links[link.index]!;
    const color = colorClass(colors[linkColor === 'source' ? flow.source : flow.target]!);
    const cls = flow.suppressed ? `link ${color} suppressed` : `link ${color}`;
    return { cls, d: link.path, key: `l${link.index}`, group: groupOf(cls, link.x0, Math.min(link.y0, link.y1)) };
  });
  // A dense diagram's flows are joined (layout/joined.ts); each joined path lists its flows in
  // data-on, in drawing order, and the pointer finds the one under it (layout/link-at.ts).
  const links =
    looks.length > DENSE_FLOWS
      ? [...joinMarks(looks).values()].map((group) => mark('path', { class: group.cls, d: outlineOf(group), 'data-on': group.keys.join(' ') }))
      : looks.map((look) => mark('path', { class: look.cls, d: look.d, 'data-k': look.key }));
  const nodes = layout.nodes.map((node) =>
    mark('rect', { class: `node ${colorClass(colors[node.index]!)}`, x: node.x0, y: node.y0, width: node.x1 - node.x0, height: node.y1 - node.y0, 'data-k': `n${node.index}` }),
  );
  const labels: Mark[] = [];
  for (const node of layout.nodes) {
    const label = node.label;
    if (!label) continue;
    labels.push(
      mark('text', { 'data-n': node.index, x: label.x, y: label.y, 'text-anchor': label.anchor }, [
        mark('tspan', { class: 'name' }, undefined, label.name),
        mark('tspan', { class: 'value', x: label.x, dy: label.lineHeight }, undefined, label.valueText),
      ]),
    );
  }
  out.push(mark('g', { class: 'links' }, links), mark('g', { class: 'nodes' }, nodes), mark('g', { class: 'labels', 'aria-hidden': 'true' }, labels));
  return out;
}

/**
 * The marks built with the DOM directly into one fragment, in the browser. A template instance per
 * flow cost more than the flows themselves at 8,000; no markup is parsed, so a Trusted Types
 * policy has nothing to check.
 */
export function staticMarks(model: FlowModel, layout: SankeyLayout, colors: readonly number[], linkColor: 'source' | 'target'): DocumentFragment {
  const build = (m: Mark): SVGElement => {
    const n = document.createElementNS(NS, m.name);
    for (const key in m.attributes) n.setAttribute(key, String(m.attributes[key]));
    if (m.text !== undefined) n.textContent = m.text;
    if (m.children) n.append(...m.children.map(build));
    return n;
  };
  const out = document.createDocumentFragment();
  out.append(...marksOf(model, layout, colors, linkColor).map(build));
  return out;
}

/**
 * The marks as a template, for a server render, which has no DOM to build them in and no after in
 * which to draw them. One template per kind of element `marksOf` writes; Lit writes every value as
 * text or an attribute value, never as markup.
 */
export function marksTemplate(marks: readonly Mark[]): TemplateResult[] {
  const write = (m: Mark): TemplateResult => {
    const a = (name: string) => m.attributes[name] ?? nothing;
    const children = m.children?.map(write) ?? nothing;
    switch (m.name) {
      case 'g':
        return svg`<g class=${a('class')} aria-hidden=${a('aria-hidden')}>${children}</g>`;
      case 'path':
        return svg`<path class=${a('class')} d=${a('d')} data-k=${a('data-k')} data-on=${a('data-on')}></path>`;
      case 'rect':
        return svg`<rect class=${a('class')} x=${a('x')} y=${a('y')} width=${a('width')} height=${a('height')} data-k=${a('data-k')}></rect>`;
      case 'tspan':
        return svg`<tspan class=${a('class')} x=${a('x')} dy=${a('dy')}>${m.text ?? nothing}</tspan>`;
      default:
        return svg`<text data-n=${a('data-n')} x=${a('x')} y=${a('y')} text-anchor=${a('text-anchor')}>${m.text ?? nothing}${children}</text>`;
    }
  };
  return marks.map(write);
}
