import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatShare, type Lang } from '@praksis/core';
import type { ReferralFlows } from '@praksis/schema';
import type { FlowModel } from '../model.js';
import { captionText, flowValueText } from '../summary.js';
import { sankeyMessages } from '../messages.js';

/** The table view ("Vis som tabel"): every flow with its value and, for units that add up, its share. */
export function renderFlowTable(doc: ReferralFlows, model: FlowModel, lang: Lang): TemplateResult {
  const m = sankeyMessages[lang];
  const threshold = formatNumber(lang, model.threshold);
  // Shares need a unit that adds up; rates get no share column and a footer that says why.
  const shares = model.additive;
  return html`<table>
      <caption>
        ${captionText(doc, lang)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.from}</th>
          <th scope="col">${m.to}</th>
          <th scope="col" class="number">${m.value[doc.unit]}</th>
          ${shares ? html`<th scope="col" class="number">${m.shareColumn(model.suppressedCount > 0)}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${model.flows.map(
          (flow) => html`<tr>
            <td>${flow.source}</td>
            <td>${flow.target}</td>
            <td class="number">${flow.suppressed ? m.lessThan(threshold) : flowValueText(flow.value, doc, lang)}</td>
            ${shares ? html`<td class="number">${flow.share === undefined ? m.noShare : formatShare(lang, flow.share)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        ${model.total !== undefined
          ? html`<tr>
              <th scope="row" colspan="2">${m.total}</th>
              <td class="number">
                ${model.totalBelow !== undefined
                  ? m.lessThan(formatNumber(lang, model.totalBelow))
                  : model.totalPartial
                    ? m.atLeast(formatNumber(lang, model.total))
                    : formatNumber(lang, model.total)}
              </td>
              <td></td>
            </tr>`
          : html`<tr>
              <td colspan="3">${m.notAdditive}</td>
            </tr>`}
      </tfoot>
    </table>`;
}
