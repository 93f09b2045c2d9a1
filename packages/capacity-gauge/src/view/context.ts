import { html, nothing, type TemplateResult } from 'lit';
import { formatShare, localize, type Lang } from '@praksis/core';
import type { CapacityDocument } from '@praksis/schema';
import { gaugeMessages } from '../messages.js';
import { intakeSentence } from '../summary.js';

/** Whether the list is open to new patients, with a symbol that is not colour alone. */
export function renderIntake(doc: CapacityDocument, lang: Lang): TemplateResult | typeof nothing {
  const intake = doc.intake;
  if (!intake) return nothing;
  const status = 'status' in intake ? intake.status : undefined;
  return html`<p part="intake" class="intake ${status ?? nothing}">
      <span class="symbol" aria-hidden="true">${status === 'open' ? '○' : status ? '●' : '◐'}</span>
      <span>${intakeSentence(doc, lang)}${intake.note ? ` ${localize(intake.note, lang)}` : ''}</span>
    </p>`;
}

/** The context: patients 70+, shortage area, municipality type, as far as the data gives them. */
export function renderContext(doc: CapacityDocument, lang: Lang): TemplateResult | typeof nothing {
  const c = doc.context;
  if (!c || Object.keys(c).length === 0) return nothing;
  const m = gaugeMessages[lang];
  return html`<dl part="context" class="context" aria-label=${m.context}>
      ${c.patients70PlusShare !== undefined
        ? html`<div><dt>${m.patients70Plus}</dt><dd>${formatShare(lang, c.patients70PlusShare)}</dd></div>`
        : nothing}
      ${c.shortageArea !== undefined
        ? html`<div><dt>${m.shortageArea}</dt><dd>${c.shortageArea ? m.yes : m.no}</dd></div>`
        : nothing}
      ${c.municipalityType
        ? html`<div><dt>${m.municipalityType}</dt><dd>${m.municipalityTypes[c.municipalityType]}</dd></div>`
        : nothing}
    </dl>`;
}
