/**
 * The frame every widget draws in: a status while there is nothing to draw, the error panel, or the
 * widget's body with its title, toolbar (table toggle and downloads), table view and footer (source
 * line and credit). Templates only; the element holds the state and says what the buttons do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Provenance } from '@praksis/schema';
import type { Lang } from './lang.js';
import { coreMessages, loadingText } from './messages.js';
import { renderErrorPanel } from './error-panel.js';
import { renderChartEnd, renderChartIntro, type ChartIntro } from './chart-intro.js';
import { renderProvenance } from './provenance.js';
import { problems, type View } from './data-controller.js';

/** The element's properties that the frame follows. */
export interface FrameSettings {
  /** Level of the heading; 1–6 is kept, anything else is 3. */
  readonly headingLevel: number;
  /** Which downloads to offer (the `downloads` attribute). */
  readonly downloads?: string;
  /** Who made the graphic. */
  readonly credit?: string;
}

/** A drawn document, what the frame shows around it and what its buttons do. */
export interface Drawn {
  title: string;
  /** The title's language where it is not the widget's (given only in the other one). */
  titleLang?: Lang;
  /** What screen readers are told before the chart, and its two buttons. */
  intro: ChartIntro;
  body: TemplateResult;
  /** The table view while it is open (it is drawn only then); undefined while it is closed. */
  table?: TemplateResult | typeof nothing;
  /** Whether the widget has data tables, so CSV can be offered. */
  csv: boolean;
  /** Why the last download failed, if it did. */
  note?: string;
  provenance: Provenance;
  toggleTable: () => void;
  save: (format: string) => void;
}

/**
 * The frame around the view: a status while there is nothing to draw, the error panel, or the drawn
 * document. Whatever `ready` throws (a widget's drawing code) is logged and shown as an internal
 * error, and `failed` is told, so the error is reported like any other. `announcement` is said
 * politely when it changes; its live region is drawn whatever the view, so it is in the page
 * before its text changes, as screen readers need. `lang` is the language the frame's text is in;
 * `marked` puts it on the frame, for text in another language than the element's (Danish, while the
 * English words load or when they could not be loaded).
 */
export function renderFrame<T>(
  settings: FrameSettings,
  view: View<T>,
  lang: Lang,
  ready: (data: T) => Drawn,
  failed: () => void,
  announcement = '',
  marked = false,
): TemplateResult {
  const m = coreMessages[lang];
  let content: TemplateResult;
  try {
    content =
      view.kind === 'empty'
        ? html`<p part="status" role="status">${m.empty}</p>`
        : view.kind === 'loading'
          ? html`<p part="status" role="status" aria-busy="true">${loadingText[lang]}</p>`
          : view.kind === 'error'
            ? renderErrorPanel(lang, problems(view.issues, lang), view.cause)
            : renderDrawn(settings, ready(view.data), lang);
  } catch (error) {
    console.error(error);
    failed();
    content = renderErrorPanel(lang, [{ path: '', message: m.internalError }], 'internal');
  }
  return html`<div class="frame" part="frame" lang=${marked ? lang : nothing}>${content}<p part="announcement" class="visually-hidden" aria-live="polite">${announcement}</p></div>`;
}

function renderDrawn({ headingLevel, downloads, credit }: FrameSettings, d: Drawn, lang: Lang): TemplateResult {
  const m = coreMessages[lang];
  const open = d.table !== undefined;
  const tableId = 'praksis-table';
  const level = Math.min(6, Math.max(1, Math.round(headingLevel) || 3));
  // The table's box is focusable and named (by the title), so a keyboard can scroll a table wider than the widget.
  const formats = (downloads ?? 'csv svg png').split(/\s+/).filter((f) => f === 'svg' || f === 'png' || (f === 'csv' && d.csv));
  return html`
    <div part="title" role="heading" aria-level=${level} lang=${d.titleLang ?? nothing}>${d.title}</div>
    ${renderChartIntro(d.intro, lang)} ${d.body} ${renderChartEnd(lang)}
    <div class="toolbar">
      <button part="table-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${tableId} @click=${d.toggleTable}>
        ${open ? m.hideTable : m.showTable}
      </button>
      ${formats.length
        ? html`<span part="downloads" role="group" aria-labelledby="dl"
              ><span id="dl">${m.download}:</span> <span class="download-buttons">${formats.map(
                (f) => html` <button part="download" @click=${() => d.save(f)}>${f.toUpperCase()}</button>`,
              )}</span></span
            ><p role="status">${d.note}</p>`
        : nothing}
    </div>
    <div id=${tableId} part="table" class="table-wrap" tabindex="0" role="region" aria-label=${d.title} ?hidden=${!open}>
      ${d.table}
    </div>
    ${renderProvenance(d.provenance, lang, credit)}
  `;
}
