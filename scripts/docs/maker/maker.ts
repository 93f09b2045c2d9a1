/**
 * The docs site's chart maker: paste a table, pick a widget and its columns, write the source and
 * text, see the real widget at two widths in light and dark, and take the document, the embed code
 * and a link that reopens the draft. The conversion is @praksis/widgets' (the same as
 * praksis-convert's); this module only wires it to a form.
 *
 * Rendered with Lit into the light DOM of its host, so the page's stylesheet applies and nothing
 * needs inline styles or scripts (the docs pages run under a strict CSP). The widgets come from
 * the page. Nothing is sent anywhere: the draft lives in localStorage and in the link's fragment.
 * The images are made by core's export module, bundled into the maker itself, so they need no file
 * from the network once the page is loaded (see readyForOffline for the XLSX reader).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { exportBlob, type Exportable } from '@praksis/core/export.js';
import { fileName } from '@praksis/core/file-name.js';
import { memoizeOne } from '@praksis/core/memo.js';
import { widgetNamed } from '@praksis/widgets/registry.js';
import { words } from '@praksis/schema/messages.js';
import {
  CONVERTIBLE_WIDGETS,
  FIELDS,
  SCALE_FIELDS,
  UnreadableInput,
  columnLetter,
  convertTable,
  describeProblem,
  guessFormat,
  guessMapping,
  preloadWorkbookReader,
  readTable,
  spreadsheetSheets,
  type ColumnMapping,
  type ConversionResult,
  type ConvertibleWidget,
  type SpreadsheetSheet,
  type Table,
  type TableFormat,
} from '@praksis/widgets/convert/index.js';
import { staticEmbedPage } from '@praksis/widgets/embed/static-page.js';
import { baseProblem, iframeSnippet, inlineSnippet, isAbsoluteHttpUrl, siteCdnFolder, srcSnippet } from '../embed-code/snippets.js';
import { DRAFT_KEY, draftFragment, draftFromFragment, emptyDraft, metaDocument, readDraft, type Draft, type MetaForm, type UiLang } from './draft.js';
import { MAX_LINK_CHARS, excerpt } from './long-text.js';
import { TEXT, type Text } from './messages.js';

export interface MakerOptions {
  /** Where drafts are kept; null keeps none. Default: window.localStorage. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** The page's address; its fragment may hold a draft. Default: window.location.href. */
  href?: string;
  /** Default for "where you serve the widget files". */
  scriptBase?: string;
  /** Where the copy buttons put text. Default: navigator.clipboard. */
  clipboard?: Pick<Clipboard, 'writeText'>;
}

const PREVIEW_ROWS = 50;
const TYPING_DELAY_MS = 200;
const FRAMES = [
  { width: 360, dark: false },
  { width: 640, dark: false },
  { width: 360, dark: true },
  { width: 640, dark: true },
] as const;

/** The form field that writes the value at a pointer of the document, longest match first. */
const FIELD_FOR_PATH: readonly [string, keyof MetaForm, Text][] = [
  ['/provenance/source', 'source', TEXT.source],
  ['/provenance/publisher', 'publisher', TEXT.publisher],
  ['/provenance/url', 'url', TEXT.url],
  ['/provenance/licence', 'licence', TEXT.licence],
  ['/provenance/caveats', 'caveats', TEXT.caveats],
  ['/provenance/asOf', 'asOf', TEXT.asOf],
  ['/provenance/period/to', 'periodTo', TEXT.periodTo],
  ['/provenance/period', 'periodFrom', TEXT.periodFrom],
  ['/provenance', 'asOf', TEXT.asOf],
  ['/period/to', 'periodTo', TEXT.periodTo],
  ['/period', 'periodFrom', TEXT.periodFrom],
  ['/title', 'title', TEXT.title],
  ['/unit', 'unitName', TEXT.unitName],
  ['/norm/source', 'normSource', TEXT.normSource],
  ['/norm', 'normValue', TEXT.normValue],
  ['/description', 'description', TEXT.description],
  ['/suppressBelow', 'suppressBelow', TEXT.suppressBelow],
];

function formFieldFor(widget: ConvertibleWidget, path: string | undefined): { key: keyof MetaForm; label: Text } | undefined {
  if (path === undefined) return undefined;
  const found = FIELD_FOR_PATH.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
  if (!found) return undefined;
  const [prefix, key, label] = found;
  // The sankey's unit is the value unit, chosen from a list; its period has no "as of" field.
  if (widget === 'referral-sankey' && prefix === '/unit') return { key: 'valueUnit', label: TEXT.valueUnit };
  if (widget === 'referral-sankey' && prefix === '/provenance') return { key: 'periodFrom', label: TEXT.periodFrom };
  return { key, label };
}

/** Whether a widget's schema takes a top-level text field (`title`, `description`): the form asks only for those. */
function takesField(widget: ConvertibleWidget, field: 'title' | 'description'): boolean {
  const kind = widgetNamed(widget)!.kind;
  return !kind.check({ $schema: kind.schemaId, [field]: 'x' }, words).some((issue) => issue.path === `/${field}`);
}

