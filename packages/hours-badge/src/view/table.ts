import { html, type TemplateResult } from 'lit';
import type { Lang } from '@praksis/core';
import type { Evaluation } from '@praksis/hours-rules';
import { ruleRows } from '../model.js';
import { badgeDetailMessages } from '../detail-messages.js';

/** The requirements as a table: the same results as the list, for the "Vis som tabel" view. */
export function renderRulesTable(evaluation: Evaluation, lang: Lang): TemplateResult {
  const d = badgeDetailMessages[lang];
  return html`<table>
      <caption>${d.rulesCaption(evaluation.ruleSet.title[lang])}</caption>
      <thead>
        <tr><th scope="col">${d.requirement}</th><th scope="col">${d.statusHead}</th><th scope="col">${d.explanation}</th></tr>
      </thead>
      <tbody>
        ${ruleRows(evaluation, lang).map((r) => html`<tr><th scope="row">${r.title}</th><td>${r.statusText}</td><td>${r.explanation}</td></tr>`)}
      </tbody>
    </table>`;
}
