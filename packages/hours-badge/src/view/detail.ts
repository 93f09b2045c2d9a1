import { html, nothing, type TemplateResult } from 'lit';
import { localize, safeHttpUrl, type Lang } from '@praksis/core';
import { toCopenhagen, type Evaluation } from '@praksis/hours-rules';
import type { AccessibilityDeclaration, SubstitutePractice } from '@praksis/schema';
import { ruleRows } from '../model.js';
import { todayStatus, upcomingExceptions, weekTable } from '../detail-model.js';
import { badgeDetailMessages } from '../detail-messages.js';

/**
 * The detail: today's status and how to reach the practice, each requirement with its status and
 * explanation, the weekly hours and the upcoming closures with the substitute practice. Its
 * headings sit one level below the widget's (`headingLevel`).
 */
export function renderDetail(doc: AccessibilityDeclaration, evaluation: Evaluation, at: number, lang: Lang, headingLevel: number): TemplateResult {
  const d = badgeDetailMessages[lang];
  const level = Math.min(6, Math.max(1, Math.round(headingLevel) || 3) + 1);
  const heading = (text: string) => html`<p class="sub" role="heading" aria-level=${level}>${text}</p>`;
  const today = todayStatus(doc, at, lang);
  const week = weekTable(doc, lang);
  const closures = upcomingExceptions(doc, toCopenhagen(at).date, lang);
  const website = safeHttpUrl(doc.practice.website);
  return html`
      <div part="today">
        <p><strong>${d.today}:</strong> ${today.text}</p>
        ${today.substitute ? html`<p>${renderSubstitute(today.substitute, lang)}</p>` : nothing}
        ${doc.practice.phone || website
          ? html`<p class="muted">
              ${doc.practice.phone ? `${d.phone} ${doc.practice.phone}` : nothing}
              ${website ? html`<a part="website" href=${website} rel="noopener noreferrer">${d.website}</a>` : nothing}
            </p>`
          : nothing}
      </div>
      ${heading(d.rules)}
      ${evaluation.overall === 'stale'
        ? html`<p class="muted">${d.staleRules}</p>`
        : evaluation.overall === 'future-dated'
          ? html`<p class="muted">${d.futureRules}</p>`
          : nothing}
      <ul part="rules">
        ${ruleRows(evaluation, lang).map(
          (r) => html`<li class=${r.status}>
            <span class="symbol" aria-hidden="true">${r.symbol}</span>
            <span><strong>${r.title}</strong> (${r.statusText}) <span class="explanation">${r.explanation}</span></span>
          </li>`,
        )}
      </ul>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${d.hours}>
        <table part="hours">
          <caption>${d.hours}</caption>
          <thead>
            <tr>
              <th scope="col">${d.day}</th>
              ${week.categories.map((c) => html`<th scope="col">${d.category[c]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${week.rows.map((row) => html`<tr><th scope="row">${row.day}</th>${row.cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
      ${closures.rows.length
        ? html`${heading(d.closures)}
            <ul part="closures">
              ${closures.rows.map(
                (c) => html`<li>
                  <strong>${c.when}</strong>: ${c.reason} – ${c.what}.
                  ${c.substitute ? renderSubstitute(c.substitute, lang) : nothing}
                </li>`,
              )}
              ${closures.more ? html`<li>${d.more(closures.more)}</li>` : nothing}
            </ul>`
        : nothing}
    `;
}

function renderSubstitute(s: SubstitutePractice, lang: Lang): TemplateResult {
  const d = badgeDetailMessages[lang];
  const name = localize(s.name, lang);
  const url = safeHttpUrl(s.url);
  return html`${d.substitute}: ${url ? html`<a href=${url} rel="noopener noreferrer">${name}</a>` : name}, ${d.phone} ${s.phone}.`;
}
