import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatShare, type MeasureText } from '@praksis/core';
import { layoutBars } from '../layout/bars.js';
import { rowLabel } from './cells.js';
import { columnsOf, type Draw } from './draw.js';
import { key } from './legend.js';
import { indexText, rowBase, valueText } from '../summary.js';

/** The bars' own words, here so that the table most matrices show does not carry them. */
const barMessages = {
  da: { combined: 'Striber: én andel for flere kolonner', unknownShare: 'Andel uden tal', axis: '← Læge · Personale →' },
  en: { combined: 'Stripes: one share for several columns', unknownShare: 'Share without a figure', axis: '← Doctor · Staff →' },
};

/**
 * The diverging bars (`view="bars"`, survey data): loaded on demand, so the table that most
 * matrices show does not carry the bars' layout and template. `measure` gives a figure's width in
 * the bars' 12 px text.
 */
export function bars(d: Draw, width: number, measure: MeasureText): TemplateResult {
  const { doc, rows, model, lang, m, t } = d;
  const layout = layoutBars({
    rows,
    tones: model.tones,
    width,
    // Shares to whole per cent to fit the bar; counts as the table shows them.
    label: (cell) => (doc.scale.type === 'share' ? formatShare(lang, cell.share ?? 0, 0) : valueText(d, cell)),
    textWidth: measure,
  });
  return html`<ol part="bars" class="bars">${rows.map(
      (r, i) => {
        const base = rowBase(doc, r.row, lang);
        return html`<li><span class="bar-label">${rowLabel(d, r)}</span><span class="bar-box"><svg role="img" aria-label="${t(r.row.label)}${base && ` (${base})`}: ${r.cells
          .map((c) => `${columnsOf(d, c)} ${valueText(d, c)}`)
          .join(', ')}. ${m.index} ${indexText(d, r.index)}." width=${width} height="28">${layout.rows[i]?.map((s) => {
          const classes = s.tones.length ? s.tones.map((n) => `d${n}`) : ['na'];
          const h = 24 / classes.length;
          return svg`${classes.map((c, k) => svg`<rect class=${c} x=${s.x} y=${2 + k * h} width=${s.width} height=${h}></rect>`)}${s.label
            ? svg`<text x=${s.x + s.width / 2} y="18" text-anchor="middle">${s.label}</text>`
            : nothing}`;
        })}<line class="centre" x1=${layout.centre} x2=${layout.centre} y2="28"></line></svg></span><span class="bar-index" aria-hidden="true">${indexText(
          d,
          r.index,
        )}</span></li>`;
      },
    )}</ol><p class="axis" aria-hidden="true"><span>${barMessages[lang].axis}</span></p>`;
}

/** The bars' legend keys: a tone per column, and the stripes and unknown-share marks when used. */
export function barKeys({ doc, model, lang, t }: Draw): unknown[] {
  const m = barMessages[lang];
  return [
    ...doc.columns.map((c, i) => key(`d${model.tones[i]}`, '', t(c.label))),
    doc.cells.some((c) => c.columns) ? key('stripes', '', m.combined) : nothing,
    doc.cells.some((c) => c.value === null) ? key('na', '', m.unknownShare) : nothing,
  ];
}
