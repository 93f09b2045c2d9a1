import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseJsonText, type JsonSyntaxError, type ParsedJson, type ValidationIssue } from '@praksis/schema';
import type { Lang } from './lang.js';
import { coreMessages, type CoreMessages } from './messages.js';
import { fetchJson, LoadError, type LoadFailure } from './load.js';
import type { ErrorCause, Problem } from './error-panel.js';
import type { PraksisEventMap } from './events.js';

/** What a widget shows: nothing yet, a load under way, why it cannot draw (in both languages), or its document. */
export type View<T> =
  | { kind: 'empty' }
  | { kind: 'loading'; url: string }
  | { kind: 'error'; issues: ValidationIssue[]; cause: ErrorCause }
  | { kind: 'ready'; data: T };


/** The element's side: where the document comes from, and its language for the events. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly data?: unknown;
  readonly src?: string;
  readonly srcTimeout: number;
  readonly hasUpdated: boolean;
  readonly language: Lang;
}

export interface DataOptions {
  /** The widget's schema and rules; an empty list means the document can be drawn. */
  validate(data: unknown): ValidationIssue[];
  /** Largest `src` document accepted. */
  maxBytes(): number;
  /** Whether part of the drawing is still on its way, so `praksis-render` or `praksis-error` waits for it. */
  pending(): boolean;
}

/**
 * Takes the document from the host's `data`, a `src` URL or a child `<script type="application/json">`
 * (in that order of precedence), validates it, and reports each new view once drawn, as
 * `praksis-render` or `praksis-error`. Nothing thrown while loading or validating leaves it: it
 * becomes an error view. A controller because loading follows the host's connection (a removal
 * aborts, a return reloads) and reporting follows its updates.
 */
export class DataController<T> implements ReactiveController {
  view: View<T> = { kind: 'empty' };
  /** Set when drawing the view threw: reported as an internal error instead of the view. */
  failed = false;
  readonly #host: DataHost;
  readonly #options: DataOptions;
  #loading?: AbortController;
  #scriptObserver?: MutationObserver;
  #reported?: View<T>;

  constructor(host: DataHost, options: DataOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    this.#scriptObserver = new MutationObserver(() => {
      if (host.data === undefined && !host.src) this.load();
    });
    this.#scriptObserver.observe(host, { childList: true, subtree: true, characterData: true });
    // A reconnected element reloads what an earlier removal aborted.
    if (host.hasUpdated) this.load();
  }

  hostDisconnected(): void {
    this.#loading?.abort();
    this.#scriptObserver?.disconnect();
  }

  /** Takes the document afresh from the first source there is. */
  load(): void {
    const host = this.#host;
    this.#loading?.abort();
    this.#loading = undefined;
    if (host.data !== undefined) return this.#accept(host.data);
    if (host.src) return void this.#loadSrc(host.src);
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (!script) return this.#show({ kind: 'empty' });
    this.#acceptJson(parseJsonText(script.textContent ?? ''), (m, syntax) => m.scriptNotJson(syntax), 'invalid');
  }

  async #loadSrc(src: string): Promise<void> {
    const controller = (this.#loading = new AbortController());
    const url = new URL(src, document.baseURI).href;
    this.#show({ kind: 'loading', url });
    try {
      const json = await fetchJson(url, {
        signal: controller.signal,
        timeoutMs: this.#host.srcTimeout,
        maxBytes: this.#options.maxBytes(),
      });
      // A response that is not JSON (a login page, an error page) is data that could not be loaded.
      if (!controller.signal.aborted) this.#acceptJson(json, (m, syntax) => `${m.couldNotLoad(src)}: ${m.responseNotJson(syntax)}`, 'unavailable');
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure: LoadFailure = error instanceof LoadError ? error.failure : { reason: 'network' };
      const why = (m: CoreMessages) => (m.failure[failure.reason] as (failure: LoadFailure) => string)(failure);
      this.#show({ kind: 'error', issues: [issue('', (m) => `${m.couldNotLoad(src)}: ${why(m)}`)], cause: 'unavailable' });
    }
  }

  /** JSON text from `src` or the inline script: its data, or why it cannot be used, at its pointers. */
  #acceptJson(parsed: ParsedJson, notJson: (m: CoreMessages, syntax: JsonSyntaxError) => string, cause: ErrorCause): void {
    if (parsed.ok) return this.#accept(parsed.data);
    const { syntax } = parsed;
    this.#show({ kind: 'error', issues: syntax ? [issue('', (m) => notJson(m, syntax))] : parsed.issues, cause: syntax ? cause : 'invalid' });
  }

  #accept(data: unknown): void {
    let issues: ValidationIssue[];
    let cause: ErrorCause = 'invalid';
    try {
      issues = this.#options.validate(data);
    } catch (error) {
      // Logged, not thrown: the page keeps working and the embedder can still see why.
      console.error(error);
      issues = [issue('', (m) => m.internalError)];
      cause = 'internal';
    }
    this.#show(issues.length ? { kind: 'error', issues, cause } : { kind: 'ready', data: data as T });
  }

  #show(view: View<T>): void {
    this.view = view;
    this.#host.requestUpdate();
  }

  /**
   * Each view is reported once, after it is drawn; a drawing still waiting for parts (a view, the
   * English words) is reported when they are there, so an error is reported in the words it shows.
   */
  hostUpdated(): void {
    const view = this.view;
    if (this.#reported === view || this.#options.pending()) return;
    if (this.failed) {
      this.#reported = view;
      this.#fire('praksis-error', { errors: [this.#internalProblem()] });
    } else if (view.kind === 'error') {
      this.#reported = view;
      const [first = this.#internalProblem(), ...rest] = problems(view.issues, this.#host.language);
      this.#fire('praksis-error', { errors: [first, ...rest] });
    } else if (view.kind === 'ready') {
      this.#reported = view;
      this.#fire('praksis-render', {});
    }
  }

  /** The problem reported when something went wrong inside the widget, not in the data. */
  #internalProblem(): Problem {
    return { path: '', message: coreMessages[this.#host.language].internalError };
  }

  #fire<K extends 'praksis-render' | 'praksis-error'>(type: K, detail: PraksisEventMap[K]['detail']): void {
    this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** Problems in the reader's language. */
export function problems(issues: readonly ValidationIssue[], lang: Lang): Problem[] {
  return issues.map(({ path, message }) => ({ path, message: message[lang] }));
}

/**
 * A problem in both languages, so a language switch re-renders it without reloading. The English is
 * read when asked for: the English words may arrive after the problem was found.
 */
function issue(path: string, text: (m: CoreMessages) => string): ValidationIssue {
  return {
    path,
    message: {
      da: text(coreMessages.da),
      get en() {
        return text(coreMessages.en);
      },
    },
  };
}
