import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from './decorators.js';
import type { Provenance, Text, ValidationIssue, Words } from '@praksis/schema';
import type { Lang } from './lang.js';
import { coreMessages } from './messages.js';
import type { DataTable } from './csv.js';
import type { Exportable } from './export.js';
import { LanguageController } from './language-controller.js';
import { PartsController } from './parts-controller.js';
import { measuredRedraws } from './width-controller.js';
import { DataController, type ProblemWords, type View } from './data-controller.js';
import { renderFrame, type Drawn } from './frame.js';
import { CHART_END_ID, DESCRIPTION_ID } from './chart-intro.js';
import type { AnyElementDescriptor } from './descriptor.js';
import { documentDescription, type ChartOutline } from './summary.js';
import { fallbackLang, localize } from './text.js';
import { memoizeOne } from './memo.js';

/** Core's English words alone, for a widget whose descriptor names none of its own. */
const installCoreEnglish = (): Promise<void> => import('./english.js').then((m) => m.installCoreEnglish());

export type { PraksisErrorDetail, PraksisRenderDetail, PraksisEventMap } from './events.js';

/**
 * Shared behaviour of every Praksis widget: takes data from the `data` property, a `src` URL or a
 * child `<script type="application/json">` (in that order of precedence), validates it, and renders
 * either the widget, a loading status or an accessible error. Nothing thrown while loading,
 * validating or drawing leaves the element: it becomes an error message and a `praksis-error` event.
 *
 * The element wires its parts: the document and its events (data-controller.ts), parts loaded on
 * demand (parts-controller.ts), the language (language-controller.ts), the frame around the body
 * (frame.ts) and, on first use of a download button, the downloads (export.ts).
 *
 * @attr {'da' | 'en'} lang - Language of the widget, `da` or `en`. By default the nearest ancestor’s `lang`, else Danish.
 * @fires {CustomEvent<PraksisRenderDetail>} praksis-render - After data has been drawn.
 * @fires {CustomEvent<PraksisErrorDetail>} praksis-error - When data is invalid or cannot be loaded; `detail.errors` lists `{ path, message }`, at least one.
 * @fires {CustomEvent<PraksisDownloadDetail>} praksis-download - Before a download is saved; `detail` is `{ format, filename, blob }`. Cancelable: `preventDefault()` keeps the browser from saving it (to upload or show the file instead).
 * @csspart frame - The widget's box.
 * @csspart title - The heading.
 * @csspart status - The loading or no-data message.
 * @csspart error - The error message (`role="alert"`): a plain sentence, then the technical details.
 * @csspart error-details - The disclosure (`<details>`) with each problem's JSON pointer and message.
 * @csspart chart-intro - What screen readers are told before the chart, with “Gå til tabellen” and “Spring forbi grafikken” (visually hidden; its buttons show when focused).
 * @csspart go-to-table - The section's button that opens the table view and moves focus to it.
 * @csspart skip-chart - The section's button that moves focus past the chart.
 * @csspart announcement - The polite live region that says “Opdateret: …” when the data changes after the first draw (visually hidden).
 * @csspart footer - Source line, date, caveats and the fictional-data label.
 * @csspart fictional - The “Eksempel – fiktive data” label.
 * @csspart table-toggle - The “Vis som tabel” button.
 * @csspart table - The table view.
 * @csspart downloads - The “Hent” group of download buttons.
 * @csspart download - Each download button (CSV, SVG, PNG).
 * @csspart credit - The “Grafik: …” credit line in the footer.
 */
export abstract class PraksisElement<T> extends LitElement implements Exportable {
  /** The document to show, as an object. Takes precedence over `src` and an inline script. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON document to load. Fetched with a timeout; aborted when it changes or the element is removed. */
  @property({ reflect: true }) src?: string;

  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout = 10_000;

  /** `light` or `dark` pins the colour scheme; by default it follows the reader’s preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Level of the widget’s heading (1–6), to fit the page’s outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Which downloads to offer, space-separated: `csv` (the data, when the widget has a table of it),
   * `svg` and `png` (the widget as an image, with title, source and credit). Default: all three.
   * `none` (or any value without a format) offers none.
   */
  @property() downloads?: string;

  /** Who made the graphic, shown as “Grafik: …” under the source line and in saved images. */
  @property() credit?: string;

  /**
   * A fixed-size rendering for print and social images: exactly `width` × `height` CSS pixels
   * (default 1200 × 630), without buttons. Content that does not fit is cut off at the bottom.
   */
  @property({ type: Boolean, reflect: true }) static!: boolean;

  /** Width in CSS pixels of the `static` rendering. */
  @property({ type: Number }) width?: number;

  /** Height in CSS pixels of the `static` rendering. */
  @property({ type: Number }) height?: number;

  /** Why the last download failed, if it did. */
  @state() private saveNote?: string;
  /** Whether the table view is open. */
  @state() private tableOpen = false;

  /**
   * What the element reads of its widget (the run-time half of its descriptor): its summary and
   * chart outline are read from here, so the element says what static pages say. Every widget has one; without it the section
   * before the chart has only its buttons and an update is announced by the title.
   */
  static readonly descriptor?: AnyElementDescriptor;

