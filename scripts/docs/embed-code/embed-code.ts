/**
 * The docs site's "embed code" tool: pick a widget, give a JSON URL or paste the JSON, see it
 * validated by the library's own validators and previewed by the real widget, and copy a snippet.
 *
 * Its interface speaks Danish and English (messages.ts): the host's nearest `lang`, then its own switch.
 * Rendered with Lit into the light DOM of a host element, so the page's stylesheet applies and
 * nothing needs inline styles or scripts (the docs pages run under a strict CSP). The widgets
 * themselves come from the page (the CDN bundle on the docs site, the sources in the tests).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { parseJsonText, validateDocument, type ValidationIssue } from '@praksis/schema';
import {
  WIDGETS,
  baseProblem,
  httpOrigin,
  iframeSnippet,
  inlineSnippet,
  isAbsoluteHttpUrl,
  isEmbeddableUrl,
  srcSnippet,
  widgetByName,
  widgetForKind,
  examplePath,
  siteCdnFolder,
  type Loader,
  type SnippetLang,
  type WidgetInfo,
} from './snippets.js';
import { MESSAGES, type EmbedCodeMessages, type UiLang } from './messages.js';
import { toLang } from '@praksis/core/lang.js';

export type DataMode = 'url' | 'json';
export type Route = 'src' | 'inline' | 'iframe';

export interface EmbedCodeOptions {
  /** Folder with the example documents (packages/schema/examples), for "load an example". */
  examplesBase?: string;
  /**
   * Default for "where you serve the widget files", resolved against the page: the docs site gives
   * its own CDN folder ("cdn/"), so the snippet works as pasted into a page of another site.
   */
  scriptBase?: string;
  fetch?: typeof fetch;
  clipboard?: Pick<Clipboard, 'writeText'>;
}

/** One problem shown to the reader: a JSON pointer (or '' for the whole document) and a message. */
export interface Problem {
  path: string;
  message: string;
}

interface CheckResult {
  widget: WidgetInfo;
  mode: DataMode;
  url: string;
  /** The parsed document, when it parsed. */
  data?: unknown;
  problems: Problem[];
  /** Another widget that reads this document, when the chosen one does not. */
  suggestion?: WidgetInfo;
}

export class EmbedCodeTool {
  widget: WidgetInfo = WIDGETS[0]!;
  mode: DataMode = 'json';
  url = '';
  json = '';
  lang: SnippetLang = '';
  base: string;
  /** The embedder's site, for the iframe's `parent-origin`; '' for none. */
  parentOrigin = '';
  route: Route = 'inline';
  /** Which module the script snippets load. */
  loader: Loader = 'autoloader';
  /** The language of the interface (not of the snippet). */
  uiLang: UiLang;
  /**
   * The language of the embedder's page, which a snippet without `lang` follows: its fallback text
   * is written in it, and the preview speaks it. At first the language of the page around the tool.
   */
  pageLang: UiLang;
  result: CheckResult | undefined;
  /** What the status line says, in the interface's language at the time it is shown. */
  private statusText: (t: EmbedCodeMessages) => string = (t) => t.start;
  private copyText: ((t: EmbedCodeMessages) => string) | undefined;
  /** The real widget showing the last checked data. */
  preview: HTMLElement | undefined;

  private readonly examplesBase: string;
  private readonly fetchFn: typeof fetch;
  private readonly clipboard: Pick<Clipboard, 'writeText'> | undefined;
  private checking: Promise<void> = Promise.resolve();
  private checkId = 0;

  constructor(
    readonly host: HTMLElement,
    options: EmbedCodeOptions = {},
  ) {
    const around = host.closest('[lang]')?.getAttribute('lang') ?? '';
    this.pageLang = toLang(around);
    // The interface is English unless the page says Danish (the docs site is in English).
    this.uiLang = around.toLowerCase().startsWith('da') ? 'da' : 'en';
    this.examplesBase = (options.examplesBase ?? 'examples/').replace(/\/?$/, '/');
    this.base = options.scriptBase === undefined ? siteCdnFolder() : new URL(options.scriptBase, document.baseURI).href;
    this.fetchFn = options.fetch ?? ((input, init) => window.fetch(input, init));
    this.clipboard = options.clipboard ?? (typeof navigator !== 'undefined' ? navigator.clipboard : undefined);
    this.update();
  }

