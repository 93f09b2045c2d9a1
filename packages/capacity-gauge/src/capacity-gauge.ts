import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  PraksisElement,
  WidthController,
  baseStyles,
  formatDate,
  formatNumber,
  formatShare,
  localize,
  memoizeOne,
  tokenStyles,
  markStyles,
  type DataTable,
  type Lang,
} from '@praksis/core';
import { validateCapacity, type CapacityDocument, type Provenance, type ValidationIssue } from '@praksis/schema';
import { capacityFigures, type CapacityFigures } from './model.js';
import { doctorsSentence, figureUnit, intakeSentence, normSentence, totalsSentence } from './summary.js';
import { gaugeMessages } from './messages.js';
import { gaugeStyles } from './styles.js';
import { layoutGauge } from './layout/gauge.js';

/**
 * How full a practice or an area is: listed patients per doctor capacity (and per doctor) against a
 * norm that comes with the data, whether the list is open to new patients, context, an optional
 * comparison marker and trend. Neutral unless the data brings bands with their source.
 *
 * @summary Listed patients per doctor capacity against a norm, with intake status, context and trend.
 * @tag praksis-capacity-gauge
 *
 * @cssprop --praksis-color-mark - The bar for the figure and the trend line.
 * @cssprop --praksis-color-track - The track behind the bar.
 * @cssprop --praksis-color-reference - The norm line.
 * @cssprop --praksis-color-comparison - The comparison marker.
 * @cssprop --praksis-color-band-low - Lowest data-supplied band.
 * @cssprop --praksis-color-band-mid - Middle data-supplied band.
 * @cssprop --praksis-color-band-high - Highest data-supplied band.
 * @cssprop --praksis-color-text - Text.
 * @cssprop --praksis-color-text-muted - Secondary text.
 * @cssprop --praksis-color-background - Background.
 * @cssprop --praksis-color-surface - Buttons and table headers.
 * @cssprop --praksis-color-border - Borders.
 * @cssprop --praksis-color-focus - Focus ring.
 * @cssprop --praksis-font-family - Font; inherits the page's by default.
 * @cssprop --praksis-font-size - Base font size.
 *
 * @csspart figure - The key figure and its unit.
 * @csspart intake - The open/closed to new patients statement.
 * @csspart gauge - The SVG gauge.
 * @csspart legend - Sources of the norm and comparison, and the key to data-supplied bands. Marks are labelled in the chart itself.
 * @csspart context - The context list (patients 70+, shortage area, municipality type).
 * @csspart trend - The trend line and its labels.
 */
export class CapacityGauge extends PraksisElement<CapacityDocument> {
  static override styles = [tokenStyles, markStyles, baseStyles, gaugeStyles];

  private readonly chartWidth = new WidthController(this, 480);

  protected override validateData(data: unknown): ValidationIssue[] {
    return validateCapacity(data);
  }

  protected override titleOf(doc: CapacityDocument, lang: Lang): string {
    return localize(doc.unit.name, lang);
  }

  protected override provenanceOf(doc: CapacityDocument): Provenance {
    return doc.provenance;
  }

  /** Figures are derived once per document, not on every resize. */
  private readonly figures = memoizeOne(capacityFigures);

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.chartWidth.observe(this.renderRoot.querySelector('.chart'));
  }

  protected override renderBody(doc: CapacityDocument, lang: Lang): TemplateResult {
    const m = gaugeMessages[lang];
    const f = this.figures(doc);
    const n = (v: number) => formatNumber(lang, v);
    const kicker = [m.unitKind[doc.unit.kind], doc.unit.kind === 'practice' && doc.unit.id ? `${m.providerNumber} ${doc.unit.id}` : '', m.asOf(formatDate(lang, doc.asOf))]
      .filter(Boolean)
      .join(' · ');
    return html`
      <p class="kicker">${kicker}</p>
      <p part="figure" class="figure">
        <span class="value">${n(f.value)}</span>
        <span class="unit">${figureUnit(f, lang)}</span>
      </p>
      <p class="norm-sentence">${normSentence(f, lang)}</p>
      <p class="secondary">${totalsSentence(doc, lang)} ${doctorsSentence(doc, f, lang)}</p>
      ${this.renderIntake(doc, lang)} ${this.renderGauge(doc, f, lang)} ${this.renderContext(doc, lang)}
      ${this.renderTrend(doc, f, lang)}
    `;
  }

  private renderIntake(doc: CapacityDocument, lang: Lang): TemplateResult | typeof nothing {
    const intake = doc.intake;
    if (!intake) return nothing;
    const status = 'status' in intake ? intake.status : undefined;
    return html`<p part="intake" class="intake ${status ?? nothing}">
      <span class="symbol" aria-hidden="true">${status === 'open' ? '○' : status ? '●' : '◐'}</span>
      <span>${intakeSentence(doc, lang)}${intake.note ? ` ${localize(intake.note, lang)}` : ''}</span>
    </p>`;
  }

  private renderGauge(doc: CapacityDocument, f: CapacityFigures, lang: Lang): TemplateResult {
    const m = gaugeMessages[lang];
    const n = (v: number) => formatNumber(lang, v);
    const comparisonLabel = doc.comparison ? `${localize(doc.comparison.label, lang)}: ${n(doc.comparison.value)}` : undefined;
    const normName = localize(doc.norm.label, lang) || m.norm;
    const normLabel = `${normName}: ${n(f.norm)}`;
    const layout = layoutGauge({
      width: this.chartWidth.width,
      value: f.value,
      norm: f.norm,
      comparison: f.comparison,
      bands: doc.bands?.items,
      normLabel,
      comparisonLabel,
      formatTick: n,
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

  private renderContext(doc: CapacityDocument, lang: Lang): TemplateResult | typeof nothing {
    const c = doc.context;
    if (!c || Object.keys(c).length === 0) return nothing;
    const m = gaugeMessages[lang];
    return html`<dl part="context" class="context" aria-label=${m.context}>
      ${c.patients70PlusShare !== undefined
        ? html`<div><dt>${m.patients70Plus}</dt><dd>${formatShare(lang, c.patients70PlusShare)}</dd></div>`
        : nothing}
      ${c.shortageArea !== undefined
        ? html`<div><dt>${m.shortageArea}</dt><dd>${c.shortageArea ? m.yes : m.no}</dd></div>`
        : nothing}
      ${c.municipalityType
        ? html`<div><dt>${m.municipalityType}</dt><dd>${m.municipalityTypes[c.municipalityType]}</dd></div>`
        : nothing}
    </dl>`;
  }

  /** The trend comes on demand (view/trend.ts), only for data that has one. */
  private renderTrend(doc: CapacityDocument, f: CapacityFigures, lang: Lang): TemplateResult | typeof nothing {
    if (!f.trend.length) return nothing;
    const part = this.lazyPart('trend', () => import('./view/trend.js'));
    return part?.renderTrend(doc, f, lang, this.chartWidth.width) ?? nothing;
  }

  /** The table view and the CSV rows come on demand (view/table.ts), when a reader opens the table or downloads the data. */
  protected override renderTable(doc: CapacityDocument, lang: Lang): TemplateResult | typeof nothing {
    return this.lazyPart('table', () => import('./view/table.js'))?.renderGaugeTable(doc, this.figures(doc), lang) ?? nothing;
  }

  protected override async dataTables(doc: CapacityDocument, lang: Lang): Promise<DataTable[]> {
    return (await import('./view/table.js')).gaugeTables(doc, this.figures(doc), lang);
  }
}
