import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate, formatNumber, localize, type Lang, type MeasureText } from '@praksis/core';
import type { CapacityDocument } from '@praksis/schema';
import { gaugeMessages, type TrendDates, type TrendWords } from '../messages.js';
import type { CapacityFigures } from '../model.js';
import { layoutTrend } from '../layout/trend.js';

/**
 * The trend's Danish words, here so that a gauge without a trend does not carry them. The English
 * come with the gauge's other English words (english.ts, `trend`), so a Danish page never fetches them.
 */
const da: TrendWords = {
  caption: (from: string, to: string) => `Udvikling ${from}–${to}, patienter pr. kapacitet`,
  summary: (from: string, fromValue: string, to: string, toValue: string, when: TrendDates) =>
    when === 'year'
      ? `Patienter pr. kapacitet: ${fromValue} i ${from} og ${toValue} i ${to}.`
      : `Patienter pr. kapacitet: ${fromValue} pr. ${from} og ${toValue} pr. ${to}.`,
  scale: (top: string) => `Skalaen går fra 0 til ${top}.`,
  reference: (label: string, value: string) => `Stiplet linje: ${label}, ${value} pr. kapacitet.`,
};

/**
 * How the trend's dates are written: as years when each point is in a year of its own (yearly
 * counts, "2017–2022"), else as dates, so quarterly counts never read "2022–2022" or give two ends
 * the same name.
 */
export function trendDates(dates: readonly string[]): TrendDates {
  return new Set(dates.map((d) => d.slice(0, 4))).size === dates.length ? 'year' : 'medium';
}

/**
 * The trend line under the gauge: loaded on demand, only for data with a trend, so a gauge of a
 * single date does not carry its layout and template. `measure` gives an axis number's width in
 * the chart's 12 px text.
 */
export function renderTrend(doc: CapacityDocument, f: CapacityFigures, lang: Lang, chartWidth: number, measure: MeasureText): TemplateResult | typeof nothing {
  const first = f.trend[0];
  const last = f.trend[f.trend.length - 1];
  if (!first || !last) return nothing;
  const m = gaugeMessages[lang].trend ?? da;
  const n = (v: number) => formatNumber(lang, v);
  const when = trendDates(f.trend.map((p) => p.date));
  const date = (d: string) => formatDate(lang, d, when);
  const layout = layoutTrend({
    width: Math.min(chartWidth, 360),
    points: f.trend.map((p) => ({ date: p.date, value: p.perCapacity })),
    // The trend counts per capacity: a norm per doctor is another unit and is not drawn.
    reference: doc.norm.basis === 'capacity' ? f.norm : undefined,
    formatTick: n,
    measure,
  });
  const { axis } = layout;
  const reference = layout.referenceY === undefined ? '' : m.reference(localize(doc.norm.label, lang) || gaugeMessages[lang].norm, n(f.norm));
  const summary = [m.summary(date(first.date), n(first.perCapacity), date(last.date), n(last.perCapacity), when), m.scale(n(axis.top)), reference].join(' ');
  return html`<figure part="trend" class="trend">
    <figcaption>${m.caption(date(first.date), date(last.date))}</figcaption>
    <svg role="img" aria-label=${summary.trim()} width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">
      <line class="tick" x1=${axis.x} x2=${axis.x} y1=${axis.y1} y2=${axis.y2}></line>
      ${axis.labels.map(
        (l) => svg`<line class="tick" x1=${axis.x - 3} x2=${axis.x} y1=${l.at} y2=${l.at}></line>
          <text class="tick-label" x=${l.x} y=${l.y} text-anchor="end">${l.text}</text>`,
      )}
      ${layout.referenceY === undefined
        ? nothing
        : svg`<line class="trend-reference" x1=${axis.x} x2=${layout.width} y1=${layout.referenceY} y2=${layout.referenceY}></line>`}
      <path class="trend-line" d=${layout.path}></path>
      ${layout.dots.map((d) => svg`<circle class="trend-dot" cx=${d.x} cy=${d.y} r="2.5"></circle>`)}
    </svg>
    <div class="trend-ends">
      <span>${date(first.date)}: ${n(first.perCapacity)}</span><span>${date(last.date)}: ${n(last.perCapacity)}</span>
    </div>
    ${reference ? html`<div class="trend-ends trend-key"><span><span class="key dashed" aria-hidden="true"></span>${reference}</span></div>` : nothing}
  </figure>`;
}