  get t(): EmbedCodeMessages {
    return MESSAGES[this.uiLang];
  }

  get status(): string {
    return this.statusText(this.t);
  }

  get copyStatus(): string {
    return this.copyText?.(this.t) ?? '';
  }

  /** Switches the interface's language. */
  setUiLang(lang: UiLang): void {
    this.uiLang = lang;
    this.update();
  }

  /** The promise of the check that is running, or of the last one. */
  whenChecked(): Promise<void> {
    return this.checking;
  }

  /** Routes that work with the last checked data, and why the others don't. */
  routes(): { route: Route; reason?: string }[] {
    const result = this.result;
    const noData = this.t.noData;
    const needsUrl = this.t.needsUrl;
    const valid = result !== undefined && result.problems.length === 0 && result.data !== undefined;
    // No snippet with a folder whose file addresses would not work (the problem is named at its field).
    const base = baseProblem(this.base) ? this.t.baseFirst : undefined;
    return [
      { route: 'src', reason: !valid ? noData : result.mode !== 'url' ? needsUrl : base },
      { route: 'inline', reason: !valid ? noData : base },
      { route: 'iframe', reason: !valid ? noData : result.mode !== 'url' ? needsUrl : base },
    ];
  }

  /** The snippet for the chosen route (or the first one that works), or '' when none does. */
  snippet(): { route: Route; code: string } | undefined {
    const result = this.result;
    const available = this.routes().filter((r) => r.reason === undefined).map((r) => r.route);
    if (result === undefined || available.length === 0) return undefined;
    const route = available.includes(this.route) ? this.route : available[0]!;
    const { widget } = result;
    const common = { widget, base: this.base, lang: this.lang, pageLang: this.pageLang, loader: this.loader };
    switch (route) {
      case 'src':
        return { route, code: srcSnippet({ ...common, src: result.url, data: result.data }) };
      case 'inline':
        return { route, code: inlineSnippet({ ...common, data: result.data }) };
      case 'iframe': {
        const parentOrigin = httpOrigin(this.parentOrigin);
        return { route, code: iframeSnippet({ ...common, src: result.url, ...(parentOrigin ? { parentOrigin } : {}) }) };
      }
    }
  }

  /** Validates the data as given and shows it in the real widget. */
  check(): Promise<void> {
    const id = ++this.checkId;
    this.statusText = (t) => t.checking;
    this.copyText = undefined;
    this.update();
    this.checking = this.runCheck(id);
    return this.checking;
  }

  /** The validators' messages: in the snippet's language when one is chosen, else the interface's. */
  private messageLang(): 'da' | 'en' {
    return this.lang || this.uiLang;
  }

  private async runCheck(id: number): Promise<void> {
    const widget = this.widget;
    const mode = this.mode;
    const url = this.url.trim();
    const lang = this.messageLang();
    const t = this.t;
    const result: CheckResult = { widget, mode, url, problems: [] };
    let text: string | undefined;
    if (mode === 'url') {
      if (!isEmbeddableUrl(url)) {
        result.problems.push({ path: '', message: t.giveUrl });
      } else {
        try {
          const response = await this.fetchFn(new URL(url, document.baseURI), { headers: { accept: 'application/json' } });
          if (response.ok) text = await response.text();
          else result.problems.push({ path: '', message: t.serverAnswered(`${response.status} ${response.statusText}`.trim()) });
        } catch {
          result.problems.push({ path: '', message: t.unreadable });
        }
      }
    } else {
      text = this.json;
      if (text.trim() === '') result.problems.push({ path: '', message: t.pasteFirst });
    }
    if (text !== undefined && result.problems.length === 0) {
      // As every route reads JSON text: line:column, keys given twice, nesting too deep.
      const parsed = parseJsonText(text);
      if (parsed.ok) result.data = parsed.data;
      else result.problems.push(...parsed.issues.map((issue) => ({ path: issue.path, message: issue.message[lang] })));
    }
    if (result.data !== undefined) {
      const validation = validateDocument(result.data);
      result.problems.push(...validation.issues.map((issue: ValidationIssue) => ({ path: issue.path, message: issue.message[lang] })));
      if (validation.kind !== undefined && validation.kind !== widget.kind.name) {
        const other = widgetForKind(validation.kind);
        result.suggestion = other;
        result.problems.unshift({
          path: '/$schema',
          message: t.otherKind(validation.kind, widget.tag, widget.kind.name, other?.tag),
        });
      }
    }
    if (id !== this.checkId) return; // a newer check has started
    this.result = result;
    const count = result.problems.length;
    this.statusText = (m) => (count === 0 ? m.valid(widget.kind.name) : m.problemCount(count));
    this.preview = this.createPreview(result);
    this.update();
  }

