import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from './lang.js';
import { coreMessages } from './messages.js';

/** A problem in the reader's language: where (JSON pointer, "" for the whole document) and what. */
export interface Problem {
  path: string;
  message: string;
}

const SHOWN = 3;

/** The accessible error message: the first problems with their JSON pointers, and how many more. */
export function renderErrorPanel(lang: Lang, problems: readonly Problem[]): TemplateResult {
  const m = coreMessages[lang];
  const shown = problems.slice(0, SHOWN);
  const more = problems.length - shown.length;
  return html`<div part="error" role="alert">
    <p><strong>${m.errorTitle}</strong></p>
    <ul>
      ${shown.map(
        ({ path, message }) => html`<li>${path ? html`<code>${path}</code>: ` : nothing}${message}</li>`,
      )}
    </ul>
    ${more > 0 ? html`<p>… ${m.moreProblems(more)}</p>` : nothing}
  </div>`;
}
