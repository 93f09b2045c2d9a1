import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@praksis/widgets';
import { checkThemeCss, summarize } from '../../packages/core/tooling/theme-check.js';
import banded from '../../packages/schema/examples/capacity/valid/practice-per-doctor-norm-with-bands.json';
import survey from '../../packages/schema/examples/delegation-matrix/valid/national-survey-2022.json';
import medium from '../../packages/schema/examples/delegation-matrix/valid/practice-medium.json';
import referrals from '../../packages/schema/examples/referral-flows/valid/national-2022.json';
import meets from '../../packages/schema/examples/accessibility-declaration/valid/meets-all.json';
import { THEME_CSS, themed } from './themes.js';

/**
 * Every widget under every shipped theme. A theme is a CSS file of custom properties; here each is
 * applied to a wrapper as linking it on a page would apply it to the whole page. The toolbar's
 * Theme menu does the same for every other story.
 */
const meta: Meta = {
  title: 'Design system/Themes',
  parameters: {
    docs: {
      description: {
        component:
          'The four widgets under each theme in packages/core/themes/ (on the CDN: themes/<name>.css), with the worst contrast and colour-vision figures the palette test measured for it.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Tuesday 3 March 2026, 10:00 Copenhagen time, so the badge shows the same day in every story. */
const AT = '2026-03-03T10:00:00+01:00';

function allWidgets(): TemplateResult {
  return html`<div style="display:grid;gap:16px;max-width:760px">
    <praksis-capacity-gauge .data=${banded}></praksis-capacity-gauge>
    <praksis-referral-sankey .data=${referrals}></praksis-referral-sankey>
    <praksis-delegation-matrix view="bars" .data=${survey}></praksis-delegation-matrix>
    <praksis-delegation-matrix .data=${medium}></praksis-delegation-matrix>
    <praksis-hours-badge variant="full" at=${AT} .data=${meets}></praksis-hours-badge>
  </div>`;
}

function figures(name: string): TemplateResult {
  return html`<pre style="font-size:12px;white-space:pre-wrap;margin:0 0 12px">
${checkThemeCss(name, THEME_CSS[name]!).map((r) => `${name}.css, ${r.scheme}\n  ${summarize(r).join('\n  ')}`).join('\n')}</pre
  >`;
}

function themeStory(name: string, scheme?: 'light' | 'dark'): Story {
  // The default theme follows the reader; pinning its scheme here shows each half.
  const css = scheme ? `${THEME_CSS[name]!}\n:root { --praksis-color-scheme: ${scheme}; }` : THEME_CSS[name]!;
  return {
    name: scheme ? `${name} (${scheme})` : name,
    render: () => html`${figures(name)}${themed(css, allWidgets(), `${name} theme`)}`,
  };
}

export const Default = themeStory('default', 'light');
export const DefaultDark = themeStory('default', 'dark');
export const Dark = themeStory('dark');
export const Dkfds = { ...themeStory('dkfds'), name: 'DKFDS' };

/** The themes next to each other at sidebar width. */
export const SideBySide: Story = {
  name: 'Side by side (gauge and sankey)',
  render: () => html`<div style="display:flex;gap:16px;flex-wrap:wrap;align-items:flex-start">
    ${Object.entries(THEME_CSS).map(
      ([name, css]) => html`<div style="width:340px">
        <p style="font:600 14px system-ui,sans-serif">${name}.css</p>
        ${themed(
          css,
          html`<praksis-capacity-gauge .data=${banded}></praksis-capacity-gauge><br /><praksis-referral-sankey .data=${referrals}></praksis-referral-sankey>`,
          `${name} theme`,
        )}
      </div>`,
    )}
  </div>`,
};
