import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import { checkThemeCss, summarize } from '../../packages/core/tooling/theme-check.js';
import exampleCss from './example-theme.css?raw';
import national from '../../packages/schema/examples/capacity/valid/national-2017-2022.json';
import referrals from '../../packages/schema/examples/referral-flows/valid/national-2022.json';
import medium from '../../packages/schema/examples/delegation-matrix/valid/practice-medium.json';
import { themed } from './themes.js';

/**
 * A theme of your own: a CSS file that sets a handful of `--praksis-*` properties on `:root`.
 * Link it after the widgets' script; custom properties inherit into their shadow DOM. Check it
 * with the same code as the shipped themes: `npm run palette-report -- my-theme.css`.
 */
const meta: Meta<Args> = {
  title: 'Design system/Make your own theme',
  parameters: {
    docs: {
      description: {
        component:
          'Guide: docs/theming.md. 1. Copy a handful of properties (or packages/core/themes/default.css for all of them). 2. Change them. 3. Link the file on your page. 4. Run the palette report on it: the same contrast and colour-vision checks as the shipped themes.',
      },
    },
  },
};
export default meta;

interface Args {
  scheme: 'light' | 'dark' | 'light dark';
  fontFamily: string;
  text: string;
  mark: string;
  focus: string;
  surface: string;
  radius: string;
}

const styles = html`<style>
  .own { font-family: system-ui, sans-serif; font-size: 14px; max-width: 900px; }
  .own pre { background: #f2f4f6; color: #1b1f24; padding: 12px; overflow-x: auto; font-size: 12px; }
  .own .fail { color: #9b1c1c; }
  .own ol li { margin: 4px 0; }
</style>`;

function preview(css: string): TemplateResult {
  const reports = checkThemeCss('your theme', css);
  const failures = reports.flatMap((r) => r.failures.map((f) => `${r.scheme}: ${f}`));
  return html`<h3>What the checks say</h3>
    <pre>${reports.map((r) => `${r.scheme}\n  ${summarize(r).join('\n  ')}`).join('\n')}</pre>
    ${failures.length
      ? html`<ul class="fail">${failures.map((f) => html`<li>${f}</li>`)}</ul>`
      : html`<p>Every check passes: text 4.5:1, marks 3:1, categorical colours apart in every simulated colour vision.</p>`}
    <h3>The widgets with it</h3>
    ${themed(
      css,
      html`<div style="display:grid;gap:16px;max-width:720px">
        <praksis-capacity-gauge .data=${national}></praksis-capacity-gauge>
        <praksis-delegation-matrix .data=${medium}></praksis-delegation-matrix>
        <praksis-referral-sankey .data=${referrals}></praksis-referral-sankey>
      </div>`,
      'your theme',
    )}`;
}

/** The example file, stories/design-system/example-theme.css, as an embedder would link it. */
export const Example: StoryObj<Args> = {
  render: () => html`${styles}
    <div class="own">
      <ol>
        <li>Write the properties you want to change in a CSS file (this one changes eight; the rest keep their defaults).</li>
        <li>
          Link it on the page: <code>&lt;link rel="stylesheet" href="/css/praksis-theme.css"&gt;</code>. Custom properties inherit into
          the widgets' shadow DOM; nothing else is needed.
        </li>
        <li>Check it: <code>npm run palette-report -- /css/praksis-theme.css</code> prints the same figures as below.</li>
      </ol>
      <pre>${exampleCss}</pre>
      ${preview(exampleCss)}
    </div>`,
};

/** Change a handful of properties in the controls; the checks rerun on every change. */
export const TryIt: StoryObj<Args> = {
  name: 'Try it',
  args: {
    scheme: 'light',
    fontFamily: 'Georgia, "Times New Roman", serif',
    text: '#17232b',
    mark: '#00605a',
    focus: '#b04a00',
    surface: '#eef5f4',
    radius: '0',
  },
  argTypes: {
    scheme: { control: 'inline-radio', options: ['light', 'dark', 'light dark'] },
    text: { control: 'color' },
    mark: { control: 'color' },
    focus: { control: 'color' },
    surface: { control: 'color' },
    radius: { control: 'text' },
    fontFamily: { control: 'text' },
  },
  render: (args) => {
    const css = `:root {
  --praksis-color-scheme: ${args.scheme};
  --praksis-font-family: ${args.fontFamily};
  --praksis-color-text: ${args.text};
  --praksis-color-mark: ${args.mark};
  --praksis-color-focus: ${args.focus};
  --praksis-color-surface: ${args.surface};
  --praksis-radius: ${args.radius};
}`;
    return html`${styles}
      <div class="own">
        <p>Your theme so far (copy it into a file and link it):</p>
        <pre>${css}</pre>
        ${preview(css)}
      </div>`;
  },
};
