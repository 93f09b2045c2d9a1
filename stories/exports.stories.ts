import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import capacity from '../packages/schema/examples/capacity/valid/national-2017-2022.json';
import banded from '../packages/schema/examples/capacity/valid/practice-per-doctor-norm-with-bands.json';
import survey from '../packages/schema/examples/delegation-matrix/valid/national-survey-2022.json';
import flows from '../packages/schema/examples/referral-flows/valid/national-2022.json';

type Tag = 'praksis-capacity-gauge' | 'praksis-delegation-matrix' | 'praksis-referral-sankey';

interface Args {
  tag: Tag;
  data: unknown;
  /** Unset: the widget follows the toolbar's language. */
  lang?: 'da' | 'en';
  /** The `downloads` attribute; unset offers every format the widget has. */
  downloads?: string;
  credit: string;
  /** The `static` attribute with `width` and `height`. */
  fixed: boolean;
  fixedWidth: number;
  fixedHeight: number;
  width: number;
}

/** One element of any of the widgets with the export attributes, built without innerHTML. */
function widget({ tag, data, lang, downloads, credit, fixed, fixedWidth, fixedHeight }: Args): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  if (lang) el.lang = lang;
  if (downloads !== undefined) el.setAttribute('downloads', downloads);
  if (credit) el.setAttribute('credit', credit);
  if (fixed) {
    el.setAttribute('static', '');
    el.setAttribute('width', String(fixedWidth));
    el.setAttribute('height', String(fixedHeight));
  }
  el.data = data;
  return el;
}

const meta: Meta<Args> = {
  title: 'Embedding/Downloads, credit and static rendering',
  tags: ['autodocs'],
  args: { credit: 'Jane Doe / Avisen', fixed: false, fixedWidth: 1200, fixedHeight: 630, width: 720 },
  argTypes: {
    tag: { control: 'select', options: ['praksis-capacity-gauge', 'praksis-delegation-matrix', 'praksis-referral-sankey'] },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    downloads: { control: 'text' },
    credit: { control: 'text' },
    fixed: { name: 'static', control: 'boolean' },
    fixedWidth: { name: 'width (static)', control: { type: 'number', min: 200, max: 2400 } },
    fixedHeight: { name: 'height (static)', control: { type: 'number', min: 200, max: 2400 } },
    width: { name: 'box width', control: { type: 'range', min: 240, max: 1200, step: 10 } },
    data: { control: 'object' },
  },
  render: (args) => html`<div style="max-width:${args.fixed ? nothing : `${args.width}px`}">${widget(args)}</div>`,
  parameters: {
    docs: {
      description: {
        component:
          'Every widget offers its data as CSV (Danish Excel: `;` and decimal comma) and itself as SVG and PNG, with title, source and credit in the image. `downloads` chooses the formats (`none` for none), `credit` adds a “Grafik: …” line, `static` with `width` and `height` renders at a fixed size without buttons, for print and social images. See docs/exports.md.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const GaugeWithDownloads: Story = {
  name: 'Capacity gauge: CSV, SVG, PNG and a credit line',
  args: { tag: 'praksis-capacity-gauge', data: capacity },
};
export const MatrixWithDownloads: Story = {
  name: 'Delegation matrix: downloads',
  args: { tag: 'praksis-delegation-matrix', data: survey, width: 960 },
};
export const SankeyWithDownloads: Story = {
  name: 'Referral sankey: downloads in English',
  args: { tag: 'praksis-referral-sankey', data: flows, lang: 'en' },
};
export const PhoneWidth: Story = {
  name: 'Downloads at 360 px: the group wraps whole',
  args: { tag: 'praksis-capacity-gauge', data: capacity, width: 360 },
};
export const CsvOnly: Story = {
  name: 'downloads="csv": the data only',
  args: { tag: 'praksis-referral-sankey', data: flows, downloads: 'csv' },
};
export const NoDownloads: Story = {
  name: 'downloads="none"',
  args: { tag: 'praksis-capacity-gauge', data: capacity, downloads: 'none', credit: '' },
};
export const StaticSocialImage: Story = {
  name: 'static 1200 × 630 (social image)',
  args: { tag: 'praksis-capacity-gauge', data: banded, fixed: true },
};
export const StaticSankey: Story = {
  name: 'static 1200 × 630, sankey',
  args: { tag: 'praksis-referral-sankey', data: flows, fixed: true },
};
export const StaticPrint: Story = {
  name: 'static 700 × 1000 (a print page column)',
  args: { tag: 'praksis-delegation-matrix', data: survey, fixed: true, fixedWidth: 700, fixedHeight: 1000 },
};
