import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber, localize, type Lang } from '@praksis/core';
import type { CapacityDocument } from '@praksis/schema';
import { gaugeTableWords } from '../table-words.js';
import type { CapacityFigures } from '../model.js';
import { capacityDigits } from '../summary.js';
import { figureRows } from '../csv.js';

export { gaugeTables } from '../csv.js';

/**
 * The table view ("Vis som tabel") and the CSV rows: loaded on demand, when a reader opens the
 * table or downloads the data, so a gauge that is only looked at does not carry them.
 */
export function renderGaugeTable(doc: CapacityDocument, f: CapacityFigures, lang: Lang): TemplateResult {
  const t = gaugeTableWords[lang];
  const n = (v: number) => formatNumber(lang, v);
  return html`<table>
      <caption>${t.tableCaption(localize(doc.unit.name, lang), formatDate(lang, doc.asOf))}</caption>
      <thead><tr><th scope="col">${t.figure}</th><th scope="col" class="number">${t.value}</th></tr></thead>
      <tbody>
        ${figureRows(doc, f, lang).map((r) =>
          r.text === undefined ? nothing : html`<tr><th scope="row">${r.label}</th><td class="number">${r.text}</td></tr>`,
        )}
      </tbody>
    </table>
    ${f.trend.length
      ? html`<table>
          <caption>${t.trendCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.date}</th>
              <th scope="col" class="number">${t.listedPatients}</th>
              <th scope="col" class="number">${t.capacities}</th>
              <th scope="col" class="number">${t.perCapacity}</th>
            </tr>
          </thead>
          <tbody>
            ${f.trend.map(
              (p) => html`<tr>
                <th scope="row">${formatDate(lang, p.date)}</th>
                <td class="number">${n(p.listedPatients)}</td>
                <td class="number">${formatNumber(lang, p.capacities, capacityDigits(p.capacities))}</td>
                <td class="number">${n(p.perCapacity)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}`;
}
