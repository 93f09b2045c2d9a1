import { html, svg, type TemplateResult } from 'lit';
import { formatNumber, formatShare, type Lang } from '@praksis/core';
import type { ReferralFlows } from '@praksis/schema';
import type { FlowModel } from '../model.js';
import { flowValueText } from '../summary.js';
import { sankeyMessages } from '../messages.js';
import { rankFlows } from '../layout/flow-list.js';
import { describeItem } from './item-text.js';

/**
 * The phone layout (layout/flow-list.ts): every flow, largest first, as a list item with both names
 * in full (they wrap; nothing is cut), its value and share, and a bar coloured like the sankey's
 * flow (`colors`: layout/colors.ts, one slot per node that paints a flow). The visible line is hidden from screen readers, which get the same sentence as the
 * diagram's marks ("Almen praksis → Speciallæge: 1.893.921 henvisninger, 34,9 % af …"); the list is
 * plain text, read in order, with nothing to operate. It sits in the chart box, so the element
 * keeps measuring its width.
 */
export function renderFlowList(doc: ReferralFlows, model: FlowModel, lang: Lang, linkColor: 'source' | 'target', colors: readonly number[]): TemplateResult {
  const m = sankeyMessages[lang];
  const colorClass = (node: number) => (colors[node]! < 0 ? 'c-other' : `c${colors[node]}`);
  return html`<div class="chart">
    <ol part="flows" class="flow-list" aria-label=${m.flowListLabel}>
      ${rankFlows(model.links).map(({ index, bar }) => {
        const link = model.links[index]!;
        const source = model.nodes[link.source]!;
        const target = model.nodes[link.target]!;
        const { title, lines } = describeItem(`l${index}`, doc, model, lang);
        const value =
          link.below !== undefined ? m.lessThan(formatNumber(lang, link.below)) : link.partial ? m.atLeast(flowValueText(link.value, doc, lang)) : flowValueText(link.value, doc, lang);
        const share = link.share === undefined ? '' : ` · ${formatShare(lang, link.share)}`;
        return html`<li>
          <span class="visually-hidden">${title}: ${lines.join(', ')}</span>
          <span class="flow-line" aria-hidden="true"
            ><span class="flow-names">${source.label} → ${target.label}</span><span class="flow-figures">${value}${share}</span></span
          >
          <svg class="flow-bar" aria-hidden="true" width="100%" height="8" focusable="false">${svg`<rect
            class=${`${colorClass(linkColor === 'source' ? link.source : link.target)}${link.suppressed ? ' suppressed' : ''}`}
            width=${`${(bar * 100).toFixed(2)}%`}
            height="8"
          ></rect>`}</svg>
        </li>`;
      })}
    </ol>
  </div>`;
}
