/**
 * The docs site's badge maker: a practice fills in its hours as a form (no JSON), sees the live
 * badge and, rule by rule, what to change, and copies what its web site needs. Everything runs in
 * the page: nothing is fetched or sent anywhere.
 *
 * Rendered with Lit into the light DOM of a host element, as the embed-code tool is, so the page's
 * stylesheet applies and nothing needs inline styles or scripts (strict CSP). The form model,
 * time reading and outputs are pure modules beside this one.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { DETAILS_PAGE, HOUR_CATEGORIES, TIME_ZONE, ruleSetFor, SERVICES, WEEKDAYS, withAdvice, type HourCategory, type NotCarried } from '@praksis/hours-rules';
import {
  changedFieldId,
  checkForm,
  copyMondayToWeekdays,
  emptyException,
  emptyForm,
  emptyRecurring,
  emptyRow,
  gridFieldId,
  isRange,
  substituteGrid,
  type BadgeForm,
  type CategoryForm,
  type ExceptionForm,
  type FormProblem,
  type SubstituteForm,
} from './form.js';
import { BADGE_DRAFT_KEY, readBadgeDraft, type BadgeDraft } from './form-draft.js';
import { importPasted } from './form-import.js';
import { baseProblem, siteCdnFolder } from '../embed-code/snippets.js';
import { outputs, type Outputs } from './outputs.js';
import { CATEGORY_LABEL, DAY_LABEL, MONTH_LABEL, NTH_LABEL, SERVICE_LABEL, STATUS_LABEL, T, type MakerLang } from './messages.js';

export interface BadgeMakerOptions {
  lang?: MakerLang;
  /** The moment judged; default now. */
  now?: () => number;
  scriptBase?: string;
  clipboard?: Pick<Clipboard, 'writeText'>;
  /** Where the draft is kept at every change (the page passes localStorage); none by default. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/** Today's date in Denmark (YYYY-MM-DD; Swedish dates are written that way), whatever the browser's zone. */
