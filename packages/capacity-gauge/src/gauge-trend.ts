import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate, formatNumber, type Lang } from '@praksis/core';
import type { CapacityDocument } from '@praksis/schema';
import { gaugeMessages } from './capacity-gauge.messages.js';
import type { CapacityFigures } from './capacity-model.js';
import { layoutTrend } from './trend-layout.js';

/**
 * The trend line under the gauge: loaded on demand, only for data with a trend, so a gauge of a
 * single date does not carry its layout and template.
 */
export function renderTrend(doc: CapacityDocument, f: CapacityFigures, lang: Lang, chartWidth: number): TemplateResult | typeof nothing {
  const first = f.trend[0];
  const last = f.trend[f.trend.length - 1];
  if (!first || !last) return nothing;
  const m = gaugeMessages[lang];
  const n = (v: number) => formatNumber(lang, v);
  const year = (d: string) => formatDate(lang, d, 'year');
  const layout = layoutTrend({
    width: Math.min(chartWidth, 360),
    points: f.trend.map((p) => ({ date: p.date, value: p.perCapacity })),
    reference: doc.norm.basis === 'capacity' ? f.norm : undefined,
  });
  const summary = m.trendSummary(year(first.date), n(first.perCapacity), year(last.date), n(last.perCapacity));
  return html`<figure part="trend" class="trend">
    <figcaption>${m.trend(year(first.date), year(last.date))}</figcaption>
    <svg role="img" aria-label=${summary} width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">
      ${layout.referenceY === undefined
        ? nothing
        : svg`<line class="trend-reference" x1="0" x2=${layout.width} y1=${layout.referenceY} y2=${layout.referenceY}></line>`}
      <path class="trend-line" d=${layout.path}></path>
      ${layout.dots.map((d) => svg`<circle class="trend-dot" cx=${d.x} cy=${d.y} r="2.5"></circle>`)}
    </svg>
    <div class="trend-ends">
      <span>${year(first.date)}: ${n(first.perCapacity)}</span><span>${year(last.date)}: ${n(last.perCapacity)}</span>
    </div>
  </figure>`;
}