  /** The real widget, loaded the way the snippet loads it. */
  private createPreview(result: CheckResult): HTMLElement | undefined {
    if (result.mode === 'url' && !isEmbeddableUrl(result.url)) return undefined;
    const element = document.createElement(result.widget.tag);
    if (this.lang) element.setAttribute('lang', this.lang);
    if (result.mode === 'url') {
      element.setAttribute('src', result.url);
    } else {
      // The inline route, even for text that does not parse: the widget then shows its own message.
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = this.json;
      element.append(script);
    }
    return element;
  }

  /** Fills the JSON field with one of the widget's example documents and checks it. */
  loadExample(validity: 'valid' | 'invalid'): Promise<void> {
    this.checking = this.runLoad(validity);
    return this.checking;
  }

  private async runLoad(validity: 'valid' | 'invalid'): Promise<void> {
    const widget = this.widget;
    const path = examplePath(widget, validity);
    const url = `${this.examplesBase}${path}`;
    try {
      const response = await this.fetchFn(new URL(url, document.baseURI));
      if (!response.ok) throw new Error(String(response.status));
      this.json = await response.text();
      this.mode = 'json';
    } catch {
      this.statusText = (t) => t.exampleFailed(path.slice(path.lastIndexOf('/') + 1));
      this.update();
      return;
    }
    await this.check();
  }

  async copy(): Promise<void> {
    const snippet = this.snippet();
    if (!snippet) return;
    try {
      if (!this.clipboard) throw new Error('no clipboard');
      await this.clipboard.writeText(snippet.code);
      this.copyText = (t) => t.copied;
    } catch {
      const field = this.host.querySelector<HTMLTextAreaElement>('#ec-code');
      field?.focus();
      field?.select();
      this.copyText = (t) => t.copyFailed;
    }
    this.update();
  }

  private set<K extends 'widget' | 'mode' | 'url' | 'json' | 'lang' | 'pageLang' | 'base' | 'parentOrigin' | 'route' | 'loader'>(key: K, value: this[K]): void {
    this[key] = value;
    this.copyText = undefined;
    this.update();
  }

  /** A URL suggests the src route, pasted JSON the inline one; the reader can still pick. */
  private setMode(mode: DataMode): void {
    this.route = mode === 'url' ? 'src' : 'inline';
    this.set('mode', mode);
  }

  update(): void {
    render(this.template(), this.host);
  }

