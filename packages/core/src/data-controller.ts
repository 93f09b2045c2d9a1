import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { quickJson, UNWORDED, unworded, type JsonSyntaxError, type readJsonText, type ValidationIssue, type Words } from '@praksis/schema';
import type { Lang } from './lang.js';
import { memoizeOne } from './memo.js';
import { coreMessages, type CoreMessages } from './messages.js';
import type { SourceTexts, sourceWords } from './source-words.js';
import { fetchText, LoadError, type LoadFailure } from './load.js';
import type { ErrorCause, Problem } from './error-panel.js';
import type { PraksisEventMap } from './events.js';

/** What a widget shows: nothing yet, a load under way, why it cannot draw (in both languages), or its document. */
export type View<T> = { kind: 'empty' } | { kind: 'loading'; url: string } | ErrorView | { kind: 'ready'; data: T };

/** Why a widget cannot draw. */
interface ErrorView {
  kind: 'error';
  issues: ValidationIssue[];
  cause: ErrorCause;
  /**
   * For issues found without words (their pointers only): the same issues in words, given the words
   * part, and their cause where the words part tells it better.
   */
  reword?: (words: ProblemWords) => { issues: ValidationIssue[]; cause?: ErrorCause };
}

/** The words part: the words of problems, why a source could not be used, and the careful reader of JSON text (words.ts). */
export type ProblemWords = Words & { readJsonText: typeof readJsonText; source: typeof sourceWords };

/** The words part as the host has it: there, on its way (undefined), or not to be had (null). */
type WordsPart = ProblemWords | undefined | null;


