import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { TOKENS, TYPE_SCALE, type Token } from '@praksis/core';

/**
 * The design tokens, from the generated constants (packages/core/tokens/tokens.json is the one
 * source). Samples read the public custom properties with the default as fallback, so the toolbar's
 * theme shows through them.
 */
const meta: Meta = {
  title: 'Design system/Tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Every `--praksis-*` custom property with its light and dark default and its purpose. Reference: docs/tokens.md (generated from the same file). Pick a theme in the toolbar to see its values in the samples.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const name = (t: Token) => t.property.replace('--praksis-', '');
const v = (t: Token) => `var(${t.property}, ${t.light})`;
const byPrefix = (prefix: string) => TOKENS.filter((t) => name(t).startsWith(prefix));

const styles = html`<style>
  .ds { font-family: system-ui, sans-serif; font-size: 14px; color: #1b1f24; max-width: 1100px; }
  .ds h3 { margin: 1.5em 0 0.5em; font-size: 1.1em; }
  .ds table { border-collapse: collapse; width: 100%; }
  .ds th, .ds td { text-align: start; padding: 6px 8px; border-bottom: 1px solid #d5d9de; vertical-align: top; }
  .ds code { font-size: 0.9em; }
  .ds .chip { display: inline-block; width: 3.2em; height: 2em; border: 1px solid #8a939d; vertical-align: middle; }
  .ds .desc { color: #4f5761; max-width: 44em; }
  .ds .bar { height: 1em; background: #2b5c8a; }
</style>`;

function colourRows(tokens: readonly Token[]): TemplateResult {
  return html`<table>
    <thead><tr><th>light</th><th>dark</th><th>property</th><th>purpose</th></tr></thead>
    <tbody>
      ${tokens.map(
        (t) => html`<tr>
          <td><span class="chip" style="background:${t.light}" title=${t.light}></span> <code>${t.light}</code></td>
          <td><span class="chip" style="background:${t.dark ?? t.light}" title=${t.dark ?? ''}></span> <code>${t.dark}</code></td>
          <td><code>${t.property}</code></td>
          <td class="desc">${t.description}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Colour swatches: the interface, the chart marks and the three data palettes. */
export const Colours: Story = {
  render: () => {
    const colours = TOKENS.filter((t) => t.type === 'color');
    const palette = (p: string) => colours.filter((t) => name(t).startsWith(`color-${p}-`));
    const marks = colours.filter((t) => t.group === 'marks');
    const ui = colours.filter((t) => !t.group);
    return html`${styles}
      <div class="ds">
        <h3>Interface</h3>
        ${colourRows(ui)}
        <h3>Chart marks (gauge)</h3>
        ${colourRows(marks)}
        <h3>Categorical palette (sankey)</h3>
        ${colourRows(palette('category'))}
        <h3>Sequential palette (matrix shares)</h3>
        ${colourRows(palette('sequential'))}
        <h3>Diverging palette (delegation scale)</h3>
        ${colourRows(palette('diverging'))}
      </div>`;
  },
};

/**
 * Widgets inherit the page's font; the scale is relative to the base size (the reader's own), each
 * size TYPE_SCALE to the power of its step, largest first.
 */
export const TypeScale: Story = {
  name: 'Type scale',
  render: () => {
    const font = TOKENS.find((t) => t.property === '--praksis-font-family')!;
    const base = TOKENS.find((t) => t.property === '--praksis-font-size')!;
    const sample = 'Tilmeldte patienter pr. lægekapacitet: 1.646';
    const steps = [...TOKENS.filter((t) => t.step !== undefined), { ...base, step: 0 }].sort((a, b) => b.step! - a.step!);
    const rows: [Token, string][] = steps.map((t) => [
      t,
      t.step === 0
        ? 'font-size:1em;line-height:var(--praksis-line-height, 1.45)'
        : `font-size:${v(t)};line-height:var(--praksis-line-height-title, 1.25)${t.step! >= 2 ? ';font-weight:var(--praksis-font-weight-strong, 600)' : ''}`,
    ]);
    return html`${styles}
      <div class="ds">
        <p class="desc">
          <code>${font.property}</code> defaults to <code>${font.light}</code>: the widgets use the page's font and fetch none. A
          theme may name a font the page already has (the DKFDS theme puts IBM Plex Sans first).
        </p>
        <p class="desc">Ratio ${TYPE_SCALE} between neighbouring steps; each size is ${TYPE_SCALE}<sup>step</sup> em.</p>
        <div style="font-family:var(--praksis-font-family, inherit);font-size:var(--praksis-font-size, medium)">
          <table>
            <thead><tr><th>token</th><th>step</th><th>default</th><th>sample</th></tr></thead>
            <tbody>
              ${rows.map(
                ([t, css]) => html`<tr>
                  <td><code>${t.property}</code><div class="desc">${t.description}</div></td>
                  <td>${t.step}</td>
                  <td><code>${t.light}</code></td>
                  <td><div style=${css}>${sample}</div></td>
                </tr>`,
              )}
              ${TOKENS.filter((t) => /font-weight|line-height/.test(t.property)).map(
                (t) => html`<tr><td><code>${t.property}</code><div class="desc">${t.description}</div></td><td></td><td><code>${t.light}</code></td><td></td></tr>`,
              )}
            </tbody>
          </table>
        </div>
      </div>`;
  },
};

/** Spacing, corners, borders, the focus ring and motion. */
export const SpacingAndShape: Story = {
  name: 'Spacing, corners, focus, motion',
  render: () => {
    const one = (prop: string) => TOKENS.find((t) => t.property === prop)!;
    return html`${styles}
      <div class="ds">
        <h3>Spacing</h3>
        <table>
          <tbody>
            ${byPrefix('space-').map(
              (t) => html`<tr>
                <td><code>${t.property}</code></td><td><code>${t.light}</code></td>
                <td style="width:60%"><div class="bar" style="width:${v(t)};min-width:1px"></div></td>
                <td class="desc">${t.description}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <h3>Corners, borders, focus ring</h3>
        <table>
          <tbody>
            ${[one('--praksis-radius'), one('--praksis-border-width'), one('--praksis-focus-width'), one('--praksis-focus-offset')].map(
              (t) => html`<tr><td><code>${t.property}</code></td><td><code>${t.light}</code></td><td class="desc">${t.description}</td></tr>`,
            )}
          </tbody>
        </table>
        <h3>Controls</h3>
        <p class="desc">
          <code>${one('--praksis-control-size').property}</code> = <code>${one('--praksis-control-size').light}</code>.
          ${one('--praksis-control-size').description}
        </p>
        <p>
          <button
            style="font:inherit;display:inline-flex;align-items:center;height:max(24px, var(--praksis-control-size, 2em));min-width:max(24px, var(--praksis-control-size, 2em));padding:0 8px;background:var(--praksis-color-surface, #f2f4f6);color:var(--praksis-color-text, #1b1f24);border:var(--praksis-border-width, 1px) solid var(--praksis-color-border, #8a939d);border-radius:var(--praksis-radius, 4px);outline:var(--praksis-focus-width, 3px) solid var(--praksis-color-focus, #0b57d0);outline-offset:var(--praksis-focus-offset, 2px)"
          >
            Vis som tabel
          </button>
          <span class="desc">a control as the widgets draw it, with its focus ring shown</span>
        </p>
        <h3>Motion</h3>
        <p class="desc">
          <code>${one('--praksis-motion-duration').property}</code> = <code>${one('--praksis-motion-duration').light}</code>.
          ${one('--praksis-motion-duration').description}
        </p>
      </div>`;
  },
};
