import { html, nothing, type TemplateResult } from 'lit';
import { PraksisElement, baseStyles, formatDate, localize, memoizeOne, property, safeHttpUrl, tokenStyles, type Lang } from '@praksis/core';
import { evaluate, ruleSetFor, toCopenhagen, type Evaluation } from '@praksis/hours-rules';
import {
  validateAccessibilityDeclaration,
  type AccessibilityDeclaration,
  type Provenance,
  type SubstitutePractice,
  type ValidationIssue,
} from '@praksis/schema';
import { headline, judgedAt, ruleRows, todayStatus, upcomingExceptions, weekTable, wholeMonths } from './model.js';
import { badgeMessages } from './messages.js';
import { badgeStyles } from './styles.js';

const DETAIL_ID = 'praksis-hours-detail';

/**
 * Whether a practice's own published opening hours and access meet the collective agreement's
 * accessibility requirements (OK22), as a small badge for a website footer. A button opens the
 * detail: each requirement with its status and explanation, the weekly hours, today's status and
 * upcoming closures with the substitute practice. Worded as "meets … according to the practice's
 * own information as of DATE", never as quality.
 *
 * @summary Whether a practice's stated opening hours meet the OK22 accessibility requirements.
 * @tag praksis-hours-badge
 *
 * @cssprop --praksis-color-text - Text and status symbols.
 * @cssprop --praksis-color-text-muted - Explanations.
 * @cssprop --praksis-color-background - Background.
 * @cssprop --praksis-color-surface - Buttons and table headers.
 * @cssprop --praksis-color-border - Borders.
 * @cssprop --praksis-color-focus - Focus ring.
 * @cssprop --praksis-font-family - Font; inherits the page's by default.
 * @cssprop --praksis-font-size - Base font size.
 *
 * @csspart summary - The badge's sentence with its status symbol.
 * @csspart symbol - The status symbol (✓ meets, ✕ does not meet, ? incomplete, ! stale); hidden from screen readers, the words say it.
 * @csspart toggle - The "Vis detaljer" button (compact variant).
 * @csspart detail - The detail: today, requirements, weekly hours, closures.
 * @csspart today - Today's status, e.g. "Åben nu · telefon til 12:30".
 * @csspart rules - The list of requirements.
 * @csspart hours - The weekly hours table.
 * @csspart closures - Upcoming closures and changed hours.
 * @csspart website - The link to the practice's website (http and https only).
 */
export class HoursBadge extends PraksisElement<AccessibilityDeclaration> {
  static override styles = [tokenStyles, baseStyles, badgeStyles];

  /** `compact` (default): one line with a button that opens the detail. `full`: the detail always shown, no button. */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'compact';

  /** Whether the compact badge's detail is open. Reflected, so a page can start it open. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /**
   * The moment to judge, ISO 8601: with an offset ("2026-03-03T10:00:00+01:00") or without one,
   * which is Copenhagen time ("2026-03-03T10:00"; a bare date is 00:00). Default: now, refreshed
   * every minute; an unreadable value also means now.
   */
  @property() at?: string;

  /** Information last confirmed longer ago than this many months is reported as stale. */
  @property({ type: Number, attribute: 'max-age-months' }) maxAgeMonths = 12;

