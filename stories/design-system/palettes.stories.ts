import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { TOKENS } from '@praksis/core';
import { colorDifference, parseColor, simulate, toHex, type Rgb } from '../../packages/core/tooling/color-contrast.js';
import {
  CATEGORICAL,
  CATEGORICAL_MIN_DELTA_E,
  GRAPHIC_CONTRAST,
  ORDERED_MIN_DELTA_E,
  ORDERED_PALETTES,
  TEXT_CONTRAST,
  VISIONS,
  checkThemeCss,
  type ThemeReport,
  type Vision,
} from '../../packages/core/tooling/theme-check.js';
import { THEME_CSS, fmt } from './themes.js';

/**
 * Each data palette with its purpose and its figures: WCAG contrast and CIEDE2000 differences with
 * normal vision and under simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009).
 * Every figure comes from packages/core/tooling/theme-check.ts, the code the palette test runs; the
 * toolbar's theme picks the theme (none: the built-in default).
 */
const meta: Meta = {
  title: 'Design system/Palettes',
  parameters: {
    docs: {
      description: {
        component:
          'Palettes with a documented purpose and their accessibility figures. No palette says good or bad: categories are told apart, ordered steps read in order, the diverging ends are two directions.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const reportsFor = (theme: unknown): ThemeReport[] => {
  const name = typeof theme === 'string' && THEME_CSS[theme] ? theme : 'default';
  return checkThemeCss(name, THEME_CSS[name]!);
};
const purpose = (token: string) => TOKENS.find((t) => t.property === `--praksis-color-${token}`)?.description ?? '';
const rgbOf = (report: ThemeReport, token: string): Rgb => parseColor(report.colors[token]!) ?? [0, 0, 0];
const seen = (rgb: Rgb, vision: Vision) => toHex(vision === 'normal' ? rgb : simulate(rgb, vision));
const ok = (pass: boolean) => html`<strong style="color:${pass ? '#1b5e20' : '#9b1c1c'}">${pass ? 'passes' : 'fails'}</strong>`;

const styles = html`<style>
  .pal { font-family: system-ui, sans-serif; font-size: 14px; max-width: 1100px; }
  .pal h3 { margin: 1.2em 0 0.4em; font-size: 1.05em; }
  .pal .purpose { color: #4f5761; max-width: 48em; }
  .pal .panel { padding: 12px; border: 1px solid #8a939d; margin: 8px 0 16px; }
  .pal .row { display: flex; gap: 6px; align-items: center; margin: 4px 0; flex-wrap: wrap; }
  .pal .row > .label { width: 7.5em; font-size: 12px; }
  .pal .sw { width: 64px; height: 40px; display: grid; place-items: center; font-size: 11px; border: 1px solid transparent; }
  .pal table { border-collapse: collapse; margin-top: 6px; }
  .pal th, .pal td { text-align: start; padding: 3px 8px; border-bottom: 1px solid rgba(128, 128, 128, 0.4); font-size: 13px; }
  .pal td.n { text-align: end; font-variant-numeric: tabular-nums; }
</style>`;

/** Swatches of `tokens` as seen in each vision, on the theme's background. */
function swatches(report: ThemeReport, tokens: readonly string[], withText: boolean): TemplateResult {
  const bg = report.colors['background']!;
  const text = report.colors['text']!;
  return html`<div class="panel" style="background:${bg};color:${text}">
    ${VISIONS.map(
      (vision) => html`<div class="row">
        <span class="label">${vision}</span>
        ${tokens.map(
          (t) => html`<span
            class="sw"
            style="background:${seen(rgbOf(report, t), vision)};color:${withText ? seen(rgbOf(report, 'text'), vision) : 'transparent'};border-color:${text}"
            title="${t} ${report.colors[t]}"
            >${withText ? '42 %' : ''}</span
          >`,
        )}
      </div>`,
    )}
    <div class="row"><span class="label"></span>${tokens.map((t) => html`<code class="sw">${t.replace(/^[a-z]+-/, '')}<br />${report.colors[t]}</code>`)}</div>
  </div>`;
}

function contrastTable(report: ThemeReport, tokens: readonly string[]): TemplateResult {
  const rows = report.contrast.filter((c) => tokens.includes(c.foreground) || tokens.includes(c.background));
  return html`<table>
    <thead><tr><th>pair</th><th>ratio</th><th>needs</th><th></th><th>where</th></tr></thead>
    <tbody>
      ${rows.map(
        (c) => html`<tr><td>${c.foreground} on ${c.background}</td><td class="n">${fmt(c.ratio)}:1</td><td class="n">${c.minimum}:1</td><td>${ok(c.pass)}</td><td>${c.where}</td></tr>`,
      )}
    </tbody>
  </table>`;
}

/** Per vision, the closest pair among `check`'s differences. */
function differenceTable(report: ThemeReport, check: (c: string) => boolean, minimum: number): TemplateResult {
  return html`<table>
    <thead><tr><th>vision</th><th>closest pair</th><th>ΔE2000</th><th>needs</th><th></th></tr></thead>
    <tbody>
      ${VISIONS.map((vision) => {
        const ds = report.differences.filter((d) => d.vision === vision && check(d.check));
        const w = ds.reduce((a, b) => (b.deltaE < a.deltaE ? b : a));
        return html`<tr><td>${vision}</td><td>${w.a} / ${w.b}</td><td class="n">${fmt(w.deltaE, 1)}</td><td class="n">${minimum}</td><td>${ok(ds.every((d) => d.pass))}</td></tr>`;
      })}
    </tbody>
  </table>`;
}

function section(reports: ThemeReport[], body: (r: ThemeReport) => TemplateResult): TemplateResult {
  return html`${reports.map((r) => html`<h3>${r.theme}.css, ${r.scheme}</h3>${body(r)}`)}`;
}

/** Sankey nodes and flows: eight colours and the grey of “other”. */
export const Categorical: Story = {
  render: (_args, { globals }) => html`${styles}
    <div class="pal">
      <p class="purpose">${purpose('category-1')}</p>
      <p class="purpose">
        Checks: each colour ${GRAPHIC_CONTRAST}:1 against the background (WCAG 1.4.11); every pair at least ΔE2000
        ${CATEGORICAL_MIN_DELTA_E} apart in each vision.
      </p>
      ${section(
        reportsFor(globals['theme']),
        (r) => html`${swatches(r, CATEGORICAL, false)}${differenceTable(r, (c) => c === 'categorical', CATEGORICAL_MIN_DELTA_E)}${contrastTable(r, CATEGORICAL)}`,
      )}
    </div>`,
};

function ordered(palette: keyof typeof ORDERED_PALETTES, first: string) {
  return (_args: unknown, { globals }: { globals: Record<string, unknown> }) => {
    const steps = ORDERED_PALETTES[palette]!.steps;
    return html`${styles}
      <div class="pal">
        <p class="purpose">${purpose(first)}</p>
        <p class="purpose">
          Checks: neighbouring steps at least ΔE2000 ${ORDERED_MIN_DELTA_E} apart and each step further from
          ${palette === 'diverging' ? 'the middle' : 'the first'} than the one before, in each vision${palette === 'bands'
            ? '; the gauge bar 3:1 against every band'
            : `; the text colour ${TEXT_CONTRAST}:1 on every step`}.
        </p>
        ${section(
          reportsFor(globals['theme']),
          (r) => html`${swatches(r, steps, palette !== 'bands')}
            ${differenceTable(r, (c) => c === `${palette} neighbours`, ORDERED_MIN_DELTA_E)}
            ${palette === 'diverging'
              ? html`<p>
                  The two arms (mainly doctor / mainly staff, doctor only / staff only):
                  ${VISIONS.map((vision) => {
                    const d = colorDifference(rgbOf(r, 'diverging-2'), rgbOf(r, 'diverging-4'), vision === 'normal' ? undefined : vision);
                    return html`${vision} ${fmt(d, 1)}; `;
                  })}
                  at least ${CATEGORICAL_MIN_DELTA_E}: ${ok(r.differences.filter((d) => d.check === 'diverging arms').every((d) => d.pass))}
                </p>`
              : ''}
            ${r.orderProblems.length ? html`<p>${r.orderProblems.join('; ')}</p>` : html`<p>In order in every vision.</p>`}
            ${contrastTable(r, steps)}`,
        )}
      </div>`;
  };
}

/** Delegation-matrix shares and ordinal levels. */
export const Sequential: Story = { render: ordered('sequential', 'sequential-1') };
/** The delegation scale from doctor only to staff only. */
export const Diverging: Story = { render: ordered('diverging', 'diverging-1') };
/** The gauge's data-supplied bands. */
export const GaugeBands: Story = { name: 'Gauge bands', render: ordered('bands', 'band-low') };

/** Every contrast pair the widgets draw, per theme and scheme. */
export const Contrast: Story = {
  name: 'All contrast pairs',
  render: (_args, { globals }) => html`${styles}
    <div class="pal">
      <p class="purpose">Text needs ${TEXT_CONTRAST}:1 (WCAG 1.4.3, AA), marks and control boundaries ${GRAPHIC_CONTRAST}:1 (1.4.11).</p>
      ${section(reportsFor(globals['theme']), (r) => html`${contrastTable(r, Object.keys(r.colors))}`)}
    </div>`,
};
