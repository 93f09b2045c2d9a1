import { html, nothing, type TemplateResult } from 'lit';
import { PraksisElement, baseStyles, formatDate, memoizeOne, property, tokenStyles, type Lang } from '@praksis/core';
import { evaluate, ruleSetFor, toCopenhagen, type Evaluation } from '@praksis/hours-rules';
import { accessibilityDeclarationRules, type AccessibilityDeclaration, type Provenance, type Text, type ValidationIssue, type Words } from '@praksis/schema';
import { headline, judgedAt, wholeMonths } from './model.js';
import { badgeOptions } from './options.js';
import { badgeMessages } from './messages.js';
import { badgeStyles } from './styles.js';
import { hoursBadgeElement } from './descriptor.js';

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
  static override readonly descriptor = hoursBadgeElement;

  /** `compact` (default): one line with a button that opens the detail. `full`: the detail always shown, no button. */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'compact';

  /** Whether the compact badge's detail is open. Reflected, so a page can start it open. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /**
   * The moment to judge, ISO 8601: with an offset ("2026-03-03T10:00:00+01:00") that instant;
   * without one ("2026-03-03T10:00", or a bare date for 00:00) Copenhagen time, whatever the
   * reader's time zone (or, for the text of a static page from `praksis-embed page`, the
   * server's). A local time that does not exist ("2026-03-29T02:30", in the spring-forward gap)
   * is moved forward by the gap (03:30 summer time); one that exists twice (02:30 on the autumn
   * Sunday) is the earlier, summer-time one. Default: now, refreshed every minute; an unreadable
   * value also means now.
   */
  @property({ converter: badgeOptions.at }) at?: string;

  /** Information last confirmed longer ago than this many months is reported as stale. */
  @property({ attribute: 'max-age-months', converter: badgeOptions.maxAgeMonths }) maxAgeMonths?: number = 12;

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

  protected override validateData(data: unknown, words: Words): ValidationIssue[] {
    return accessibilityDeclarationRules.check(data, words);
  }

  protected override titleTextOf(doc: AccessibilityDeclaration): Text {
    return doc.practice.name;
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
        <p part="summary" class="state ${h.overall}"><span part="symbol" class="symbol" aria-hidden="true">${h.symbol}</span><span>${h.text}</span></p>
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

  /** The detail comes on demand (view/detail.ts): the compact badge draws it only once it is opened. */
  private renderDetail(doc: AccessibilityDeclaration, evaluation: Evaluation, at: number, lang: Lang): TemplateResult | typeof nothing {
    return this.lazyPart('detail', () => import('./view/detail.js'))?.renderDetail(doc, evaluation, at, lang, this.headingLevel) ?? nothing;
  }

  /** The requirements as a table, on demand (view/table.ts): the same results as the list, for the "Vis som tabel" view. */
  protected override renderTable(doc: AccessibilityDeclaration, lang: Lang): TemplateResult | typeof nothing {
    const evaluation = this.evaluation(doc, this.instant(), this.maxAge());
    return evaluation ? (this.lazyPart('table', () => import('./view/table.js'))?.renderRulesTable(evaluation, lang) ?? nothing) : nothing;
  }
}
