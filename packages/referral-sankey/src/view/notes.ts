import { html, nothing, type TemplateResult } from 'lit';
import { formatCount, formatList, formatNumber, formatShare, pluralForm, type Lang } from '@praksis/core';
import type { ReferralFlows } from '@praksis/schema';
import type { FlowModel } from '../model.js';
import { amountText } from '../summary.js';
import { sankeyMessages } from '../messages.js';
import type { SankeyLayout } from '../layout/sankey.js';

/** Notes on grouping, suppression, and labels the layout left out or shortened (`layout`: once laid out). */
export function renderNotes(doc: ReferralFlows, model: FlowModel, lang: Lang, layout: SankeyLayout | undefined): TemplateResult | typeof nothing {
  const m = sankeyMessages[lang];
  const notes: string[] = [];
  const one = (count: number, noun: { one: string; other: string }) => pluralForm(lang, count, noun) === noun.one;
  if (model.grouped.length) notes.push(m.groupedNote(formatList(lang, model.grouped), formatShare(lang, model.groupShare)));
  if (model.groupKeptApart) {
    notes.push(m.groupedKeptApart(formatCount(lang, model.groupKeptApart, m.receiverNoun), one(model.groupKeptApart, m.receiverNoun)));
  }
  if (model.suppressedCount) {
    const count = model.suppressedCount;
    notes.push(
      m.suppressedNote(formatCount(lang, count, m.flowNoun), amountText(model.threshold, doc, lang), formatNumber(lang, model.threshold), one(count, m.flowNoun)),
    );
  }
  const hidden = layout?.hiddenLabels ?? 0;
  if (hidden) notes.push(m.hiddenLabelsNote(formatCount(lang, hidden, m.smallNodeNoun), one(hidden, m.smallNodeNoun)));
  if (layout?.shortenedLabels) notes.push(m.shortenedNote);
  if (!notes.length) return nothing;
  return html`<ul part="notes" class="notes">
      ${notes.map((note) => html`<li>${note}</li>`)}
    </ul>`;
}
