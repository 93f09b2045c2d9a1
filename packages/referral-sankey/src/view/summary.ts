import { html, type TemplateResult } from 'lit';
import type { Lang } from '@praksis/core';
import type { ReferralFlows } from '@praksis/schema';
import type { FlowModel } from '../model.js';
import { flowsSummaryText } from '../summary.js';

/** The text alternative: the total and the largest flows. */
export function renderSummary(doc: ReferralFlows, model: FlowModel, lang: Lang): TemplateResult {
  const text = flowsSummaryText(doc, model, lang);
  return html`<div part="summary" class="summary" id="summary">
      <p>${text.lead} ${text.largestHeading}</p>
      <ol>
        ${text.largest.map((line) => html`<li>${line}</li>`)}
      </ol>
    </div>`;
}
