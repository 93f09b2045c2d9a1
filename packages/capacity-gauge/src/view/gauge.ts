import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber, localize, type Lang, type MeasureText } from '@praksis/core';
import type { CapacityDocument } from '@praksis/schema';
import { gaugeMessages } from '../messages.js';
import type { CapacityFigures } from '../model.js';
import { figureUnit } from '../summary.js';
import { layoutGauge } from '../layout/gauge.js';

/**
 * The gauge at `width` px: the figure's bar on its track, the norm, the comparison and any
 * data-supplied bands, named in whole sentences for screen readers; and the legend with their sources.
 * `measure` gives a label's width in the chart's 12 px text.
 */
export function renderGauge(doc: CapacityDocument, f: CapacityFigures, lang: Lang, width: number, measure: MeasureText): TemplateResult {
  const m = gaugeMessages[lang];
  const n = (v: number) => formatNumber(lang, v);
  const comparisonLabel = doc.comparison ? `${localize(doc.comparison.label, lang)}: ${n(doc.comparison.value)}` : undefined;
  const normName = localize(doc.norm.label, lang) || m.norm;
  const normLabel = `${normName}: ${n(f.norm)}`;
  const layout = layoutGauge({
    width,
    value: f.value,
    norm: f.norm,
    comparison: f.comparison,
    bands: doc.bands?.items,
    normLabel,
    comparisonLabel,
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
          <text class="label" x=${layout.normLabel.x} y=${layout.normLabel.y} text-anchor=${layout.normLabel.anchor}>${layout.normLabel.text}</text>
          ${layout.comparison
            ? svg`<path class="comparison" d=${layout.comparison.path}></path>
                <text class="label" x=${layout.comparison.label.x} y=${layout.comparison.label.y} text-anchor=${layout.comparison.label.anchor}>${layout.comparison.label.text}</text>`
            : nothing}
          ${layout.ticks.map(
            (t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${t.label.y - 16} y2=${t.label.y - 12}></line>
              <text class="tick-label" x=${t.label.x} y=${t.label.y} text-anchor=${t.label.anchor}>${t.label.text}</text>`,
          )}
        </svg>
      </div>
      <ul part="legend" class="legend">
        <li>${m.sourced(normName, localize(doc.norm.source, lang))}</li>
        ${doc.comparison?.source
          ? html`<li>${m.sourced(localize(doc.comparison.label, lang), localize(doc.comparison.source, lang))}</li>`
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