export class ChartMaker {
  draft: Draft;
  table: Table | undefined;
  guessedFormat: TableFormat | undefined;
  result: ConversionResult | undefined;
  fileStatus = '';
  draftStatus = '';
  imageStatus = '';
  copyStatus = '';
  /** The sheets of the workbook opened last, when it has several; the editor picks one. */
  sheets: SpreadsheetSheet[] = [];
  sheetIndex = 0;
  /** The page's default for where the widget files are served. */
  private readonly defaultBase: string;
  /** The real widgets of the preview, one per frame, for the widget chosen now. */
  previews: HTMLElement[] = [];

  private readonly storage: MakerOptions['storage'];
  private readonly clipboard: MakerOptions['clipboard'];
  /** The JSON text of the document drawn now, made once per conversion, not on every redraw. */
  private jsonFor: { result: ConversionResult; text: string } | undefined;
  private linkFor: { draft: Draft; link: string } | undefined;
  private readonly pageUrl: string;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The table is read again only when its text or format changes, not when the editor writes the source. */
  private readonly guess = memoizeOne(guessFormat);
  private readonly read = memoizeOne(readTable);
  /** The page for readers without JavaScript, written once per document, language and file folder. */
  private readonly page = memoizeOne((doc: unknown, lang: UiLang, base: string) => {
    const page = staticEmbedPage(doc, { lang, base });
    return page.ok ? page.html : undefined;
  });

