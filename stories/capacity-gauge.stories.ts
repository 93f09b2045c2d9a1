import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@praksis/capacity-gauge/praksis-capacity-gauge.js';
import { CapacityGauge } from '@praksis/capacity-gauge';
import type { ProblemWords } from '@praksis/core';
import national from '../packages/schema/examples/capacity/valid/national-2017-2022.json';
import open from '../packages/schema/examples/capacity/valid/practice-open-under-norm.json';
import closed from '../packages/schema/examples/capacity/valid/practice-closed-over-norm.json';
import minimal from '../packages/schema/examples/capacity/valid/practice-minimal.json';
import banded from '../packages/schema/examples/capacity/valid/practice-per-doctor-norm-with-bands.json';
import municipality from '../packages/schema/examples/capacity/valid/municipality-area-intake.json';
import negative from '../packages/schema/examples/capacity/invalid/negative-patients.json';
import doctorNorm from '../packages/schema/examples/capacity/invalid/doctor-norm-without-doctors.json';
import invisibleName from '../packages/schema/examples/capacity/invalid/name-only-zero-width-space.json';

interface Args {
  data: unknown;
  /** Unset: the widget follows the toolbar's language. */
  lang?: 'da' | 'en';
  width: number;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/Capacity gauge',
  component: 'praksis-capacity-gauge',
  tags: ['autodocs'],
  args: { width: 640, theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    width: { control: { type: 'range', min: 240, max: 1000, step: 10 } },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    data: { control: 'object' },
  },
  render: ({ data, lang, width, theme }) => html`
    <div style="max-width:${width}px">
      <praksis-capacity-gauge lang=${lang ?? nothing} theme=${theme || nothing} .data=${data}></praksis-capacity-gauge>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Listed patients per doctor capacity against a norm that comes with the data. Neutral unless the data supplies bands with their source. Data follows the `capacity` schema (docs/schema/capacity.md).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Real figures: 1 January 2022 with the 2017–2022 series (BDO 2023, table 5.1.3a). */
export const National2017To2022: Story = { name: 'National 2017–2022 (real data)', args: { data: national } };
export const OpenUnderNorm: Story = { name: 'Practice open, under the norm (fictional)', args: { data: open } };
export const ClosedOverNorm: Story = { name: 'Practice closed, over the norm, with trend (fictional)', args: { data: closed } };
export const MissingOptionalFields: Story = { name: 'Only required fields (fictional)', args: { data: minimal } };
export const PerDoctorNormWithBands: Story = {
  name: 'DSAM norm per doctor, with data-supplied bands (fictional)',
  args: { data: banded },
};
export const Municipality: Story = { name: 'Municipality with area intake (fictional)', args: { data: municipality } };
/**
 * Counts of one and a half: every count takes its noun's form by the plural rules ("1 lægekapacitet",
 * "1 læge"; Danish reads 1,5 as singular, English does not). Switch the language in the toolbar.
 */
export const CountsOfOne: Story = {
  name: 'One capacity, one doctor: singular forms (fictional)',
  args: { data: { ...minimal, listedPatients: 1480, capacities: 1, doctors: 1 } },
};
export const HalfCapacity: Story = {
  name: '1,5 capacities: the plural rules of each language (fictional)',
  args: { data: { ...minimal, listedPatients: 2400, capacities: 1.5, doctors: 2, intake: { practicesOpen: 0, practicesClosed: 1 } } },
};
/** Capacities as the data gives them, up to two decimals: 2,25, not 2,3; the smallest, 0,01, never reads 0,0. */
export const QuarterCapacity: Story = {
  name: '2,25 capacities: the decimals the data gives (fictional)',
  args: { data: { ...minimal, listedPatients: 3600, capacities: 2.25 } },
};
/** A web address in the source, one word wider than a phone column: it breaks inside the box. */
export const LongWebAddress: Story = {
  name: 'A long web address in the source, 320 px (fictional)',
  args: {
    width: 320,
    data: {
      ...minimal,
      provenance: { ...minimal.provenance, source: 'https://www.sundhed.dk/borger/patienthaandbog/almen-praksis/laegedaekning?rapport=kapacitet-pr-ydernummer-2026-03-01' },
    },
  },
};
/**
 * Names longer than the chart is wide, at 240 px: the norm's and the comparison's labels are
 * shortened with “…” and keep their figures whole; the legend under the chart gives the names in
 * full (the comparison's because its label is shortened), the band labels wrap in the column, and
 * the text alternative and the table have every name whole. Widen the column to see them grow back.
 */
export const LongLabels: Story = {
  name: 'Norm, comparison and band labels longer than the chart, 240 px (fictional)',
  args: {
    width: 240,
    data: {
      ...national,
      provenance: { ...national.provenance, fictional: true },
      norm: { ...national.norm, label: 'Normtal for en lægekapacitet efter overenskomst om almen praksis fra 2022' },
      comparison: { label: 'Gennemsnit for alle praksis i de lægedækningstruede områder i Region Sjælland (fiktivt)', value: 1500 },
      bands: {
        source: 'Fiktive bånd til eksemplet',
        items: [
          { to: 1600, label: 'Op til normtallet', tone: 'low' },
          { from: 1600, label: 'Over normtallet og over gennemsnittet for de lægedækningstruede områder', tone: 'high' },
        ],
      },
    },
  },
};
/**
 * In English. The English words are a part loaded on demand: the gauge shows “Loading data …” until
 * they have arrived, and a Danish page never fetches them (docs/embedding.md, sizes).
 */
export const English: Story = { args: { data: national, lang: 'en' } };
export const Sidebar240px: Story = { name: '240 px sidebar', args: { data: closed, width: 240 } };
export const Dark: Story = { args: { data: national, theme: 'dark' } };
export const InvalidData: Story = { name: 'Invalid data: negative patient count', args: { data: negative } };
export const InvalidDoctorNorm: Story = { name: 'Invalid data: per-doctor norm without doctors', args: { data: doctorNorm } };
export const InvisibleName: Story = { name: 'Invalid data: a name that is only a zero-width space', args: { data: invisibleName } };

/** A gauge whose words of problems never arrive, as from a CDN folder copied without its `words-*.js`. */
class GaugeWithoutWords extends CapacityGauge {
  protected static override loadWords(): Promise<ProblemWords> {
    return Promise.reject(new Error('words-<hash>.js: 404'));
  }
}
if (!customElements.get('praksis-story-gauge-without-words')) customElements.define('praksis-story-gauge-without-words', GaugeWithoutWords);

/**
 * The words of problems are a part loaded on demand, only for data with problems: a page with valid
 * data never fetches them. Meanwhile the gauge shows “Henter data …”. If they cannot be loaded, the
 * reader still gets the plain sentence, and the details name each problem's JSON pointer.
 */
export const ProblemsWithoutTheirWords: Story = {
  name: 'Invalid data, its words not to be had: pointers only',
  render: ({ lang }) => html`<praksis-story-gauge-without-words lang=${lang ?? nothing} .data=${doctorNorm}></praksis-story-gauge-without-words>`,
};

/** A gauge reading `text` from an inline JSON script. */
const inline = (text: string) => {
  const el = document.createElement('praksis-capacity-gauge');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  return el;
};

/**
 * JSON text is read alike on every route: where it stops being JSON as line:column (an invisible
 * character named by its code point), a key given twice at its pointer with both places, nesting
 * deeper than 32 levels at its pointer.
 */
export const InvalidJsonText: Story = {
  name: 'Invalid JSON text: not JSON, a key given twice, 10,000 levels deep',
  render: () => html`
    ${inline(JSON.stringify(minimal, null, 2).replace('"asOf"', '\u200B"asOf"'))}
    <br />
    ${inline(JSON.stringify(minimal, null, 2).replace('"capacities": 1,', '"capacities": 1,\n  "capacities": 0.5,'))}
    <br />
    ${inline(JSON.stringify(minimal).replace('"fictional":true', `"fictional":${'['.repeat(10_000)}${']'.repeat(10_000)}`))}
  `,
};

/** The `src` route: a URL the embedder controls; failures show their own message. */
export const FromSrc: Story = {
  name: 'Loaded from src, and a 404',
  render: () => html`
    <praksis-capacity-gauge src="examples/capacity/valid/national-2017-2022.json"></praksis-capacity-gauge>
    <br />
    <praksis-capacity-gauge src="examples/capacity/valid/missing.json"></praksis-capacity-gauge>
  `,
};

/** The no-JavaScript-of-your-own route for CMSs: JSON in a child script element. */
export const FromInlineScript: Story = {
  name: 'From an inline JSON script',
  render: () => {
    const el = document.createElement('praksis-capacity-gauge');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(open, null, 2);
    el.append(script);
    return el;
  },
};
