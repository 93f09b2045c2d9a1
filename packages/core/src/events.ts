import type { Problem } from './error-panel.js';
import type { PraksisDownloadDetail } from './export.js';

/** `detail` of the `praksis-error` event: every problem found, at least one, the first first. */
export interface PraksisErrorDetail {
  errors: [Problem, ...Problem[]];
}

/** `detail` of the `praksis-render` event: an empty object. */
export type PraksisRenderDetail = Record<string, never>;

/**
 * The events every Praksis widget fires, by name. They bubble out of the shadow root, and are
 * declared on `HTMLElementEventMap` and `DocumentEventMap`, so in TypeScript
 * `el.addEventListener('praksis-error', (e) => e.detail.errors[0].path)` needs no cast.
 */
export interface PraksisEventMap {
  'praksis-render': CustomEvent<PraksisRenderDetail>;
  'praksis-error': CustomEvent<PraksisErrorDetail>;
  'praksis-download': CustomEvent<PraksisDownloadDetail>;
}

declare global {
  interface HTMLElementEventMap {
    'praksis-render': PraksisEventMap['praksis-render'];
    'praksis-error': PraksisEventMap['praksis-error'];
    'praksis-download': PraksisEventMap['praksis-download'];
  }
  interface DocumentEventMap {
    'praksis-render': PraksisEventMap['praksis-render'];
    'praksis-error': PraksisEventMap['praksis-error'];
    'praksis-download': PraksisEventMap['praksis-download'];
  }
}
