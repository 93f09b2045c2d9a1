import { html, nothing, type TemplateResult } from 'lit';
import type { Provenance } from '@praksis/schema';
import type { Lang } from './lang.js';
import { coreMessages } from './messages.js';
import { provenanceDate, safeHttpUrl } from './summary.js';
import { localize } from './text.js';

export { safeHttpUrl };

/** The source line, date, licence, credit, caveats, definitions and the fictional-data label. */
export function renderProvenance(p: Provenance, lang: Lang, credit?: string): TemplateResult {
  const m = coreMessages[lang];
  const source = localize(p.source, lang);
  const publisher = localize(p.publisher, lang);
  const url = safeHttpUrl(p.url);
  const when = provenanceDate(p, lang);
  return html`<footer part="footer">
    ${p.fictional ? html`<p part="fictional">${m.fictional}</p>` : nothing}
    <p>
      ${m.source}: ${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${source}</a>` : source}${
        publisher && publisher !== source ? ` · ${publisher}` : ''
      }.
      ${when}.${p.licence ? ` ${m.licence}: ${localize(p.licence, lang)}.` : ''}
    </p>
    ${credit ? html`<p part="credit">${m.credit}: ${credit}</p>` : nothing}
    ${p.caveats?.length
      ? html`<div>
          ${m.caveats}:
          <ul>
            ${p.caveats.map((caveat) => html`<li>${localize(caveat, lang)}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${p.definitions?.length
      ? html`<details>
          <summary>${m.definitions}</summary>
          <dl>
            ${p.definitions.map(
              (d) => html`<dt>${localize(d.term, lang)}</dt>
                <dd>${localize(d.definition, lang)}</dd>`,
            )}
          </dl>
        </details>`
      : nothing}
  </footer>`;
}