  constructor(
    readonly host: HTMLElement,
    options: MakerOptions = {},
  ) {
    this.storage = options.storage === undefined ? (typeof localStorage === 'undefined' ? null : localStorage) : options.storage;
    const href = options.href ?? (typeof location === 'undefined' ? '' : location.href);
    this.pageUrl = href.replace(/#.*$/s, '');
    this.defaultBase = options.scriptBase ?? siteCdnFolder();
    this.clipboard = options.clipboard ?? (typeof navigator === 'undefined' ? undefined : navigator.clipboard);
    const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
    // Danish first, for the editors it is made for, whatever language the page around it is in.
    this.draft = draftFromFragment(hash) ?? this.storedDraft() ?? emptyDraft(host.dataset['lang'] === 'en' ? 'en' : 'da');
    this.recompute();
  }

  private storedDraft(): Draft | undefined {
    try {
      return readDraft(this.storage?.getItem(DRAFT_KEY));
    } catch {
      return undefined;
    }
  }

  private t(text: Text): string {
    return text[this.draft.lang];
  }

  /** Reads the table, converts it and redraws; the draft is saved on the way. */
  recompute(): void {
    clearTimeout(this.typingTimer);
    const { draft } = this;
    if (draft.text.trim() === '') {
      this.table = undefined;
      this.guessedFormat = undefined;
      this.result = undefined;
    } else {
      this.guessedFormat = this.guess(draft.text);
      this.table = this.read(draft.text, draft.format ?? this.guessedFormat);
      let mapping = draft.mapping;
      const width = this.table.columns.length;
      const fits = (m: ColumnMapping) => [...Object.values(m.columns), ...(m.staff ?? [])].every((c) => c === undefined || c < width);
      if (!mapping || !fits(mapping)) mapping = { ...guessMapping(draft.widget, this.table), ...(draft.mapping?.sender ? { sender: draft.mapping.sender } : {}) };
      this.result = convertTable({
        widget: draft.widget,
        table: this.table,
        mapping,
        meta: metaDocument(draft.widget, draft.meta, { title: takesField(draft.widget, 'title'), description: takesField(draft.widget, 'description') }),
      });
    }
    this.updatePreviews();
    this.save();
    this.update();
  }

  private save(): void {
    try {
      this.storage?.setItem(DRAFT_KEY, JSON.stringify(this.draft));
    } catch {
      // Storage full or refused (private mode): the draft still lives in the reopen link.
    }
  }

  clearDraft(): void {
    try {
      this.storage?.removeItem(DRAFT_KEY);
    } catch {
      // Nothing stored, nothing to clear.
    }
    this.draft = emptyDraft(this.draft.lang);
    this.previews = [];
    this.sheets = [];
    this.recompute();
    // recompute saved the empty draft again; a cleared draft leaves nothing behind.
    try {
      this.storage?.removeItem(DRAFT_KEY);
    } catch {
      /* as above */
    }
    this.draftStatus = this.t(TEXT.cleared);
    this.update();
  }

  /**
   * The previews on screen (or nearly): only they are given each new document. Four widgets
   * validating and drawing 10,000 flows on every pause in typing froze the form for seconds while
   * the editor wrote the source, with the previews out of sight; one coming into view draws then.
   */
  private readonly onScreen = new WeakSet<Element>();
  private readonly observer =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (entry.isIntersecting) {
                this.onScreen.add(entry.target);
                this.feed(entry.target as HTMLElement);
              } else this.onScreen.delete(entry.target);
            }
          },
          { rootMargin: '200px' },
        );

  private updatePreviews(): void {
    const tag = widgetNamed(this.draft.widget)!.tag;
    if (this.previews[0]?.localName !== tag) {
      for (const old of this.previews) this.observer?.unobserve(old);
      this.previews = FRAMES.map(({ dark }) => {
        const element = document.createElement(tag);
        element.setAttribute('theme', dark ? 'dark' : 'light');
        this.observer?.observe(element);
        return element;
      });
    }
    for (const element of this.previews) {
      element.setAttribute('lang', this.draft.lang);
      if (!this.observer || this.onScreen.has(element)) this.feed(element);
      // Out of sight with an older document (or none): marked, so a check knows to scroll to it.
      else if (this.result && (element as HTMLElement & { data?: unknown }).data !== this.result.document) element.dataset['stale'] = '';
    }
  }

  /** Gives a preview the document drawn now, unless it has it. */
  private feed(element: HTMLElement): void {
    const preview = element as HTMLElement & { data: unknown };
    if (this.result && preview.data !== this.result.document) preview.data = this.result.document;
    delete element.dataset['stale'];
  }

  /** The text changed (typed, pasted or opened). Typing waits for a pause; the rest is read at once. */
  setText(text: string, at: 'now' | 'after-typing'): void {
    this.draft = { ...this.draft, text };
    this.draftStatus = '';
    this.afterChange(at);
  }

  /** Every keystroke is kept at once (a reload loses nothing); reading and drawing wait for a pause in typing. */
  private afterChange(at: 'now' | 'after-typing'): void {
    if (at === 'now') this.recompute();
    else {
      this.save();
      clearTimeout(this.typingTimer);
      this.typingTimer = setTimeout(() => this.recompute(), TYPING_DELAY_MS);
    }
  }

  /** Pastes clipboard text where the caret is; the paste stays in the box, to fix there. */
  private onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain');
    if (text === undefined || text === '') return;
    event.preventDefault();
    // A pasted table replaces a workbook's: its sheet choice goes.
    this.sheets = [];
    const box = event.target as HTMLTextAreaElement;
    box.setRangeText(text, box.selectionStart, box.selectionEnd, 'end');
    this.setText(box.value, 'now');
  }

  async openFile(file: File): Promise<void> {
    try {
      const sheets = await spreadsheetSheets(new Uint8Array(await file.arrayBuffer()));
      this.fileStatus = '';
      this.sheets = sheets.length > 1 ? sheets : [];
      this.chooseSheet(0, sheets[0]!.text);
    } catch (error) {
      // What was pasted before stays; the message says why the file was not taken.
      const reason = error instanceof UnreadableInput ? error.reason[this.draft.lang] : String(error);
      this.fileStatus = `${this.t(TEXT.fileError)} (${file.name}): ${reason}`;
      this.update();
    }
  }

  /** Puts a sheet of the opened workbook in the box; a new table, so its format and columns are guessed afresh. */
  chooseSheet(index: number, text = this.sheets[index]?.text): void {
    if (text === undefined) return;
    this.sheetIndex = index;
    const { format: _format, mapping: _mapping, ...rest } = this.draft;
    this.draft = rest;
    this.setText(text, 'now');
  }

  setFormat(change: Partial<TableFormat>): void {
    const current: TableFormat = this.draft.format ?? this.guessedFormat ?? { separator: '\t', decimalMark: ',', header: true };
    const format: TableFormat = { ...current, ...change };
    const { mapping: _dropped, ...rest } = this.draft;
    this.draft = { ...rest, format };
    this.recompute();
  }

  setWidget(widget: ConvertibleWidget): void {
    const { mapping: _dropped, ...rest } = this.draft;
    this.draft = { ...rest, widget };
    this.recompute();
  }

  setColumn(field: string, column: number | undefined): void {
    const current = this.result?.mapping ?? { columns: {} };
    const columns = { ...current.columns };
    if (column === undefined) delete columns[field];
    else {
      // A column reads one field: taking it here frees it elsewhere.
      for (const [key, value] of Object.entries(columns)) if (value === column) delete columns[key];
      columns[field] = column;
    }
    const mapping: ColumnMapping = { ...current, columns };
    if (mapping.staff && column !== undefined) mapping.staff = mapping.staff.filter((c) => c !== column);
    this.draft = { ...this.draft, mapping };
    this.recompute();
  }

  setStaff(column: number, on: boolean): void {
    const current = this.result?.mapping ?? { columns: {} };
    const staff = new Set(current.staff ?? []);
    if (on) staff.add(column);
    else staff.delete(column);
    this.draft = { ...this.draft, mapping: { ...current, staff: [...staff].sort((a, b) => a - b) } };
    this.recompute();
  }

  setSender(sender: string): void {
    const current = this.result?.mapping ?? { columns: {} };
    this.draft = { ...this.draft, mapping: { ...current, sender } };
    this.recompute();
  }

  setMeta<K extends keyof MetaForm>(key: K, value: MetaForm[K], at: 'now' | 'after-typing' = 'now'): void {
    this.draft = { ...this.draft, meta: { ...this.draft.meta, [key]: value } };
    this.afterChange(at);
  }

  setLang(lang: UiLang): void {
    this.draft = { ...this.draft, lang };
    this.recompute();
  }

  /** Where the widget files are served, as the editor typed it or the page's default. */
  get scriptBase(): string {
    return this.draft.scriptBase ?? this.defaultBase;
  }

  get jsonUrl(): string {
    return this.draft.jsonUrl ?? '';
  }

  /** The two addresses of the embed code: kept in the draft like every other field. */
  setAddress(key: 'scriptBase' | 'jsonUrl', value: string, at: 'now' | 'after-typing' = 'now'): void {
    this.draft = { ...this.draft, [key]: value };
    this.save();
    // The snippets follow when the field is left; typing only keeps the text.
    if (at === 'now') this.update();
  }

  /** The link that reopens the maker with this draft. */
  reopenLink(): string {
    if (this.linkFor?.draft !== this.draft) this.linkFor = { draft: this.draft, link: `${this.pageUrl}${draftFragment(this.draft)}` };
    return this.linkFor.link;
  }

  /** The document as JSON text, as downloaded and copied. */
  jsonText(): string {
    if (!this.result) return '';
    if (this.jsonFor?.result !== this.result) this.jsonFor = { result: this.result, text: `${JSON.stringify(this.result.document, null, 2)}\n` };
    return this.jsonFor.text;
  }

  /** Copies the whole of a text (a box may show only its start) and says so. */
  async copy(text: string, what: Text): Promise<void> {
    try {
      if (!this.clipboard) throw new Error('no clipboard');
      await this.clipboard.writeText(text);
      this.copyStatus = `${this.t(TEXT.copied)}: ${this.t(what)}`;
    } catch {
      this.copyStatus = this.t(TEXT.copyFailed);
    }
    this.update();
  }

  valid(): boolean {
    return this.result !== undefined && this.result.problems.length === 0;
  }

  snippets(): { id: string; label: Text; code?: string; reason?: Text }[] {
    const widget = widgetNamed(this.draft.widget)!;
    // The script snippets' fallback text (title, description, key figure, source) is made from the document.
    const base = { widget, base: this.scriptBase, lang: this.draft.lang };
    const valid = this.valid();
    const url = this.jsonUrl.trim();
    // A folder whose file addresses would not work gets no code, but the reason (named at its field too).
    const ready = (make: () => string) => (!valid ? { reason: TEXT.needsValid } : baseProblem(this.scriptBase) ? { reason: TEXT.needsBase } : { code: make() });
    const page = valid ? this.page(this.result!.document, this.draft.lang, this.scriptBase) : undefined;
    const withUrl = (make: () => string) => (valid && !isAbsoluteHttpUrl(url) ? { reason: TEXT.needsUrl } : ready(make));
    return [
      { id: 'inline', label: TEXT.snippetInline, ...ready(() => inlineSnippet({ ...base, data: this.result!.document })) },
      { id: 'src', label: TEXT.snippetSrc, ...withUrl(() => srcSnippet({ ...base, data: this.result!.document, src: url })) },
      { id: 'iframe', label: TEXT.snippetIframe, ...withUrl(() => iframeSnippet({ ...base, src: url })) },
      // The static page (as `praksis-embed page` writes it): the data inside, its text for readers without script.
      { id: 'page', label: TEXT.snippetPage, ...ready(() => page ?? '') },
    ];
  }

  downloadJson(): void {
    if (!this.result) return;
    const blob = new Blob([this.jsonText()], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${this.draft.widget}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  /**
   * The chart as an SVG or PNG file, drawn from the 640 px light preview the way the widget's own
   * download buttons draw it (title, chart, words, source, and the description as the SVG's desc).
   */
  async downloadImage(format: 'svg' | 'png'): Promise<Blob | undefined> {
    const preview = this.previews[1] as (HTMLElement & Exportable & { updateComplete?: Promise<unknown> }) | undefined;
    if (!preview || !this.valid()) return undefined;
    this.imageStatus = '';
    try {
      // Drawn now, even if the editor has not scrolled to it.
      this.feed(preview);
      await preview.updateComplete;
      const blob = await exportBlob(preview, format);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${fileName(preview.exportTitle(), this.draft.widget)}.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      this.update();
      return blob;
    } catch {
      this.imageStatus = this.t(TEXT.imageFailed(format.toUpperCase()));
      this.update();
      return undefined;
    }
  }

  update(): void {
    this.host.setAttribute('lang', this.draft.lang);
    render(this.template(), this.host);
  }

  // ---- templates -------------------------------------------------------------------------------

  private template(): TemplateResult {
    return html`<p class="mk-field mk-lang">
        <label for="mk-lang">${this.t(TEXT.language)}</label>
        <select id="mk-lang" @change=${(e: Event) => this.setLang((e.target as HTMLSelectElement).value === 'en' ? 'en' : 'da')}>
          <option value="da" ?selected=${this.draft.lang === 'da'} lang="da">Dansk</option>
          <option value="en" ?selected=${this.draft.lang === 'en'} lang="en">English</option>
        </select>
      </p>
      ${this.dataTemplate()} ${this.widgetTemplate()} ${this.metaTemplate()} ${this.previewTemplate()} ${this.outTemplate()}`;
  }

  private dataTemplate(): TemplateResult {
    const format = this.draft.format ?? this.guessedFormat;
    const guessed = (key: keyof TableFormat) => (this.draft.format === undefined && this.guessedFormat ? ` (${this.t(TEXT.guessed)})` : this.draft.format?.[key] === this.guessedFormat?.[key] ? ` (${this.t(TEXT.guessed)})` : '');
    return html`<section class="mk-section" aria-labelledby="mk-data-heading">
      <h2 id="mk-data-heading">${this.t(TEXT.dataHeading)}</h2>
      <p class="mk-field">
        <label for="mk-data">${this.t(TEXT.dataLabel)}</label>
        <textarea id="mk-data" rows="10" spellcheck="false" autocomplete="off" aria-describedby="mk-data-hint" .value=${this.draft.text}
          @paste=${(e: ClipboardEvent) => this.onPaste(e)}
          @input=${(e: Event) => this.setText((e.target as HTMLTextAreaElement).value, 'after-typing')}></textarea>
        <span id="mk-data-hint" class="mk-hint">${this.t(TEXT.dataHint)}</span>
      </p>
      <p class="mk-field">
        <label for="mk-file">${this.t(TEXT.openFile)}</label>
        <input id="mk-file" type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void this.openFile(file);
          }} />
      </p>
      <p id="mk-file-status" class="mk-error" role="alert">${this.fileStatus}</p>
      ${this.sheets.length > 1
        ? html`<p class="mk-field">
            <label for="mk-sheet">${this.t(TEXT.sheet(this.sheets.length))}</label>
            <select id="mk-sheet" @change=${(e: Event) => this.chooseSheet(Number((e.target as HTMLSelectElement).value))}>
              ${this.sheets.map((sheet, i) => html`<option value=${i} ?selected=${i === this.sheetIndex}>${sheet.name || String(i + 1)}</option>`)}
            </select>
          </p>`
        : nothing}
      ${format
        ? html`<div class="mk-format">
            <p class="mk-field">
              <label for="mk-separator">${this.t(TEXT.separator)}${guessed('separator')}</label>
              <select id="mk-separator" @change=${(e: Event) => this.setFormat({ separator: (e.target as HTMLSelectElement).value as TableFormat['separator'] })}>
                <option value="\t" ?selected=${format.separator === '\t'}>${this.t(TEXT.tab)}</option>
                <option value=";" ?selected=${format.separator === ';'}>${this.t(TEXT.semicolon)}</option>
                <option value="," ?selected=${format.separator === ','}>${this.t(TEXT.comma)}</option>
              </select>
            </p>
            <p class="mk-field">
              <label for="mk-decimal">${this.t(TEXT.decimalMark)}${guessed('decimalMark')}</label>
              <select id="mk-decimal" @change=${(e: Event) => this.setFormat({ decimalMark: (e.target as HTMLSelectElement).value === '.' ? '.' : ',' })}>
                <option value="," ?selected=${format.decimalMark === ','}>${this.t(TEXT.decimalComma)}</option>
                <option value="." ?selected=${format.decimalMark === '.'}>${this.t(TEXT.decimalPoint)}</option>
              </select>
            </p>
            <p class="mk-field mk-check">
              <label><input id="mk-header" type="checkbox" .checked=${format.header} @change=${(e: Event) => this.setFormat({ header: (e.target as HTMLInputElement).checked })} />
                ${this.t(TEXT.headerRow)}</label>
            </p>
          </div>`
        : nothing}
      ${this.tableTemplate()}
    </section>`;
  }

  /** A read-only box with its copy button; a long text shows only its start there (long-text.ts). */
  private longText(id: string, label: Text, text: string, rows: number): TemplateResult {
    const shown = excerpt(text);
    const box =
      rows === 1
        ? html`<input id=${id} type="text" readonly spellcheck="false" aria-describedby=${shown.cut ? `${id}-cut` : nothing} .value=${shown.text} />`
        : html`<textarea id=${id} readonly rows=${rows} spellcheck="false" aria-describedby=${shown.cut ? `${id}-cut` : nothing} .value=${shown.text}></textarea>`;
    return html`<p class="mk-field">
      <label for=${id}>${this.t(label)}</label>
      ${box}
      ${shown.cut ? html`<span id="${id}-cut" class="mk-hint">${this.t(TEXT.cut(shown.text.length, shown.total))}</span>` : nothing}
      <button type="button" id="${id}-copy" aria-label="${this.t(TEXT.copy)}: ${this.t(label)}" @click=${() => void this.copy(text, label)}>${this.t(TEXT.copy)}</button>
    </p>`;
  }

  private columnName(index: number): string {
    const name = this.table?.columns[index];
    return name ? `${columnLetter(index)} (${name})` : columnLetter(index);
  }

  private tableTemplate(): TemplateResult {
    const table = this.table;
    if (!table) return html`<p class="mk-hint">${this.t(TEXT.noData)}</p>`;
    const shown = table.rows.slice(0, PREVIEW_ROWS);
    const width = Math.max(table.columns.length, ...shown.map((row) => row.length));
    const columns = Array.from({ length: width }, (_, i) => i);
    return html`<div class="mk-table-wrap" tabindex="0" role="region" aria-labelledby="mk-table-caption">
      <table class="mk-table">
        <caption id="mk-table-caption">${this.t(TEXT.tableCaption(table.rows.length, shown.length))}</caption>
        <thead><tr><th scope="col">${this.t(TEXT.row)}</th>${columns.map((i) => html`<th scope="col">${this.columnName(i)}</th>`)}</tr></thead>
        <tbody>
          ${shown.map(
            (row, r) => html`<tr><th scope="row">${table.rowNumbers[r]}</th>${columns.map((i) => html`<td>${row[i] ?? ''}</td>`)}</tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private widgetTemplate(): TemplateResult {
    const widget = this.draft.widget;
    const mapping = this.result?.mapping;
    const table = this.table;
    const fields = FIELDS[widget];
    const scaleMapped = SCALE_FIELDS.some((field) => mapping?.columns[field.key] !== undefined);
    const select = (key: string, label: Text, required: boolean) => html`<p class="mk-field">
      <label for="mk-col-${key}">${this.t(label)}${required ? html` <span class="mk-required">(${this.t(TEXT.required)})</span>` : nothing}</label>
      <select id="mk-col-${key}" ?required=${required} aria-required=${required ? 'true' : 'false'}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.setColumn(key, value === '' ? undefined : Number(value));
        }}>
        <option value="" ?selected=${mapping?.columns[key] === undefined}>${this.t(TEXT.none)}</option>
        ${(table?.columns ?? []).map((_, i) => html`<option value=${i} ?selected=${mapping?.columns[key] === i}>${this.columnName(i)}</option>`)}
      </select>
    </p>`;
    return html`<section class="mk-section" aria-labelledby="mk-widget-heading">
      <h2 id="mk-widget-heading">${this.t(TEXT.widgetHeading)}</h2>
      <fieldset class="mk-widgets">
        <legend>${this.t(TEXT.widget)}</legend>
        ${CONVERTIBLE_WIDGETS.map(
          (name) => html`<label class="mk-choice"><input type="radio" name="mk-widget" value=${name} .checked=${name === widget}
            @change=${() => this.setWidget(name)} /> ${widgetNamed(name)!.label[this.draft.lang]}</label>`,
        )}
      </fieldset>
      ${table
        ? html`<fieldset class="mk-columns">
            <legend>${this.t({ da: 'Kolonner', en: 'Columns' })}</legend>
            ${fields.map((field) => select(field.key, field.label, field.required))}
            ${widget === 'referral-sankey' && mapping?.columns['from'] === undefined
              ? html`<p class="mk-field"><label for="mk-sender">${this.t(TEXT.sender)}</label>
                  <input id="mk-sender" type="text" .value=${mapping?.sender ?? 'Almen praksis'} @change=${(e: Event) => this.setSender((e.target as HTMLInputElement).value)} /></p>`
              : nothing}
            ${widget === 'delegation-matrix' && !scaleMapped
              ? html`<fieldset class="mk-staff"><legend>${this.t(TEXT.staffColumns)}</legend>
                  ${table.columns.map((_, i) =>
                    i === mapping?.columns['task']
                      ? nothing
                      : html`<label class="mk-choice"><input type="checkbox" .checked=${mapping?.staff?.includes(i) ?? false}
                          @change=${(e: Event) => this.setStaff(i, (e.target as HTMLInputElement).checked)} /> ${this.columnName(i)}</label>`,
                  )}</fieldset>`
              : nothing}
          </fieldset>`
        : nothing}
    </section>`;
  }

  private input(key: Exclude<keyof MetaForm, 'fictional'>, label: Text, options: { required?: boolean; hint?: Text; multiline?: boolean; type?: string } = {}): TemplateResult {
    const id = `mk-${key}`;
    const value = this.draft.meta[key];
    const describedBy = options.hint ? `${id}-hint` : nothing;
    const value_ = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    const onInput = (e: Event) => this.setMeta(key, value_(e), 'after-typing');
    const onChange = (e: Event) => this.setMeta(key, value_(e));
    return html`<p class="mk-field">
      <label for=${id}>${this.t(label)}${options.required ? html` <span class="mk-required">(${this.t(TEXT.required)})</span>` : nothing}</label>
      ${options.multiline
        ? html`<textarea id=${id} rows="3" aria-describedby=${describedBy} aria-required=${options.required ? 'true' : 'false'} .value=${value} @input=${onInput} @change=${onChange}></textarea>`
        : html`<input id=${id} type=${options.type ?? 'text'} aria-describedby=${describedBy} aria-required=${options.required ? 'true' : 'false'} .value=${value} @input=${onInput} @change=${onChange} />`}
      ${options.hint ? html`<span id="${id}-hint" class="mk-hint">${this.t(options.hint)}</span>` : nothing}
    </p>`;
  }

  private choice<K extends 'unitKind' | 'valueUnit' | 'normBasis'>(key: K, label: Text, choices: Record<string, Text>): TemplateResult {
    return html`<p class="mk-field">
      <label for="mk-${key}">${this.t(label)}</label>
      <select id="mk-${key}" @change=${(e: Event) => this.setMeta(key, (e.target as HTMLSelectElement).value)}>
        ${Object.entries(choices).map(([value, text]) => html`<option value=${value} ?selected=${this.draft.meta[key] === value}>${this.t(text)}</option>`)}
      </select>
    </p>`;
  }

  private metaTemplate(): TemplateResult {
    const widget = this.draft.widget;
    const sankey = widget === 'referral-sankey';
    return html`<section class="mk-section" aria-labelledby="mk-meta-heading">
      <h2 id="mk-meta-heading">${this.t(TEXT.metaHeading)}</h2>
      <p class="mk-guidance">${this.t(TEXT.metaGuidance)}</p>
      ${takesField(widget, 'title') ? this.input('title', TEXT.title, { required: true }) : nothing}
      ${sankey
        ? this.choice('valueUnit', TEXT.valueUnit, TEXT.valueUnits)
        : html`${this.choice('unitKind', TEXT.unitKind, TEXT.unitKinds)} ${this.input('unitName', TEXT.unitName, { required: true })}`}
      ${this.input('periodFrom', TEXT.periodFrom, { required: sankey, hint: TEXT.dateHint })}
      ${this.input('periodTo', TEXT.periodTo, { required: sankey, hint: TEXT.dateHint })}
      ${sankey ? nothing : this.input('asOf', TEXT.asOf, { hint: TEXT.dateHint })}
      ${this.input('source', TEXT.source, { required: true })}
      ${this.input('publisher', TEXT.publisher, { required: true })}
      ${this.input('url', TEXT.url, { type: 'url' })}
      ${this.input('licence', TEXT.licence)}
      ${this.input('caveats', TEXT.caveats, { multiline: true })}
      <p class="mk-field mk-check"><label><input id="mk-fictional" type="checkbox" .checked=${this.draft.meta.fictional}
        @change=${(e: Event) => this.setMeta('fictional', (e.target as HTMLInputElement).checked)} /> ${this.t(TEXT.fictional)}</label></p>
      ${takesField(widget, 'description') ? this.input('description', TEXT.description, { multiline: true }) : nothing}
      ${sankey
        ? html`<p class="mk-guidance" id="mk-suppress-guidance">${this.t(TEXT.smallCountsGuidance)}</p>
            ${this.input('suppressBelow', TEXT.suppressBelow, { hint: TEXT.suppressHint })}`
        : nothing}
      ${widget === 'delegation-matrix' ? html`<p class="mk-guidance">${this.t(TEXT.notStatedGuidance)}</p>` : nothing}
      ${widget === 'capacity-gauge'
        ? html`<p class="mk-guidance">${this.t(TEXT.normGuidance)}</p>
            ${this.input('normValue', TEXT.normValue, { required: true })} ${this.choice('normBasis', TEXT.normBasis, TEXT.normBases)}
            ${this.input('normSource', TEXT.normSource, { required: true })}`
        : nothing}
    </section>`;
  }

  private previewTemplate(): TemplateResult {
    const result = this.result;
    const lang = this.draft.lang;
    return html`<section class="mk-section" aria-labelledby="mk-preview-heading">
      <h2 id="mk-preview-heading">${this.t(TEXT.previewHeading)}</h2>
      <div id="mk-status" role="status">
        ${result
          ? html`<p>${result.problems.length === 0 ? this.t(TEXT.problemsOk) : this.t(TEXT.problemsCount(result.problems.length))}</p>`
          : nothing}
      </div>
      ${result && result.problems.length > 0
        ? html`<ol id="mk-problems" class="mk-problems">
            ${result.problems.map((problem) => {
              // A problem in what the editor wrote names the field, and its button goes there.
              const field = problem.row === undefined ? formFieldFor(this.draft.widget, problem.path) : undefined;
              return html`<li>
                ${field
                  ? html`<button type="button" class="mk-goto" @click=${() => this.host.querySelector<HTMLElement>(`#mk-${field.key}`)?.focus()}>${this.t(field.label)}</button>: `
                  : nothing}<span class="mk-problem">${describeProblem(problem, lang)}</span>
                ${problem.path !== undefined
                  ? html`<details><summary>${this.t(TEXT.pointer)}</summary><code>${problem.path === '' ? '/' : problem.path}</code></details>`
                  : nothing}
              </li>`;
            })}
          </ol>`
        : nothing}
      ${result && result.notes.length > 0
        ? html`<ul class="mk-notes" aria-label=${this.t(TEXT.notes)}>${result.notes.map((note) => html`<li>${note[lang]}</li>`)}</ul>`
        : nothing}
      ${result
        ? html`<div class="mk-frames">
            ${FRAMES.map(
              (frame, i) => html`<figure class="mk-frame mk-w${frame.width} ${frame.dark ? 'mk-dark' : 'mk-light'}">
                <figcaption>${this.t(TEXT.frame(frame.width, frame.dark))}</figcaption>
                ${this.previews[i]}
              </figure>`,
            )}
          </div>`
        : nothing}
    </section>`;
  }

  private outTemplate(): TemplateResult {
    const result = this.result;
    const valid = this.valid();
    return html`<section class="mk-section" aria-labelledby="mk-out-heading">
      <h2 id="mk-out-heading">${this.t(TEXT.outHeading)}</h2>
      ${result
        ? html`${this.longText('mk-json', TEXT.json, this.jsonText(), 8)}
            <p><button type="button" id="mk-download" ?disabled=${!valid} @click=${() => this.downloadJson()}>${this.t(TEXT.downloadJson)}</button>
              <button type="button" id="mk-svg" ?disabled=${!valid} @click=${() => void this.downloadImage('svg')}>${this.t(TEXT.downloadSvg)}</button>
              <button type="button" id="mk-png" ?disabled=${!valid} @click=${() => void this.downloadImage('png')}>${this.t(TEXT.downloadPng)}</button></p>
            <p class="mk-hint">${this.t(TEXT.images)}</p>
            <p id="mk-image-status" class="mk-error" role="alert">${this.imageStatus}</p>`
        : nothing}
      <p class="mk-field">
        <label for="mk-base">${this.t(TEXT.scriptBase)}</label>
        <input id="mk-base" type="text" spellcheck="false" .value=${this.scriptBase}
          @input=${(e: Event) => this.setAddress('scriptBase', (e.target as HTMLInputElement).value, 'after-typing')} @change=${(e: Event) => this.setAddress('scriptBase', (e.target as HTMLInputElement).value)} />
        ${baseProblem(this.scriptBase) ? html`<span id="mk-base-problem" class="mk-error" role="alert">${this.t(baseProblem(this.scriptBase)!)}</span>` : nothing}
      </p>
      <p class="mk-field">
        <label for="mk-json-url">${this.t(TEXT.jsonUrl)}</label>
        <input id="mk-json-url" type="url" spellcheck="false" .value=${this.jsonUrl}
          @input=${(e: Event) => this.setAddress('jsonUrl', (e.target as HTMLInputElement).value, 'after-typing')} @change=${(e: Event) => this.setAddress('jsonUrl', (e.target as HTMLInputElement).value)} />
      </p>
      ${this.snippets().map((snippet) =>
        snippet.code !== undefined
          ? this.longText(`mk-snippet-${snippet.id}`, snippet.label, snippet.code, Math.min(16, snippet.code.split('\n', 17).length + 1))
          : html`<p class="mk-field">
              <label for="mk-snippet-${snippet.id}">${this.t(snippet.label)}</label>
              <span id="mk-snippet-${snippet.id}" class="mk-hint">${this.t(snippet.reason!)}</span>
            </p>`,
      )}
      ${this.longText('mk-reopen', TEXT.reopen, this.reopenLink(), 1)}
      ${this.reopenLink().length > MAX_LINK_CHARS ? html`<p id="mk-reopen-too-long" class="mk-error">${this.t(TEXT.linkTooLong)}</p>` : nothing}
      <p><a id="mk-reopen-link" href=${this.reopenLink()}>${this.t({ da: 'Åbn linket', en: 'Open the link' })}</a></p>
      <p role="status" id="mk-copy-status">${this.copyStatus}</p>
      <p class="mk-hint">${this.t(TEXT.draftSaved)}</p>
      <p><button type="button" id="mk-clear" @click=${() => this.clearDraft()}>${this.t(TEXT.clearDraft)}</button>
        <span role="status" id="mk-draft-status">${this.draftStatus}</span></p>
    </section>`;
  }
}

/**
 * Fetches what the maker would otherwise fetch on first use (the XLSX reader), so that once the
 * page has loaded, pasting, opening a workbook, previewing and every download work without the
 * network. Resolves with whether all of it arrived.
 */
export function readyForOffline(): Promise<boolean> {
  return preloadWorkbookReader();
}

/** Mounts the maker into `host` (its content is replaced). */
export function mountMaker(host: HTMLElement, options?: MakerOptions): ChartMaker {
  host.replaceChildren();
  return new ChartMaker(host, options);
}
