import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from './lang.js';
import { coreMessages } from './messages.js';

/** A problem in the reader's language: where (JSON pointer, "" for the whole document) and what. */
export interface Problem {
  path: string;
  message: string;
}

/**
 * Why a widget cannot draw, as the reader is told it in a plain sentence: the document is wrong
 * (`invalid`), it could not be fetched (`unavailable`), or the widget itself failed (`internal`).
 */
export type ErrorCause = 'invalid' | 'unavailable' | 'internal';

const SHOWN = 3;

/**
 * The accessible error message. A reader is told first, in a plain sentence, that the widget cannot
 * be shown and why in general terms; the JSON pointers and the validator's words are for the
 * embedder, so they sit in a closed disclosure (and in the `praksis-error` event).
 */
export function renderErrorPanel(lang: Lang, problems: readonly Problem[], cause: ErrorCause): TemplateResult {
  const m = coreMessages[lang];
  const shown = problems.slice(0, SHOWN);
  const more = problems.length - shown.length;
  return html`<div part="error" role="alert">
    <p><strong>${m.errorPlain[cause]}</strong></p>
    <details part="error-details">
      <summary>${m.errorDetails}</summary>
      <ul>
        ${shown.map(({ path, message }) => html`<li>${path ? html`<code>${path}</code>: ` : nothing}${message}</li>`)}
      </ul>
      ${more > 0 ? html`<p>… ${m.moreProblems(more)}</p>` : nothing}
    </details>
  </div>`;
}
