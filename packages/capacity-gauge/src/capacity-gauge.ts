import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  PraksisElement,
  TextMeasureController,
  WidthController,
  baseStyles,
  formatDate,
  formatNumber,
  memoizeOne,
  tokenStyles,
  markStyles,
  type DataTable,
  type Lang,
  type MeasureText,
} from '@praksis/core';
import { capacityRules, type CapacityDocument, type Provenance, type Text, type ValidationIssue, type Words } from '@praksis/schema';
import { capacityFigures, type CapacityFigures } from './model.js';
import { doctorsSentence, figureUnit, normSentence, totalsSentence } from './summary.js';
import { gaugeMessages } from './messages.js';
import { gaugeStyles } from './styles.js';
import { renderGauge } from './view/gauge.js';
import { renderContext, renderIntake } from './view/context.js';
import { capacityGaugeElement } from './descriptor.js';

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
  static override readonly descriptor = capacityGaugeElement;

  private readonly chartWidth = new WidthController(this, 480);
  /** Labels measured in the reader's font and text spacing (the charts' text is 12 px: styles.ts). */
  private readonly text = new TextMeasureController(this);

  /** A label's width in the charts' text; the host's font until the chart is drawn. */
  private chartMeasure(): MeasureText {
    return this.text.measure(this.drawnPart('.chart'), 12);
  }

  protected override validateData(data: unknown, words: Words): ValidationIssue[] {
    return capacityRules.check(data, words);
  }

  protected override titleTextOf(doc: CapacityDocument): Text {
    return doc.unit.name;
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
      ${renderIntake(doc, lang)} ${renderGauge(doc, f, lang, this.chartWidth.width, this.chartMeasure())} ${renderContext(doc, lang)}
      ${this.renderTrend(doc, f, lang)}
    `;
  }

  /** The trend comes on demand (view/trend.ts), only for data that has one. */
  private renderTrend(doc: CapacityDocument, f: CapacityFigures, lang: Lang): TemplateResult | typeof nothing {
    if (!f.trend.length) return nothing;
    const part = this.lazyPart('trend', () => import('./view/trend.js'));
    return part?.renderTrend(doc, f, lang, this.chartWidth.width, this.chartMeasure()) ?? nothing;
  }

  /** The table view and the CSV rows come on demand (view/table.ts), when a reader opens the table or downloads the data. */
  protected override renderTable(doc: CapacityDocument, lang: Lang): TemplateResult | typeof nothing {
    return this.lazyPart('table', () => import('./view/table.js'))?.renderGaugeTable(doc, this.figures(doc), lang) ?? nothing;
  }

  protected override async dataTables(doc: CapacityDocument, lang: Lang): Promise<DataTable[]> {
    return (await import('./view/table.js')).gaugeTables(doc, this.figures(doc), lang);
  }
}
