import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@praksis/delegation-matrix/praksis-delegation-matrix.js';
import { applyTextSpacing } from '../test/text-spacing.js';
import survey from '../packages/schema/examples/delegation-matrix/valid/national-survey-2022.json';
import low from '../packages/schema/examples/delegation-matrix/valid/practice-low.json';
import medium from '../packages/schema/examples/delegation-matrix/valid/practice-medium.json';
import high from '../packages/schema/examples/delegation-matrix/valid/practice-high.json';
import counts from '../packages/schema/examples/delegation-matrix/valid/area-counts.json';
import unknownColumn from '../packages/schema/examples/delegation-matrix/invalid/unknown-column.json';
import notAddingUp from '../packages/schema/examples/delegation-matrix/invalid/shares-do-not-add-up.json';

interface Args {
  data: unknown;
  /** Unset: the widget follows the toolbar's language. */
  lang?: 'da' | 'en';
  width: number;
  theme: '' | 'light' | 'dark';
  view: 'table' | 'bars';
  sort: 'data' | 'index';
}

const meta: Meta<Args> = {
  title: 'Widgets/Delegation matrix',
  component: 'praksis-delegation-matrix',
  tags: ['autodocs'],
  args: { width: 960, theme: '', view: 'table', sort: 'data' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    view: { control: 'inline-radio', options: ['table', 'bars'] },
    sort: { control: 'inline-radio', options: ['data', 'index'] },
    data: { control: 'object' },
  },
  render: ({ data, lang, width, theme, view, sort }) => html`
    <div style="max-width:${width}px">
      <praksis-delegation-matrix lang=${lang ?? nothing} theme=${theme || nothing} view=${view} sort=${sort} .data=${data}></praksis-delegation-matrix>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Who does which task: tasks × staff categories (one practice) or tasks × the scale from doctor only to staff only (a survey). A real table with arrow-key navigation, diverging bars for survey data, cards on narrow widths. It describes the split and does not score it. Data follows the `delegation-matrix` schema (docs/schema/delegation-matrix.md).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The BDO survey (2023, n = 567): chronic-care check-ups, diagnostic tests, ordinary consultations
 * and vaccinations are the source's figures; the other seven tasks are fictional and marked so.
 */
export const NationalSurvey: Story = { name: 'National survey (real figures, seven tasks fictional)', args: { data: survey } };
export const NationalSurveyBars: Story = {
  name: 'National survey as bars, sorted by index',
  args: { data: survey, view: 'bars', sort: 'index' },
};
export const PracticeLow: Story = { name: 'Practice, low delegation (lav, fictional)', args: { data: low } };
export const PracticeMedium: Story = { name: 'Practice, medium delegation (middel, fictional)', args: { data: medium } };
export const PracticeHigh: Story = { name: 'Practice, high delegation (høj, fictional)', args: { data: high, width: 1300 } };
/** Counts, not shares: the legend, caption, bars and CSV say "antal praksis"; home visits are out of 10, not 12. */
export const AreaCounts: Story = { name: 'Municipality, counts of practices (fictional)', args: { data: counts, view: 'bars' } };
export const AreaCountsTable: Story = { name: 'Municipality, counts of practices as a table (fictional)', args: { data: counts } };
/** One task: "1 opgave. 1 opgave er lægeforbeholdt." and "1 af 1 opgave har fiktive tal". */
export const OneTask: Story = {
  name: 'One task: singular forms (fictional)',
  args: {
    data: {
      ...low,
      rows: low.rows.filter((r) => r.id === 'certificates').map((r) => ({ ...r, fictional: true })),
      cells: low.cells.filter((c) => c.row === 'certificates'),
    },
    width: 1100,
  },
};
export const Narrow: Story = { name: 'Phone width: one card per task', args: { data: survey, width: 340 } };
/** A reader's text spacing (WCAG 1.4.12) at 320 px: a value that does not fit beside its column's name goes under it, whole. */
export const NarrowTextSpacing: Story = {
  name: 'Phone width with text spacing (WCAG 1.4.12)',
  args: { data: high, width: 320 },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('praksis-delegation-matrix')!;
    await customElements.whenDefined('praksis-delegation-matrix');
    applyTextSpacing(el);
  },
};
export const NarrowBars: Story = { name: 'Phone width, bars', args: { data: survey, width: 340, view: 'bars' } };
export const English: Story = { args: { data: survey, lang: 'en' } };
export const Dark: Story = { args: { data: medium, theme: 'dark' } };
export const InvalidUnknownColumn: Story = { name: 'Invalid data: a cell names an unknown column', args: { data: unknownColumn } };
export const InvalidShares: Story = { name: 'Invalid data: shares add up to more than 1', args: { data: notAddingUp } };

/** The `src` route: a URL the embedder controls. */
export const FromSrc: Story = {
  name: 'Loaded from src',
  render: () => html`<praksis-delegation-matrix src="examples/delegation-matrix/valid/practice-low.json"></praksis-delegation-matrix>`,
};