  private template(): TemplateResult {
    const t = this.t;
    const other: UiLang = this.uiLang === 'da' ? 'en' : 'da';
    return html`<p class="ec-actions" lang=${this.uiLang}>
        <button type="button" id="ec-ui-lang" lang=${other} aria-describedby="ec-ui-lang-hint" @click=${() => this.setUiLang(other)}>${t.otherLanguage}</button>
        <span id="ec-ui-lang-hint" class="ec-hint">${t.interfaceLanguage}</span>
      </p>
      <form class="ec-form" lang=${this.uiLang} novalidate @submit=${(event: Event) => {
        event.preventDefault();
        void this.check();
      }}>
        <fieldset>
          <legend>${t.widgetAndData}</legend>
          <p class="ec-field">
            <label for="ec-widget">${t.widget}</label>
            <select id="ec-widget" @change=${(event: Event) => this.set('widget', widgetByName((event.target as HTMLSelectElement).value) ?? WIDGETS[0]!)}>
              ${WIDGETS.map((w) => html`<option value=${w.name} ?selected=${w === this.widget}>${w.label[this.uiLang]} (&lt;${w.tag}&gt;)</option>`)}
            </select>
          </p>
          <fieldset class="ec-field ec-inline">
            <legend>${t.dataFrom}</legend>
            ${(['json', 'url'] as const).map(
              (mode) => html`<label class="ec-choice"
                ><input type="radio" name="ec-mode" value=${mode} .checked=${this.mode === mode} @change=${() => this.setMode(mode)} />
                ${mode === 'url' ? t.fromUrl : t.fromJson}</label
              >`,
            )}
          </fieldset>
          ${this.mode === 'url'
            ? html`<p class="ec-field">
                <label for="ec-url">${t.jsonUrl}</label>
                <input id="ec-url" type="url" inputmode="url" autocomplete="off" spellcheck="false" aria-describedby="ec-url-hint" .value=${this.url}
                  @input=${(event: Event) => this.set('url', (event.target as HTMLInputElement).value)} />
                <span id="ec-url-hint" class="ec-hint">${t.urlHint}</span>
              </p>`
            : html`<p class="ec-field">
                <label for="ec-json">${t.jsonDocument}</label>
                <textarea id="ec-json" rows="12" spellcheck="false" autocomplete="off" .value=${this.json}
                  @input=${(event: Event) => this.set('json', (event.target as HTMLTextAreaElement).value)}></textarea>
              </p>`}
          <p class="ec-actions">
            <button type="submit">${t.checkAndPreview}</button>
            <button type="button" @click=${() => void this.loadExample('valid')}>${t.loadExample}</button>
            <button type="button" @click=${() => void this.loadExample('invalid')}>${t.loadInvalidExample}</button>
          </p>
        </fieldset>
        <fieldset>
          <legend>${t.snippetOptions}</legend>
          <p class="ec-field">
            <label for="ec-lang">${t.language}</label>
            <select id="ec-lang" @change=${(event: Event) => this.set('lang', (event.target as HTMLSelectElement).value as SnippetLang)}>
              <option value="" ?selected=${this.lang === ''}>${t.pageLanguage}</option>
              <option value="da" ?selected=${this.lang === 'da'}>Dansk (da)</option>
              <option value="en" ?selected=${this.lang === 'en'}>English (en)</option>
            </select>
          </p>
          ${this.lang === ''
            ? html`<p class="ec-field">
                <label for="ec-page-lang">${t.yourPageLanguage}</label>
                <select id="ec-page-lang" aria-describedby="ec-page-lang-hint" @change=${(event: Event) => this.set('pageLang', (event.target as HTMLSelectElement).value as UiLang)}>
                  <option value="da" ?selected=${this.pageLang === 'da'}>Dansk (da)</option>
                  <option value="en" ?selected=${this.pageLang === 'en'}>English (en)</option>
                </select>
                <span id="ec-page-lang-hint" class="ec-hint">${t.yourPageLanguageHint}</span>
              </p>`
            : nothing}
          <p class="ec-field">
            <label for="ec-loader">${t.loader}</label>
            <select id="ec-loader" @change=${(event: Event) => this.set('loader', (event.target as HTMLSelectElement).value as Loader)}>
              <option value="autoloader" ?selected=${this.loader === 'autoloader'}>${t.loaderAuto}</option>
              <option value="widget" ?selected=${this.loader === 'widget'}>${t.loaderWidget}</option>
            </select>
          </p>
          <p class="ec-field">
            <label for="ec-base">${t.base}</label>
            <input id="ec-base" type="text" autocomplete="off" spellcheck="false" aria-describedby="ec-base-hint" .value=${this.base}
              @input=${(event: Event) => this.set('base', (event.target as HTMLInputElement).value)} />
            <span id="ec-base-hint" class="ec-hint">${t.baseHint}</span>
            ${baseProblem(this.base) ? html`<strong id="ec-base-problem" role="alert">${baseProblem(this.base)![this.uiLang]}</strong>` : nothing}
          </p>
          <p class="ec-field">
            <label for="ec-parent">${t.parent}</label>
            <input id="ec-parent" type="url" inputmode="url" autocomplete="off" spellcheck="false" aria-describedby="ec-parent-hint" .value=${this.parentOrigin}
              @input=${(event: Event) => this.set('parentOrigin', (event.target as HTMLInputElement).value)} />
            <span id="ec-parent-hint" class="ec-hint">${t.parentHint}</span>
          </p>
        </fieldset>
      </form>
      ${this.resultTemplate()} ${this.codeTemplate()}`;
  }

