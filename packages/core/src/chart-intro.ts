/**
 * The screen-reader section every chart starts with (visually hidden, before the chart, as
 * Highcharts' accessibility module has): what kind of chart it is, how it is organised, what its
 * data spans, the editor's description, a button to the table view and one that moves focus past
 * the chart. Its buttons show when they have focus, as skip links do. Templates only; the element
 * says what the buttons do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from './lang.js';
import { coreMessages } from './messages.js';
import type { ChartOutline } from './summary.js';

/** Ids inside the shadow root: the description (the chart's aria-describedby) and the focus target past the chart. */
export const DESCRIPTION_ID = 'chart-description';
export const CHART_END_ID = 'chart-end';

export interface ChartIntro {
  outline: ChartOutline;
  /** The document's own description, or "". */
  description: string;
  /** Its language where it is not the widget's (given only in the other one). */
  descriptionLang?: Lang;
  openTable: () => void;
  skip: () => void;
}

/** The section before the chart. */
export function renderChartIntro(intro: ChartIntro, lang: Lang): TemplateResult {
  const m = coreMessages[lang];
  const { type, structure, range } = intro.outline;
  const outline = [type, structure, range].filter(Boolean).join(' ');
  return html`<div part="chart-intro" class="chart-intro">
    ${outline ? html`<p>${outline}</p>` : nothing}
    ${intro.description ? html`<p id=${DESCRIPTION_ID} lang=${intro.descriptionLang ?? nothing}>${intro.description}</p>` : nothing}
    <button part="go-to-table" type="button" @click=${intro.openTable}>${m.goToTable}</button>
    <button part="skip-chart" type="button" @click=${intro.skip}>${m.skipChart}</button>
  </div>`;
}

/** Where "skip past the chart" lands: after the chart, before the toolbar; named so a reader knows where they are. */
export function renderChartEnd(lang: Lang): TemplateResult {
  return html`<p id=${CHART_END_ID} class="visually-hidden" tabindex="-1">${coreMessages[lang].chartEnd}</p>`;
}