  /**
   * The document drawn last, so a new one after the first draw is announced (and the first is
   * not); the document rather than the view, so a move in the page that reloads the same data is not.
   */
  #drawnData?: { data: unknown };
  /** What the live region says: the last update, until the next. */
  #announcement = '';

  // Private as `#`, which minifiers shorten, unlike TypeScript's `private`.
  readonly #locale = new LanguageController(this);
  readonly #parts = new PartsController(this);
  readonly #source: DataController<T> = new DataController<T>(this, {
    validate: (data, words) => this.validateData(data, words),
    words: () => this.#parts.get('words', () => (this.constructor as typeof PraksisElement).loadWords()),
    maxBytes: () => (this.constructor as typeof PraksisElement).maxSrcBytes,
    pending: () => this.#parts.pending,
  });

  /** Largest `src` document accepted, so a mistaken URL cannot freeze the page. */
  protected static readonly maxSrcBytes = 5_000_000;

  /**
   * The words of validation's problems and the careful reader of JSON text (words.ts), a part
   * loaded only when a document has problems (data-controller.ts); a subclass may load them otherwise.
   */
  protected static loadWords(): Promise<ProblemWords> {
    return import('./words.js').then((m) => m.words);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The language the widget speaks now. */
  get language(): Lang {
    return this.#locale.lang;
  }

  /**
   * Checks a document against the widget's schema and rules, its issues worded by `words` (the
   * descriptor's `kind.check`); an empty list means it can be drawn.
   */
  protected abstract validateData(data: unknown, words: Words): ValidationIssue[];
  /** The visible title, e.g. the practice's name, as the document gives it (one string, or per language). */
  protected abstract titleTextOf(data: T): Text;

  /** The title in `lang`. */
  protected titleOf(data: T, lang: Lang): string {
    return localize(this.titleTextOf(data), lang);
  }
  protected abstract provenanceOf(data: T): Provenance;
  /** The chart, its text alternative and any other body content. */
  protected abstract renderBody(data: T, lang: Lang): TemplateResult;
  /** The same numbers as a table. */
  protected abstract renderTable(data: T, lang: Lang): TemplateResult | typeof nothing;
  /**
   * The data behind the chart as tables of raw numbers, for the CSV download (may load its code
   * on demand). A widget without it offers no CSV.
   */
  protected dataTables?(data: T, lang: Lang): DataTable[] | Promise<DataTable[]>;

  /**
   * The first element of the drawn shadow root that matches `selector`, or null: before the first
   * draw, and in a server render, which draws the element without a render root (Lit's SSR).
   */
  protected drawnPart<E extends Element = Element>(selector: string): E | null {
    return (this.renderRoot as ParentNode | undefined)?.querySelector<E>(selector) ?? null;
  }

  /**
   * A rarely used part of a widget (a view, a table), loaded on demand with `import()`: undefined
   * while it loads, then the widget draws again. `updateComplete` waits for it and `praksis-render`
   * comes once it is drawn; a part that cannot be loaded shows as an error.
   */
  protected lazyPart<M>(name: string, load: () => Promise<M>): M | undefined {
    return this.#parts.get(name, load);
  }

  /**
   * A static embed page draws the widget on the server into a declarative shadow root, for readers
   * without JavaScript. Lit would render after that content; the element draws it anew instead,
   * emptied here, in the same task as its first render, so nothing blank is ever painted.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** Also waits for parts on their way and for redraws at a newly measured width (width-controller.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await this.#parts.settled(() => super.getUpdateComplete());
    for (let redraws = measuredRedraws(this); redraws; redraws = measuredRedraws(this)) {
      await redraws;
      done = await this.#parts.settled(() => super.getUpdateComplete());
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || !this.hasUpdated) this.#source.load();
    // Custom properties, so an embedder's own inline width and height stay when `static` goes.
    // A size that is not a positive number (0, -5, "abc") is no size: the default applies.
    if (this.static) {
      this.style.setProperty('--static-w', `${this.width! > 0 ? this.width : 1200}px`);
      this.style.setProperty('--static-h', `${this.height! > 0 ? this.height : 630}px`);
    }
  }

  protected override render(): TemplateResult {
    const source = this.#source;
    source.failed = false;
    const english = this.language === 'en' ? this.#english() : 'not needed';
    // Until the English words are there, a widget that has drawn stays drawn in Danish (a reader's
    // focus stays where it is) and one that has not says it is loading; if they cannot be loaded,
    // it speaks Danish, marked as such, rather than show nothing.
    const view: View<T> = english === 'loading' && !this.#drawnData ? { kind: 'loading', url: '' } : source.shown;
    const lang = english === 'failed' || english === 'loading' ? 'da' : this.language;
    if (view.kind === 'ready' && view.data !== this.#drawnData?.data) {
      if (this.#drawnData) this.#announce(view.data, lang);
      this.#drawnData = { data: view.data };
    }
    return renderFrame(this, view, lang, (data) => this.#drawn(data, lang), () => (source.failed = true), this.#announcement, lang !== this.language);
  }

  /**
   * The English words, a part loaded on demand (the descriptor's `english`, or core's alone for a
   * widget without one): whether they are there, on their way, or could not be loaded.
   */
  #english(): 'ready' | 'loading' | 'failed' {
    const install = (this.constructor as typeof PraksisElement).descriptor?.english ?? installCoreEnglish;
    try {
      return this.#parts.get('english', () => install().then(() => true)) ? 'ready' : 'loading';
    } catch {
      return 'failed';
    }
  }

  /** The outline once per document, language and options, not on every hover or resize. */
  readonly #outline = memoizeOne((data: T, lang: Lang, ...values: unknown[]): ChartOutline => {
    const descriptor = (this.constructor as typeof PraksisElement).descriptor;
    if (!descriptor) return { type: '', structure: '', range: '' };
    const options = Object.fromEntries(Object.keys(descriptor.options).map((key, i) => [key, values[i]]));
    return descriptor.outline(data, lang, options);
  });

  /** The descriptor's options, as this element's properties hold them now. */
  #options(): Record<string, unknown> {
    const options = (this.constructor as typeof PraksisElement).descriptor?.options ?? {};
    return Object.fromEntries(Object.keys(options).map((key) => [key, (this as Record<string, unknown>)[key]]));
  }

  /** "Opdateret: Lægehuset: 1.646 tilmeldte patienter pr. kapacitet."; nothing if the summary cannot be made (the drawing then reports why). */
  #announce(data: T, lang: Lang): void {
    try {
      const summary = (this.constructor as typeof PraksisElement).descriptor?.summary;
      const { title, figure } = summary ? summary(data, lang, this.#options()) : { title: this.titleOf(data, lang), figure: '' };
      const text = [title, figure].filter(Boolean).join(': ');
      this.#announcement = coreMessages[lang].updated(/[.!?]$/.test(text) ? text : `${text}.`);
    } catch {
      this.#announcement = '';
    }
  }

  /** The widget's own drawing of a document, and what the frame around it needs. */
  #drawn(data: T, lang: Lang): Drawn {
    return {
      title: this.titleOf(data, lang),
      titleLang: fallbackLang(this.titleTextOf(data), lang),
      intro: {
        outline: this.#outline(data, lang, ...Object.values(this.#options())),
        description: documentDescription(data, lang),
        descriptionLang: fallbackLang((data as { description?: Text }).description, lang),
        openTable: () => void this.#goToTable(),
        skip: () => this.renderRoot.querySelector<HTMLElement>(`#${CHART_END_ID}`)?.focus(),
      },
      body: this.renderBody(data, lang),
      table: this.tableOpen ? this.renderTable(data, lang) : undefined,
      csv: 'dataTables' in this,
      note: this.saveNote,
      provenance: this.provenanceOf(data),
      toggleTable: () => (this.tableOpen = !this.tableOpen),
      save: (format) => this.#save(format),
    };
  }

  /** Opens the table view (its code may load on demand) and moves focus to it. */
  async #goToTable(): Promise<void> {
    this.tableOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#praksis-table')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#describeChart();
  }

  /**
   * The document's description becomes the chart's accessible description: the part that shows the
   * figures (the descriptor's `figures`) refers to it, beside whatever the widget itself refers to.
   */
  #describeChart(): void {
    const selector = (this.constructor as typeof PraksisElement).descriptor?.figures;
    const chart = selector ? this.renderRoot.querySelector(selector) : null;
    if (!chart) return;
    const has = this.renderRoot.querySelector(`#${DESCRIPTION_ID}`) !== null;
    const ids = (chart.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== DESCRIPTION_ID);
    if (has) ids.push(DESCRIPTION_ID);
    if (ids.length) chart.setAttribute('aria-describedby', ids.join(' '));
    else chart.removeAttribute('aria-describedby');
  }

  /** Loads the export code on first use; its own messages say what went wrong, if anything. */
  #save(format: string): void {
    this.saveNote = '';
    void import('./export.js')
      .then((m) => m.save(this, format))
      // The browser logs why the chunk did not load.
      .catch(() => coreMessages[this.language].internalError)
      .then((note) => (this.saveNote = note));
  }

  /** @internal For the downloads (export.ts): the title of the document drawn now. */
  exportTitle(): string {
    const view = this.#source.view;
    return view.kind === 'ready' ? this.titleOf(view.data, this.language) : '';
  }

  /** @internal For the downloads (export.ts): the document's own description, for the SVG's `<desc>`. */
  exportDescription(): string {
    const view = this.#source.view;
    return view.kind === 'ready' ? documentDescription(view.data, this.language) : '';
  }

  /** @internal For the downloads (export.ts): the data tables of the document drawn now, if the widget has them. */
  exportTables(lang: Lang): DataTable[] | Promise<DataTable[]> | undefined {
    const view = this.#source.view;
    return view.kind === 'ready' ? this.dataTables?.(view.data, lang) : undefined;
  }

  /** @internal For the downloads (export.ts): the frame the images are painted from. */
  exportFrame(): Element | null {
    return this.shadowRoot?.querySelector('.frame') ?? null;
  }
}
