import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber, localize, type Lang, type MeasureText } from '@praksis/core';
import type { CapacityDocument } from '@praksis/schema';
import { gaugeMessages } from '../messages.js';
import type { CapacityFigures } from '../model.js';
import { figureUnit } from '../summary.js';
import { layoutGauge, type Mark, type PlacedLabel } from '../layout/gauge.js';
import { markLabel } from '../layout/label-fit.js';

/** A label placed by the layout; `kind` is its class, `label` or `tick-label`. */
const text = (l: PlacedLabel, kind: string) => svg`<text class=${kind} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`;

/**
 * The gauge at `width` px: the figure's bar on its track, the norm, the comparison and any
 * data-supplied bands, named in whole sentences for screen readers; and the legend with their sources.
 * `measure` gives a label's width in the chart's 12 px text.
 */
export function renderGauge(doc: CapacityDocument, f: CapacityFigures, lang: Lang, width: number, measure: MeasureText): TemplateResult {
  const m = gaugeMessages[lang];
  const n = (v: number) => formatNumber(lang, v);
  const normName = localize(doc.norm.label, lang) || m.norm;
  const norm: Mark = { value: f.norm, label: { name: normName, figure: n(f.norm) } };
  const comparison: Mark | undefined = doc.comparison && { value: doc.comparison.value, label: { name: localize(doc.comparison.label, lang), figure: n(doc.comparison.value) } };
  // In full for screen readers, and for the legend when the chart's is shortened.
  const normLabel = markLabel(norm.label);
  const comparisonLabel = comparison && markLabel(comparison.label);
  const layout = layoutGauge({
    width,
    value: f.value,
    norm,
    comparison,
    bands: doc.bands?.items,
    formatTick: n,
    measure,
  });
  const band = f.bandIndex === undefined ? undefined : doc.bands?.items[f.bandIndex];
  // Whole sentences, one per mark: the figure, the norm, the comparison, the band.
  const description = [
    `${n(f.value)} ${figureUnit(f, lang)}.`,
    `${normLabel}.`,
    comparisonLabel ? `${comparisonLabel}.` : '',
    band ? m.inBand(localize(band.label, lang)) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<div class="chart">
        <svg
          part="gauge"
          role="img"
          aria-label=${description}
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
        >
          <rect class="track" x=${layout.track.x} y=${layout.track.y} width=${layout.track.width} height=${layout.track.height}></rect>
          ${layout.bands.map(
            (b) => svg`<rect class="band band-${b.tone}" x=${b.x} y=${layout.track.y} width=${b.width} height=${layout.track.height}></rect>`,
          )}
          <rect class="bar" x=${layout.bar.x} y=${layout.bar.y} width=${layout.bar.width} height=${layout.bar.height}></rect>
          <line class="norm" x1=${layout.normLine.x} x2=${layout.normLine.x} y1=${layout.normLine.y1} y2=${layout.normLine.y2}></line>
          ${text(layout.normLabel, 'label')}
          ${layout.comparison ? svg`<path class="comparison" d=${layout.comparison.path}></path>${text(layout.comparison.label, 'label')}` : nothing}
          ${layout.ticks.map((t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${t.label.y - 16} y2=${t.label.y - 12}></line>${text(t.label, 'tick-label')}`)}
        </svg>
      </div>
      <ul part="legend" class="legend">
        <li>${m.sourced(normName, localize(doc.norm.source, lang))}</li>
        ${doc.comparison?.source
          ? html`<li>${m.sourced(comparison!.label.name, localize(doc.comparison.source, lang))}</li>`
          : layout.comparison?.label.text !== comparisonLabel
            ? html`<li>${comparisonLabel}</li>`
            : nothing}
        ${doc.bands
          ? html`<li>
              ${m.sourced(m.bands, localize(doc.bands.source, lang))}:
              ${doc.bands.items.map(
                (b) => html`<span class="band-key"><span class="key band-${b.tone}" aria-hidden="true"></span>${localize(b.label, lang)}</span> `,
              )}
            </li>`
          : nothing}
      </ul>`;
}