const todayIn = (now: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(now);
const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export class BadgeMaker {
  lang: MakerLang;
  form: BadgeForm;
  detailsUrl = DETAILS_PAGE;
  jsonUrl = '/praksis/hours.json';
  scriptBase: string;
  importText = '';
  notCarried: NotCarried[] = [];
  status = '';
  /** The outputs of the form as it stands; none while it has problems, so no badge is drawn from bad input. */
  result: Outputs | undefined;
  problems: FormProblem[] = [];

  private readonly now: () => number;
  private readonly clipboard: Pick<Clipboard, 'writeText'> | undefined;
  private readonly storage: BadgeMakerOptions['storage'];
  /** A field to focus after the next render (a row just added). */
  private focusNext: string | undefined;
  /** The render waiting for the next frame, if one is. */
  private frame = 0;

  constructor(
    readonly host: HTMLElement,
    options: BadgeMakerOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    // Danish first, whatever the surrounding page's language: the practices' own language.
    this.lang = options.lang ?? 'da';
    this.scriptBase = options.scriptBase ?? siteCdnFolder();
    this.clipboard = options.clipboard ?? (typeof navigator !== 'undefined' ? navigator.clipboard : undefined);
    this.storage = options.storage ?? null;
    this.form = emptyForm(todayIn(this.now()));
    const draft = this.readDraft();
    if (draft) {
      this.form = draft.form;
      this.lang = draft.lang;
      this.detailsUrl = draft.detailsUrl ?? this.detailsUrl;
      this.jsonUrl = draft.jsonUrl ?? this.jsonUrl;
      this.scriptBase = draft.scriptBase ?? this.scriptBase;
    }
    this.update();
  }

  private readDraft(): BadgeDraft | undefined {
    try {
      return readBadgeDraft(this.storage?.getItem(BADGE_DRAFT_KEY), todayIn(this.now()));
    } catch {
      return undefined; // storage the browser refuses (a private window): nothing to restore
    }
  }

  /** Keeps the form as typed, so a reload or a closed tab loses nothing. */
  private keepDraft(): void {
    const draft: BadgeDraft = { v: 1, lang: this.lang, form: this.form, detailsUrl: this.detailsUrl, jsonUrl: this.jsonUrl, scriptBase: this.scriptBase };
    try {
      this.storage?.setItem(BADGE_DRAFT_KEY, JSON.stringify(draft));
    } catch {
      // Full or refused storage: the form on the page is still there.
    }
  }

  /** Empties the form and forgets the draft, until something is typed again. */
  clearDraft(): void {
    this.form = emptyForm(todayIn(this.now()));
    this.notCarried = [];
    this.status = this.t(T.cleared);
    this.update();
    try {
      this.storage?.removeItem(BADGE_DRAFT_KEY);
    } catch {
      // Refused storage: nothing was kept.
    }
  }

  private t(text: Record<MakerLang, string>): string {
    return text[this.lang];
  }

  /** Re-reads the form, judges it and renders, at once. */
  update(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.keepDraft();
    const { declaration, problems } = checkForm(this.form);
    this.problems = problems;
    // The rule set in force, with the advice the maker shows beside each rule.
    const inForce = ruleSetFor(this.now());
    const ruleSet = inForce ? withAdvice(inForce) : undefined;
    this.result =
      this.problems.length === 0 && ruleSet
        ? outputs(declaration, { lang: this.lang, ruleSet, at: this.now(), detailsUrl: this.detailsUrl, scriptBase: this.scriptBase, jsonUrl: this.jsonUrl })
        : undefined;
    render(this.template(), this.host);
    // Problems name their fields by the labels on the page, so once more when a field has just appeared.
    if (this.problems.length) render(this.template(), this.host);
    if (this.focusNext) {
      this.host.querySelector<HTMLElement>(`#${this.focusNext}`)?.focus();
      this.focusNext = undefined;
    }
  }

  /**
   * A change to the form: kept as a draft at once, so nothing typed is lost, and judged and rendered
   * in the next frame, once for all the keys pressed before it. A render writes the outputs (the
   * badge, the page, the snippets), which at a key each kept typing from keeping up.
   */
  private set(change: (form: BadgeForm) => void): void {
    change(this.form);
    this.keepDraft();
    this.frame ||= requestAnimationFrame(() => this.update());
  }

  /** Loads pasted text into the form (see `importPasted`). */
  importDraft(): void {
    const result = importPasted(this.form, this.importText);
    this.form = result.form;
    this.notCarried = result.notCarried;
    this.status = this.t(result.loaded ? T.imported : T.importInvalid);
    this.update();
  }

  private async copy(text: string): Promise<void> {
    try {
      if (!this.clipboard) throw new Error('no clipboard');
      await this.clipboard.writeText(text);
      this.status = this.t(T.copiedOut);
    } catch {
      // The browser may refuse (no permission, not a secure page): the text is in the field beside.
      this.status = this.t(T.copyFailed);
    }
    this.update();
  }

  private textField(id: string, label: string, value: string, input: (value: string) => void, type = 'text', extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="bm-field">
      <label for=${id}>${label}</label>
      <input id=${id} type=${type} .value=${value} @input=${(e: Event) => input(valueOf(e))} autocomplete="off" />${extra}
    </div>`;
  }

  /** The time fields of one day: each interval as a from–to pair, and "+" (id `addId`) for one more. */
  private intervalRows(rows: CategoryForm['days']['mon'], label: string, id: (i: number, end: 'from' | 'to') => string, addId: string, add: () => void): TemplateResult {
    return html`${rows.map(
        (row, i) => html`<span class="bm-interval">
          <input
            id=${id(i, 'from')}
            class="bm-time"
            inputmode="decimal"
            aria-label="${label}, ${this.t(T.from)}${i ? ` (${i + 1})` : ''}"
            .value=${row.from}
            @input=${(e: Event) => this.set(() => (row.from = valueOf(e)))}
          />–<input
            id=${id(i, 'to')}
            class="bm-time"
            inputmode="decimal"
            aria-label="${label}, ${this.t(T.to)}${i ? ` (${i + 1})` : ''}"
            .value=${row.to}
            @input=${(e: Event) => this.set(() => (row.to = valueOf(e)))}
          />
        </span>`,
      )}
      <button
        type="button"
        class="bm-add"
        id=${addId}
        aria-label="${this.t(T.addInterval)}: ${label}"
        @click=${() => {
          this.focusNext = id(rows.length, 'from');
          this.set(add);
        }}
      >
        +
      </button>`;
  }

  /**
   * A week grid of one kind of access: ticked as stated, a row per day, "copy Monday". `grid`
   * prefixes its ids: "bm-phone" for the practice's own week, "bm-exception-0-sub-phone" for a substitute's.
   */
  private gridTemplate(grid: string, label: string, c: CategoryForm): TemplateResult {
    return html`<fieldset class="bm-week" id=${grid}>
      <legend>${label}</legend>
      <label class="bm-choice"
        ><input type="checkbox" id="${grid}-stated" .checked=${c.stated} @change=${(e: Event) => this.set(() => (c.stated = (e.target as HTMLInputElement).checked))} />
        ${this.t(T.stated)}</label
      >
      ${c.stated
        ? html`<table class="bm-grid">
              <thead>
                <tr>
                  <th scope="col">${this.t(T.day)}</th>
                  <th scope="col">${this.t(T.from)} – ${this.t(T.to)}</th>
                </tr>
              </thead>
              <tbody>
                ${WEEKDAYS.map(
                  (day) => html`<tr>
                    <th scope="row">${this.t(DAY_LABEL[day] ?? T.day)}</th>
                    <td>
                      ${this.intervalRows(c.days[day], `${label}, ${this.t(DAY_LABEL[day] ?? T.day)}`, (i, end) => gridFieldId(grid, day, i, end), `${grid}-${day}-add`, () =>
                        c.days[day].push(emptyRow()),
                      )}
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
            <button
              type="button"
              id="${grid}-copy"
              @click=${() => {
                this.status = `${label}: ${this.t(T.copied)}`;
                this.set(() => (c.days = copyMondayToWeekdays(c).days));
              }}
            >
              ${this.t(T.copyMonday)}
            </button>`
        : nothing}
    </fieldset>`;
  }

  /**
   * A substitute: name, telephone, web site and, behind a disclosure, its own week per kind of
   * access (`withHours`; the acute arrangement's substitute answers the acute telephone's hours).
   */
  private substituteFields(owner: string, sub: SubstituteForm, withHours = true): TemplateResult {
    const anyStated = HOUR_CATEGORIES.some((c) => sub.hours[c].stated);
    return html`${this.textField(`${owner}-sub-name`, this.t(T.substituteName), sub.name, (v) => this.set(() => (sub.name = v)))}
      ${this.textField(`${owner}-sub-phone`, this.t(T.substitutePhone), sub.phone, (v) => this.set(() => (sub.phone = v)), 'tel')}
      ${this.textField(`${owner}-sub-url`, this.t(T.substituteUrl), sub.url, (v) => this.set(() => (sub.url = v)), 'url')}
      ${withHours
        ? html`<details class="bm-substitute-hours" id="${owner}-sub-hours" ?open=${anyStated}>
            <summary id="${owner}-sub-hours-toggle">${this.t(T.substituteHours)}</summary>
            <p>${this.t(T.substituteHoursHelp)}</p>
            ${HOUR_CATEGORIES.map((c) => this.gridTemplate(substituteGrid(owner, c), `${this.t(T.substitute)}: ${this.t(CATEGORY_LABEL[c])}`, sub.hours[c]))}
          </details>`
        : nothing}`;
  }

  private weekTemplate(category: HourCategory): TemplateResult {
    return this.gridTemplate(`bm-${category}`, this.t(CATEGORY_LABEL[category]), this.form.hours[category]);
  }

  private servicesTemplate(): TemplateResult {
    const f = this.form;
    return html`<fieldset>
      <legend>${this.t(T.services)}</legend>
      ${SERVICES.map(
        (service) => html`<div class="bm-field">
          <label for="bm-service-${service}">${this.t(SERVICE_LABEL[service])}</label>
          <select id="bm-service-${service}" @change=${(e: Event) => this.set(() => (f.services[service] = valueOf(e) as 'yes' | 'no' | 'not-stated'))}>
            ${(['not-stated', 'yes', 'no'] as const).map(
              (v) => html`<option value=${v} ?selected=${f.services[service] === v}>${this.t(v === 'yes' ? T.yes : v === 'no' ? T.no : T.notStated)}</option>`,
            )}
          </select>
        </div>`,
      )}
      ${this.textField('bm-wait', this.t(T.wait), f.usualWait, (v) => this.set(() => (f.usualWait = v)), 'number')}
      <div class="bm-field">
        <label for="bm-bagom">${this.t(T.bagom)}</label>
        <select id="bm-bagom" @change=${(e: Event) => this.set(() => (f.bagom.kind = valueOf(e) as BadgeForm['bagom']['kind']))}>
          ${(
            [
              ['not-stated', T.notStated],
              ['number', T.bagomPublic],
              ['not-public', T.bagomNotPublic],
              ['none', T.bagomNone],
            ] as const
          ).map(([v, label]) => html`<option value=${v} ?selected=${f.bagom.kind === v}>${this.t(label)}</option>`)}
        </select>
      </div>
      ${f.bagom.kind === 'number' ? this.textField('bm-bagom-number', this.t(T.bagomNumber), f.bagom.number, (v) => this.set(() => (f.bagom.number = v)), 'tel') : nothing}
      <div class="bm-field">
        <label for="bm-acute">${this.t(T.acute)}</label>
        <select id="bm-acute" @change=${(e: Event) => this.set(() => (f.acute.kind = valueOf(e) as BadgeForm['acute']['kind']))}>
          ${(
            [
              ['not-stated', T.notStated],
              ['practice', T.acutePractice],
              ['substitute', T.acuteSubstitute],
            ] as const
          ).map(([v, label]) => html`<option value=${v} ?selected=${f.acute.kind === v}>${this.t(label)}</option>`)}
        </select>
      </div>
      ${f.acute.kind === 'substitute' ? this.substituteFields('bm-acute', f.acute.substitute, false) : nothing}
    </fieldset>`;
  }

  /** For a range: the weekdays it applies on, as checkboxes. */
  private weekdaysTemplate(id: string, e: ExceptionForm): TemplateResult {
    return html`<fieldset class="bm-inline" aria-describedby="${id}-weekdays-help">
      <legend>${this.t(T.weekdays)}</legend>
      <p id="${id}-weekdays-help">${this.t(T.weekdaysHelp)}</p>
      ${WEEKDAYS.map(
        (day) => html`<label class="bm-choice"
          ><input
            type="checkbox"
            id="${id}-weekday-${day}"
            .checked=${e.weekdays.includes(day)}
            @change=${(ev: Event) =>
              this.set(() => (e.weekdays = (ev.target as HTMLInputElement).checked ? [...e.weekdays, day] : e.weekdays.filter((d) => d !== day)))}
          />
          ${this.t(DAY_LABEL[day] ?? T.day)}</label
        >`,
      )}
    </fieldset>`;
  }

  /** For changed hours: per kind of access, ticked when it changes, with the new intervals. */
  private changedTemplate(index: number, e: ExceptionForm): TemplateResult {
    const id = `bm-exception-${index}`;
    return html`<fieldset aria-describedby="${id}-changed-help">
      <legend>${this.t(T.changedKinds)}</legend>
      <p id="${id}-changed-help">${this.t(T.changedHelp)}</p>
      ${HOUR_CATEGORIES.map((category) => {
        const c = e.changed[category];
        const label = this.t(CATEGORY_LABEL[category]);
        return html`<div class="bm-changed">
          <label class="bm-choice"
            ><input type="checkbox" id="${id}-${category}-changed" .checked=${c.changed} @change=${(ev: Event) => this.set(() => (c.changed = (ev.target as HTMLInputElement).checked))} />
            ${label} ${this.t(T.changed)}</label
          >
          ${c.changed ? this.intervalRows(c.rows, `${this.t(T.changedHours)}: ${label}`, (i, end) => changedFieldId(index, category, i, end), `${id}-${category}-add`, () => c.rows.push(emptyRow())) : nothing}
        </div>`;
      })}
    </fieldset>`;
  }

  private exceptionsTemplate(): TemplateResult {
    const f = this.form;
    return html`<fieldset>
      <legend>${this.t(T.closures)}</legend>
      ${f.exceptions.map((e, i) => {
        const id = `bm-exception-${i}`;
        return html`<fieldset class="bm-row" id=${id}>
          <legend>${this.t(T.closures)} ${i + 1}</legend>
          ${this.textField(`${id}-date`, this.t(T.date), e.date, (v) => this.set(() => (e.date = v)), 'date')}
          ${this.textField(`${id}-to`, this.t(T.lastDate), e.to, (v) => this.set(() => (e.to = v)), 'date')}
          ${isRange(e) ? this.weekdaysTemplate(id, e) : nothing}
          ${this.textField(`${id}-reason`, this.t(T.reason), e.reason, (v) => this.set(() => (e.reason = v)))}
          <div class="bm-field">
            <label for="${id}-kind">${this.t(T.kind)}</label>
            <select id="${id}-kind" @change=${(ev: Event) => this.set(() => (e.kind = valueOf(ev) as 'closed' | 'hours'))}>
              <option value="closed" ?selected=${e.kind === 'closed'}>${this.t(T.closedAllDay)}</option>
              <option value="hours" ?selected=${e.kind === 'hours'}>${this.t(T.changedHours)}</option>
            </select>
          </div>
          ${e.kind === 'hours' ? this.changedTemplate(i, e) : nothing}
          ${this.substituteFields(id, e.substitute)}
          <button
            type="button"
            id="${id}-remove"
            @click=${() => {
              this.focusNext = 'bm-add-exception';
              this.set(() => f.exceptions.splice(i, 1));
            }}
          >
            ${this.t(T.remove)}: ${this.t(T.closures)} ${i + 1}
          </button>
        </fieldset>`;
      })}
      <button
        type="button"
        id="bm-add-exception"
        @click=${() => {
          this.focusNext = `bm-exception-${f.exceptions.length}-date`;
          this.set(() => f.exceptions.push(emptyException()));
        }}
      >
        ${this.t(T.addClosure)}
      </button>
    </fieldset>`;
  }

  private recurringTemplate(): TemplateResult {
    const f = this.form;
    return html`<fieldset>
      <legend>${this.t(T.recurring)}</legend>
      ${f.recurring.map((r, i) => {
        const id = `bm-recurring-${i}`;
        return html`<fieldset class="bm-row" id=${id}>
          <legend>${this.t(T.recurring)} ${i + 1}</legend>
          <div class="bm-field">
            <label for="${id}-kind">${this.t(T.kind)}</label>
            <select id="${id}-kind" @change=${(ev: Event) => this.set(() => (r.kind = valueOf(ev) as 'yearly' | 'monthly'))}>
              <option value="yearly" ?selected=${r.kind === 'yearly'}>${this.t(T.yearly)}</option>
              <option value="monthly" ?selected=${r.kind === 'monthly'}>${this.t(T.monthly)}</option>
            </select>
          </div>
          ${r.kind === 'yearly'
            ? html`${this.textField(`${id}-day`, this.t(T.day), r.day, (v) => this.set(() => (r.day = v)), 'number')}
                <div class="bm-field">
                  <label for="${id}-month">${this.t(T.month)}</label>
                  <select id="${id}-month" @change=${(ev: Event) => this.set(() => (r.month = valueOf(ev)))}>
                    ${MONTH_LABEL.map((m, k) => html`<option value=${String(k + 1)} ?selected=${r.month === String(k + 1)}>${this.t(m)}</option>`)}
                  </select>
                </div>`
            : html`<div class="bm-field">
                  <label for="${id}-nth">${this.t(T.nth)}</label>
                  <select id="${id}-nth" @change=${(ev: Event) => this.set(() => (r.nth = valueOf(ev)))}>
                    ${Object.entries(NTH_LABEL).map(([v, label]) => html`<option value=${v} ?selected=${r.nth === v}>${this.t(label)}</option>`)}
                  </select>
                </div>
                <div class="bm-field">
                  <label for="${id}-weekday">${this.t(T.weekday)}</label>
                  <select id="${id}-weekday" @change=${(ev: Event) => this.set(() => (r.weekday = valueOf(ev) as typeof r.weekday))}>
                    ${WEEKDAYS.map((d) => html`<option value=${d} ?selected=${r.weekday === d}>${this.t(DAY_LABEL[d] ?? T.day)}</option>`)}
                  </select>
                </div>`}
          ${this.textField(`${id}-from`, this.t(T.closedFrom), r.from, (v) => this.set(() => (r.from = v)))}
          ${this.textField(`${id}-reason`, this.t(T.reason), r.reason, (v) => this.set(() => (r.reason = v)))}
          ${this.substituteFields(id, r.substitute)}
          <button
            type="button"
            id="${id}-remove"
            @click=${() => {
              this.focusNext = 'bm-add-recurring';
              this.set(() => f.recurring.splice(i, 1));
            }}
          >
            ${this.t(T.remove)}: ${this.t(T.recurring)} ${i + 1}
          </button>
        </fieldset>`;
      })}
      <button
        type="button"
        id="bm-add-recurring"
        @click=${() => {
          this.focusNext = `bm-recurring-${f.recurring.length}-kind`;
          this.set(() => f.recurring.push(emptyRecurring()));
        }}
      >
        ${this.t(T.addRecurring)}
      </button>
    </fieldset>`;
  }

  private outputBlock(id: string, label: string, text: string): TemplateResult {
    return html`<div class="bm-output">
      <label for=${id}>${label}</label>
      <textarea id=${id} readonly rows="6" .value=${text}></textarea>
      <button type="button" id="${id}-copy" @click=${() => void this.copy(text)}>${this.t(T.copy)}: ${label}</button>
    </div>`;
  }

  /** The SVG as nodes (parsed, not set as HTML), so the preview is the badge itself. */
  private svgPreview(svg: string): Node {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return document.importNode(doc.documentElement, true);
  }

  /**
   * What a field is called on the page (its label or aria-label), so a problem names it in words
   * beside its JSON pointer. Read from the page as last drawn: the field a problem arises from is on it.
   */
  private fieldLabel(id: string): string {
    const field = this.host.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(id)}`);
    const text = field?.getAttribute('aria-label') ?? field?.labels?.[0]?.textContent ?? '';
    return text.replace(/\s+/g, ' ').trim();
  }

  private resultTemplate(): TemplateResult {
    const result = this.result;
    if (!result) {
      return html`<section class="bm-result" aria-labelledby="bm-result-h">
        <h2 id="bm-result-h">${this.t(T.problems)}</h2>
        <ul id="bm-problems">
          ${this.problems.map((p) => {
            const label = this.fieldLabel(p.field);
            return html`<li><a href="#${p.field}">${p.path || '/'}</a>${label ? html` (${label})` : nothing}: ${p.message[this.lang]}</li>`;
          })}
        </ul>
      </section>`;
    }
    const { evaluation } = result;
    return html`<section class="bm-result" aria-labelledby="bm-result-h">
      <h2 id="bm-result-h">${this.t(T.result)}</h2>
      <p id="bm-summary" class="bm-summary" aria-live="polite">${evaluation.summary[this.lang]}</p>
      <div class="bm-badges">
        <div id="bm-svg-preview" class="bm-svg">${this.svgPreview(result.svg)}</div>
        <praksis-hours-badge variant="full" lang=${this.lang} .data=${JSON.parse(result.json)}></praksis-hours-badge>
      </div>
      <h3>${this.t(T.guidance)}</h3>
      <ul id="bm-rules" class="bm-rules">
        ${evaluation.rules.map(
          (r) => html`<li data-rule=${r.id} data-status=${r.status}>
            <strong>${r.title[this.lang]}</strong>: ${this.t(STATUS_LABEL[r.status] ?? T.notStated)}.
            <span class="bm-explanation">${r.explanation[this.lang]}</span>
            ${r.advice ? html`<p class="bm-advice"><strong>${this.t(T.change)}:</strong> ${r.advice[this.lang]}</p>` : nothing}
          </li>`,
        )}
      </ul>
      <h3>${this.t(T.outputs)}</h3>
      ${this.textField(
        'bm-details-url',
        this.t(T.detailsUrl),
        this.detailsUrl,
        (v) => ((this.detailsUrl = v), this.update()),
        'text',
        result.linkDropped ? html`<p id="bm-details-url-problem" role="alert">${this.t(T.linkDropped)}</p>` : nothing,
      )}
      ${this.textField('bm-json-url', this.t(T.jsonUrl), this.jsonUrl, (v) => ((this.jsonUrl = v), this.update()))}
      ${this.textField(
        'bm-script-base',
        this.t(T.scriptBase),
        this.scriptBase,
        (v) => ((this.scriptBase = v), this.update()),
        'text',
        baseProblem(this.scriptBase) ? html`<p id="bm-script-base-problem" role="alert">${this.t(baseProblem(this.scriptBase)!)}</p>` : nothing,
      )}
      ${this.outputBlock('bm-out-json', this.t(T.outJson), result.json)}
      ${baseProblem(this.scriptBase) ? html`<p id="bm-out-needs-base" class="bm-note">${this.t(T.needsBase)}</p>` : nothing}
      ${result.scriptSnippet ? this.outputBlock('bm-out-script', this.t(T.outScript), result.scriptSnippet) : nothing}
      ${result.inlineSnippet ? this.outputBlock('bm-out-inline', this.t(T.outInline), result.inlineSnippet) : nothing}
      ${this.outputBlock('bm-out-svg', this.t(T.outSvg), result.svg)}
      ${this.outputBlock('bm-out-img', this.t(T.outImg), result.imgSnippet)}
      ${result.detailsPage ? this.outputBlock('bm-out-details', this.t(T.outDetails), result.detailsPage) : nothing}
      ${result.notInOpeningHours.length
        ? html`<p id="bm-not-in-opening-hours" class="bm-note">
            ${this.t(T.notInOpeningHours)} ${result.notInOpeningHours.map((c) => this.t(CATEGORY_LABEL[c])).join(', ')}.
          </p>`
        : nothing}
      ${this.outputBlock('bm-out-jsonld', this.t(T.outJsonLd), result.jsonLd)}
      ${this.outputBlock('bm-out-osm', this.t(T.outOsm), result.osm ?? this.t(T.noOsm))}
    </section>`;
  }

  private template(): TemplateResult {
    const f = this.form;
    const p = f.practice;
    return html`<form class="bm" @submit=${(e: Event) => e.preventDefault()} lang=${this.lang}>
      <div class="bm-field">
        <label for="bm-lang">${this.t(T.language)}</label>
        <select id="bm-lang" @change=${(e: Event) => ((this.lang = valueOf(e) as MakerLang), this.update())}>
          <option value="da" ?selected=${this.lang === 'da'}>Dansk</option>
          <option value="en" ?selected=${this.lang === 'en'}>English</option>
        </select>
      </div>
      <fieldset>
        <legend>${this.t(T.practice)}</legend>
        ${this.textField('bm-practice-name', this.t(T.name), p.name, (v) => this.set(() => (p.name = v)))}
        ${this.textField('bm-practice-ydernummer', this.t(T.ydernummer), p.ydernummer, (v) => this.set(() => (p.ydernummer = v)))}
        ${this.textField('bm-practice-phone', this.t(T.phone), p.phone, (v) => this.set(() => (p.phone = v)), 'tel')}
        ${this.textField('bm-practice-address', this.t(T.address), p.address, (v) => this.set(() => (p.address = v)))}
        ${this.textField('bm-practice-website', this.t(T.website), p.website, (v) => this.set(() => (p.website = v)), 'url')}
        ${this.textField('bm-lastVerified', this.t(T.lastVerified), f.lastVerified, (v) => this.set(() => (f.lastVerified = v)), 'date')}
      </fieldset>
      <fieldset>
        <legend>${this.t(T.import)}</legend>
        <p id="bm-import-help">${this.t(T.importHelp)}</p>
        <textarea id="bm-import" rows="3" aria-describedby="bm-import-help" aria-label=${this.t(T.import)} .value=${this.importText} @input=${(e: Event) => (this.importText = valueOf(e))}></textarea>
        <button type="button" id="bm-import-button" @click=${() => this.importDraft()}>${this.t(T.importButton)}</button>
        ${this.notCarried.length
          ? html`<h3 id="bm-not-carried-h">${this.t(T.notCarried)}</h3>
              <ul id="bm-not-carried" aria-labelledby="bm-not-carried-h">
                ${this.notCarried.map((n) => html`<li><code>${n.text}</code>: ${n.why[this.lang]}</li>`)}
              </ul>`
          : nothing}
      </fieldset>
      <h2>${this.t(T.week)}</h2>
      <p>${this.t(T.weekHelp)}</p>
      ${HOUR_CATEGORIES.map((c) => this.weekTemplate(c))} ${this.servicesTemplate()} ${this.exceptionsTemplate()} ${this.recurringTemplate()}
      <p id="bm-status" class="bm-status" role="status">${this.status}</p>
      <p class="bm-draft"><span id="bm-draft-help">${this.t(T.draftKept)}</span>
        <button type="button" id="bm-clear" aria-describedby="bm-draft-help" @click=${() => this.clearDraft()}>${this.t(T.clearDraft)}</button></p>
      ${this.resultTemplate()}
    </form>`;
  }
}

export function mountBadgeMaker(host: HTMLElement, options: BadgeMakerOptions = {}): BadgeMaker {
  return new BadgeMaker(host, options);
}