  private timer?: ReturnType<typeof setInterval>;
  /** The evaluation at a moment, or undefined when no rule set is in force then: once per document, moment and age limit. */
  private readonly evaluation = memoizeOne((doc: AccessibilityDeclaration, at: number, maxAge: number): Evaluation | undefined => {
    const ruleSet = ruleSetFor(at);
    return ruleSet ? evaluate(doc, { ruleSet, at, maxAgeMonths: maxAge }) : undefined;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      if (!this.at) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override validateData(data: unknown): ValidationIssue[] {
    return validateAccessibilityDeclaration(data);
  }

  protected override titleOf(doc: AccessibilityDeclaration, lang: Lang): string {
    return localize(doc.practice.name, lang);
  }

  protected override provenanceOf(doc: AccessibilityDeclaration): Provenance {
    return doc.provenance;
  }

  /** `at` when it parses (read as the engine reads it, never in the viewer's zone), else now to the minute, so one render evaluates once. */
  private instant(): number {
    return judgedAt(this.at, Math.floor(Date.now() / 60_000) * 60_000);
  }

  private maxAge(): number {
    return wholeMonths(this.maxAgeMonths);
  }

  protected override renderBody(doc: AccessibilityDeclaration, lang: Lang): TemplateResult {
    const m = badgeMessages[lang];
    const at = this.instant();
    const maxAge = this.maxAge();
    const evaluation = this.evaluation(doc, at, maxAge);
    if (!evaluation) {
      return html`<p part="summary">${m.noRuleSet(formatDate(lang, toCopenhagen(at).date))}</p>`;
    }
    const h = headline(evaluation, lang, maxAge);
    const full = this.variant === 'full';
    const open = full || this.expanded;
    return html`
      <div class="line">
        <p part="summary"><span part="symbol" class="symbol" aria-hidden="true">${h.symbol}</span><span>${h.text}</span></p>
        ${full
          ? nothing
          : html`<button
              part="toggle"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${DETAIL_ID}
              @click=${() => (this.expanded = !this.expanded)}
            >
              ${open ? m.hide : m.show}
            </button>`}
      </div>
      <div id=${DETAIL_ID} part="detail" ?hidden=${!open}>${open ? this.renderDetail(doc, evaluation, at, lang) : nothing}</div>
    `;
  }

  private renderDetail(doc: AccessibilityDeclaration, evaluation: Evaluation, at: number, lang: Lang): TemplateResult {
    const m = badgeMessages[lang];
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3) + 1);
    const heading = (text: string) => html`<p class="sub" role="heading" aria-level=${level}>${text}</p>`;
    const today = todayStatus(doc, at, lang);
    const week = weekTable(doc, lang);
    const closures = upcomingExceptions(doc, toCopenhagen(at).date, lang);
    const website = safeHttpUrl(doc.practice.website);
    return html`
      <div part="today">
        <p><strong>${m.today}:</strong> ${today.text}</p>
        ${today.substitute ? html`<p>${this.renderSubstitute(today.substitute, lang)}</p>` : nothing}
        ${doc.practice.phone || website
          ? html`<p class="muted">
              ${doc.practice.phone ? `${m.phone} ${doc.practice.phone}` : nothing}
              ${website ? html`<a part="website" href=${website} rel="noopener noreferrer">${m.website}</a>` : nothing}
            </p>`
          : nothing}
      </div>
      ${heading(m.rules)}
      ${evaluation.overall === 'stale'
        ? html`<p class="muted">${m.staleRules}</p>`
        : evaluation.overall === 'future-dated'
          ? html`<p class="muted">${m.futureRules}</p>`
          : nothing}
      <ul part="rules">
        ${ruleRows(evaluation, lang).map(
          (r) => html`<li class=${r.status}>
            <span class="symbol" aria-hidden="true">${r.symbol}</span>
            <span><strong>${r.title}</strong> (${r.statusText}) <span class="explanation">${r.explanation}</span></span>
          </li>`,
        )}
      </ul>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${m.hours}>
        <table part="hours">
          <caption>${m.hours}</caption>
          <thead>
            <tr>
              <th scope="col">${m.day}</th>
              ${week.categories.map((c) => html`<th scope="col">${m.category[c]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${week.rows.map((row) => html`<tr><th scope="row">${row.day}</th>${row.cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
      ${closures.rows.length
        ? html`${heading(m.closures)}
            <ul part="closures">
              ${closures.rows.map(
                (c) => html`<li>
                  <strong>${c.when}</strong>: ${c.reason} – ${c.what}.
                  ${c.substitute ? this.renderSubstitute(c.substitute, lang) : nothing}
                </li>`,
              )}
              ${closures.more ? html`<li>${m.more(closures.more)}</li>` : nothing}
            </ul>`
        : nothing}
    `;
  }

  private renderSubstitute(s: SubstitutePractice, lang: Lang): TemplateResult {
    const m = badgeMessages[lang];
    const name = localize(s.name, lang);
    const url = safeHttpUrl(s.url);
    return html`${m.substitute}: ${url ? html`<a href=${url} rel="noopener noreferrer">${name}</a>` : name}, ${m.phone} ${s.phone}.`;
  }

  /** The requirements as a table: the same results as the list, for the "Vis som tabel" view. */
  protected override renderTable(doc: AccessibilityDeclaration, lang: Lang): TemplateResult {
    const m = badgeMessages[lang];
    const evaluation = this.evaluation(doc, this.instant(), this.maxAge());
    if (!evaluation) return html``;
    return html`<table>
      <caption>${m.rulesCaption(evaluation.ruleSet.title[lang])}</caption>
      <thead>
        <tr><th scope="col">${m.requirement}</th><th scope="col">${m.statusHead}</th><th scope="col">${m.explanation}</th></tr>
      </thead>
      <tbody>
        ${ruleRows(evaluation, lang).map((r) => html`<tr><th scope="row">${r.title}</th><td>${r.statusText}</td><td>${r.explanation}</td></tr>`)}
      </tbody>
    </table>`;
  }
}
