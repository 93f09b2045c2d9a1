import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from './lang.js';
import { watchLang } from './lang-watch.js';

/**
 * The language a widget speaks: the nearest `lang` attribute, read afresh on every use, and a new
 * draw when a `lang` attribute anywhere on the page changes. A controller because listening must
 * start and stop with the host's connection (one page-wide observer serves every widget).
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #unwatch?: () => void;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  get lang(): Lang {
    return resolveLang(this.#host);
  }

  hostConnected(): void {
    this.#unwatch = watchLang(this.#host, () => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }
}