/** The element's side: where the document comes from, and its language for the events. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly data?: unknown;
  readonly src?: string;
  readonly srcTimeout: number;
  readonly hasUpdated: boolean;
  readonly language: Lang;
}

export interface DataOptions {
  /** The widget's schema and rules, the issues worded by `words`; an empty list means the document can be drawn. */
  validate(data: unknown, words: Words): ValidationIssue[];
  /**
   * The words part (words.ts, loaded on demand): undefined while it loads, and the host draws again
   * once it is there; throws if it cannot be loaded.
   */
  words(): ProblemWords | undefined;
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
 *
 * Documents are read and validated without words (@praksis/schema's words.ts says why): a valid
 * one never needs them. A document with problems is read again with the words part, which the
 * view waits for (`shown`), and a source that could not be loaded is explained by it; if it cannot
 * be loaded, the problems are shown by their pointers.
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
  /**
   * The quick reader of JSON text, remembering the last text: the same text read again (a move
   * in the page reloads it, and so does any change to the element's children) is the same
   * document, not new data that the element announces.
   */
  readonly #quickJson = memoizeOne(quickJson);
  /** `shown` for the last view and state of the words part. */
  #worded?: { view: View<T>; words: WordsPart; shown: View<T> };

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
    this.#acceptJson(script.textContent ?? '', (s, syntax) => s.scriptNotJson(syntax), 'invalid');
  }

  async #loadSrc(src: string): Promise<void> {
    const controller = (this.#loading = new AbortController());
    const url = new URL(src, document.baseURI).href;
    this.#show({ kind: 'loading', url });
    try {
      const text = await fetchText(url, {
        signal: controller.signal,
        timeoutMs: this.#host.srcTimeout,
        maxBytes: this.#options.maxBytes(),
      });
      // A response that is not JSON (a login page, an error page) is data that could not be loaded.
      if (!controller.signal.aborted) this.#acceptJson(text, (s, syntax) => `${s.couldNotLoad(src)}: ${s.responseNotJson(syntax)}`, 'unavailable');
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure: LoadFailure = error instanceof LoadError ? error.failure : { reason: 'network' };
      const why = (s: SourceTexts) => (s.failure[failure.reason] as (failure: LoadFailure) => string)(failure);
      const reword = (words: ProblemWords) => ({ issues: [sourceIssue(words, (s) => `${s.couldNotLoad(src)}: ${why(s)}`)] });
      this.#show({ kind: 'error', issues: [{ path: '', message: UNWORDED }], cause: 'unavailable', reword });
    }
  }

  /**
   * JSON text from `src` or the inline script: its data, or why it cannot be used, at its pointers.
   * Read the quick way; a text that is not a usable document is read again, carefully, by the
   * reader that comes with the words part, which says what is wrong and where. Until then it is
   * one problem with the whole text, of the route's `cause`.
   */
  #acceptJson(text: string, notJson: (s: SourceTexts, syntax: JsonSyntaxError) => string, cause: ErrorCause): void {
    const quick = this.#quickJson(text);
    if (quick) return this.#accept(quick.data);
    const read = (words: ProblemWords): { issues: ValidationIssue[]; cause: ErrorCause } => {
      const parsed = words.readJsonText(text, words);
      if (parsed.ok) return { issues: [], cause };
      const { syntax } = parsed;
      // Text that is JSON but not a usable document (a key given twice, nesting too deep) is invalid data.
      return syntax ? { issues: [sourceIssue(words, (s) => notJson(s, syntax))], cause } : { issues: parsed.issues, cause: 'invalid' };
    };
    this.#show({ kind: 'error', issues: [{ path: '', message: UNWORDED }], cause, reword: read });
  }

  #accept(data: unknown): void {
    const validate = (words: Words): ValidationIssue[] => this.#options.validate(data, words);
    try {
      const issues = validate(unworded);
      this.#show(issues.length ? { kind: 'error', issues, cause: 'invalid', reword: (words) => ({ issues: validate(words) }) } : { kind: 'ready', data: data as T });
    } catch (error) {
      this.#show(internalError(error));
    }
  }

  #show(view: View<T>): void {
    this.view = view;
    this.#host.requestUpdate();
  }

  /**
   * The view as it can be drawn now. Issues found without words wait for the words part (a loading
   * view meanwhile) and are then found again in words; if the part cannot be loaded, each issue
   * says only where it is. The same object until the view or the words part changes.
   */
  get shown(): View<T> {
    const view = this.view;
    if (view.kind !== 'error' || !view.reword) return view;
    let words: WordsPart;
    try {
      words = this.#options.words();
    } catch {
      words = null;
    }
    const last = this.#worded;
    if (last?.view === view && last.words === words) return last.shown;
    const shown = words === undefined ? { kind: 'loading' as const, url: '' } : words === null ? unexplained(view) : reworded(view, words);
    this.#worded = { view, words, shown };
    return shown;
  }

  /**
   * Each view is reported once, after it is drawn; a drawing still waiting for parts (a view, the
   * English words, the words of its problems) is reported when they are there, so an error is
   * reported in the words it shows.
   */
  hostUpdated(): void {
    const view = this.shown;
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

/** Logged, not thrown: the page keeps working and the embedder can still see why. */
function internalError(error: unknown): ErrorView {
  console.error(error);
  return { kind: 'error', issues: [issue('', (m) => m.internalError)], cause: 'internal' };
}

/** Issues found without words, found again with them (the same document, so the same problems). */
function reworded(view: ErrorView, words: ProblemWords): ErrorView {
  try {
    const { issues, cause = view.cause } = view.reword!(words);
    return issues.length ? { kind: 'error', issues, cause } : unexplained(view);
  } catch (error) {
    return internalError(error);
  }
}

/** Issues whose words could not be loaded: each says where, in a plain sentence. */
function unexplained({ issues, cause }: ErrorView): ErrorView {
  return { kind: 'error', issues: issues.map(({ path }) => issue(path, (m) => m.unexplained)), cause };
}

/** Problems in the reader's language. */
export function problems(issues: readonly ValidationIssue[], lang: Lang): Problem[] {
  return issues.map(({ path, message }) => ({ path, message: message[lang] }));
}

/** Why the whole document could not be used, in both languages, from the words part. */
function sourceIssue(words: ProblemWords, text: (s: SourceTexts) => string): ValidationIssue {
  return { path: '', message: { da: text(words.source.da), en: text(words.source.en) } };
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
