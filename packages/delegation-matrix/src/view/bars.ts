import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatShare, hatchLines, type MeasureText } from '@praksis/core';
import { layoutBars, type BarSegment } from '../layout/bars.js';
import { rowLabel } from './cells.js';
import { columnsOf, type Draw } from './draw.js';
import { key } from './legend.js';
import { indexText, rowBase, valueText } from '../summary.js';

/** The bars' own words, here so that the table most matrices show does not carry them. */
const barMessages = {
  da: { combined: 'Skravering: én andel for flere kolonner', unknownShare: 'Andel uden tal', axis: '← Læge · Personale →' },
  en: { combined: 'Hatching: one share for several columns', unknownShare: 'Share without a figure', axis: '← Doctor · Staff →' },
};

/** The bar's band inside its SVG, with room above and below for the ticks at the centre. */
const BAR = { y: 4, height: 24, svgHeight: 32 } as const;
const HATCH_SPACING = 6;

/**
 * One piece of a bar, always one full-height box with one outline: a single column's tone; a share
 * given for several columns in the first column's tone, hatched with the others'; or, without a
 * figure, a dashed empty box. Its figure sits inside when it fits.
 */
function segment(s: BarSegment): unknown {
  const box = { x: s.x, y: BAR.y, width: s.width, height: BAR.height };
  const [first, ...others] = s.tones;
  // Hatching stays 1 px inside the box, clear of the outline.
  const hatch = others.length
    ? hatchLines({ x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 }, HATCH_SPACING).map(
        (l, i) => svg`<line class="hatch d${others[i % others.length]}" x1=${l.x1} y1=${l.y1} x2=${l.x2} y2=${l.y2}></line>`,
      )
    : nothing;
  return svg`<g class="segment"><rect class=${first === undefined ? 'na' : `d${first}${others.length ? ' combined' : ''}`} x=${box.x} y=${box.y} width=${box.width} height=${box.height}></rect>${hatch}${s.label
    ? svg`<text x=${s.x + s.width / 2} y=${BAR.y + BAR.height / 2 + 4} text-anchor="middle">${s.label}</text>`
    : nothing}</g>`;
}

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
  // The centre of the scale: ticks above and below the bar, never across its figures.
  const c = layout.centre;
  const centre = svg`<path class="centre" d="M${c} 0V${BAR.y - 1}M${c} ${BAR.y + BAR.height + 1}V${BAR.svgHeight}"></path>`;
  return html`<p class="axis" aria-hidden="true"><span>${barMessages[lang].axis}</span><span class="bar-index">${m.index}</span></p><ol
      part="bars"
      class="bars"
    >${rows.map((r, i) => {
      const base = rowBase(doc, r.row, lang);
      return html`<li><span class="bar-label">${rowLabel(d, r)}</span><span class="bar-box"><svg role="img" aria-label="${t(r.row.label)}${base && ` (${base})`}: ${r.cells
        .map((cell) => `${columnsOf(d, cell)} ${valueText(d, cell)}`)
        .join(', ')}. ${m.index} ${indexText(d, r.index)}." width=${width} height=${BAR.svgHeight}>${layout.rows[i]?.map(segment)}${centre}</svg></span><span class="bar-index" aria-hidden="true">${indexText(
        d,
        r.index,
      )}</span></li>`;
    })}</ol>`;
}

/** The bars' legend keys: a tone per column, and the stripes and unknown-share marks when used. */
export function barKeys({ doc, model, lang, t }: Draw): unknown[] {
  const m = barMessages[lang];
  return [
    ...doc.columns.map((c, i) => key(`bar-key d${model.tones[i]}`, '', t(c.label))),
    doc.cells.some((c) => c.columns) ? key('bar-key hatched', '', m.combined) : nothing,
    doc.cells.some((c) => c.value === null) ? key('bar-key na', '', m.unknownShare) : nothing,
  ];
}