  private resultTemplate(): TemplateResult {
    const result = this.result;
    const t = this.t;
    return html`<section class="ec-result" lang=${this.uiLang} aria-labelledby="ec-result-heading">
      <h2 id="ec-result-heading">${t.result}</h2>
      <p id="ec-status" class="ec-status" role="status">${this.status}</p>
      ${result && result.problems.length > 0
        ? html`<ol id="ec-problems" class="ec-problems" aria-label=${t.problems}>
              ${result.problems.map(
                (problem) => html`<li><code class="ec-pointer">${problem.path === '' ? t.wholeDocument : problem.path}</code> ${problem.message}</li>`,
              )}
            </ol>
            ${result.suggestion
              ? html`<p><button type="button" @click=${() => this.switchTo(result.suggestion!)}>${t.useInstead(result.suggestion.tag)}</button></p>`
              : nothing}`
        : nothing}
      <h2 id="ec-preview-heading">${t.preview}</h2>
      <div class="ec-preview" role="group" aria-labelledby="ec-preview-heading" lang=${this.lang || this.pageLang}>
        ${this.preview ?? html`<p class="ec-hint">${t.previewEmpty}</p>`}
      </div>
    </section>`;
  }

  private switchTo(widget: WidgetInfo): void {
    this.widget = widget;
    void this.check();
  }

  private codeTemplate(): TemplateResult {
    const snippet = this.snippet();
    const routes = this.routes();
    const t = this.t;
    return html`<section class="ec-code" lang=${this.uiLang} aria-labelledby="ec-code-heading">
      <h2 id="ec-code-heading">${t.code}</h2>
      <fieldset>
        <legend>${t.route}</legend>
        ${routes.map(
          ({ route, reason }) => html`<div class="ec-route">
            <label class="ec-choice"
              ><input type="radio" name="ec-route" value=${route} .checked=${snippet?.route === route} ?disabled=${reason !== undefined}
                aria-describedby=${reason ? `ec-route-${route}-reason` : nothing} @change=${() => this.set('route', route)} />
              ${t.routes[route]}</label
            >${reason ? html`<span id="ec-route-${route}-reason" class="ec-hint">${reason}</span>` : nothing}
          </div>`,
        )}
      </fieldset>
      ${snippet
        ? html`<p class="ec-field">
              <label for="ec-code">${t.codeLabel}</label>
              <textarea id="ec-code" readonly rows=${Math.min(24, snippet.code.split('\n').length + 1)} spellcheck="false" .value=${snippet.code}></textarea>
            </p>
            ${this.routeNote(snippet.route)}
            <p class="ec-actions">
              <button type="button" @click=${() => void this.copy()}>${t.copy}</button>
              <span class="ec-copy-status" role="status">${this.copyStatus}</span>
            </p>`
        : html`<p class="ec-hint">${t.codeEmpty}</p>
            <span class="ec-copy-status" role="status"></span>`}
    </section>`;
  }

  private routeNote(route: Route): TemplateResult | typeof nothing {
    const url = this.result?.url ?? '';
    const t = this.t;
    switch (route) {
      case 'src':
        return html`<p class="ec-hint">${t.noteSrc} ${t.noteFallback}</p>`;
      case 'inline':
        return html`<p class="ec-hint">${t.noteInline} ${t.noteFallback}</p>`;
      case 'iframe':
        return html`<p class="ec-hint">
          ${t.noteIframe} ${isAbsoluteHttpUrl(url) ? nothing : t.noteRelative}
          ${this.parentOrigin.trim() === '' || httpOrigin(this.parentOrigin) ? nothing : t.noteBadParent}
        </p>`;
    }
  }
}

/** Mounts the tool into `host` (its content is replaced). */
export function mountEmbedCode(host: HTMLElement, options?: EmbedCodeOptions): EmbedCodeTool {
  host.replaceChildren();
  return new EmbedCodeTool(host, options);
}
