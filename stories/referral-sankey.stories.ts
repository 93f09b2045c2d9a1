import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@praksis/referral-sankey/praksis-referral-sankey.js';
import { applyTextSpacing } from '../test/text-spacing.js';
import national from '../packages/schema/examples/referral-flows/valid/national-2022.json';
import byRegion from '../packages/schema/examples/referral-flows/valid/by-region-fictional.json';
import threeStage from '../packages/schema/examples/referral-flows/valid/three-stage-fictional.json';
import perHundred from '../packages/schema/examples/referral-flows/valid/per-100-patients-fictional.json';
import practice from '../packages/schema/examples/referral-flows/valid/practice-small-counts-fictional.json';
import cycle from '../packages/schema/examples/referral-flows/invalid/cycle.json';
import unknownTarget from '../packages/schema/examples/referral-flows/invalid/unknown-target.json';
import negative from '../packages/schema/examples/referral-flows/invalid/negative-value.json';
import { asDocument, layeredGraph } from '../packages/referral-sankey/bench/graphs.mjs';

interface Args {
  data: unknown;
  /** Unset: the widget follows the toolbar's language. */
  lang?: 'da' | 'en';
  width: number;
  theme: '' | 'light' | 'dark';
  groupBelow: number;
  suppressBelow: number;
  linkColor: 'target' | 'source';
  view: 'auto' | 'sankey' | 'list';
}

const meta: Meta<Args> = {
  title: 'Widgets/Referral sankey',
  component: 'praksis-referral-sankey',
  tags: ['autodocs'],
  args: { width: 720, theme: '', groupBelow: 0, suppressBelow: 0, linkColor: 'target', view: 'auto' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    width: { control: { type: 'range', min: 240, max: 1200, step: 10 } },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    groupBelow: { name: 'group-below', control: { type: 'range', min: 0, max: 0.5, step: 0.01 } },
    suppressBelow: { name: 'suppress-below', control: { type: 'number', min: 0, max: 100, step: 1 } },
    linkColor: { name: 'link-color', control: 'inline-radio', options: ['target', 'source'] },
    view: { control: 'inline-radio', options: ['auto', 'sankey', 'list'] },
    data: { control: 'object' },
  },
  render: ({ data, lang, width, theme, groupBelow, suppressBelow, linkColor, view }) => html`
    <div style="max-width:${width}px">
      <praksis-referral-sankey
        lang=${lang ?? nothing}
        theme=${theme || nothing}
        group-below=${groupBelow || nothing}
        suppress-below=${suppressBelow || nothing}
        link-color=${linkColor}
        view=${view}
        .data=${data}
      ></praksis-referral-sankey>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Where referrals from general practice go, as an accessible sankey diagram with a text summary, a table of every flow and keyboard access to every node and flow (Tab into the diagram, then the arrow keys). Small destinations can be grouped into “Øvrige”, small counts suppressed. Data follows the `referral-flows` schema (docs/schema/referral-flows.md).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Real figures: all 5,420,564 electronic referrals from general practice in 2022 (BDO 2023, table 5.9a; MedCom). */
export const National2022: Story = { name: 'National 2022 (real data)', args: { data: national } };

/** As the source does: psychologist, podiatry and municipality together as “Øvrige” (each under 5 %). */
export const National2022Grouped: Story = { name: 'National 2022, small types grouped into Øvrige', args: { data: national, groupBelow: 0.05 } };

/** Every type is under 40 %, but the two largest always stay apart: “Øvrige” never holds everything. */
export const National2022GroupedAtMost: Story = {
  name: 'National 2022, group-below 0.4: the two largest stay apart',
  args: { data: national, groupBelow: 0.4 },
};

/** The real national totals per type, split over the five regions by an invented pattern. */
export const ByRegion: Story = { name: 'Per region (fictional split)', args: { data: byRegion } };
export const ByRegionSourceColours: Story = {
  name: 'Per region, flows coloured by region (fictional split)',
  args: { data: byRegion, linkColor: 'source' },
};
export const ThreeStage: Story = { name: 'Three stages: region → type → specialty (fictional)', args: { data: threeStage } };
/** Rates do not add up: nodes carry names only, and the summary and table say why there is no total or share. */
export const PerHundredPatients: Story = { name: 'Per 100 listed patients (fictional)', args: { data: perHundred } };

/** The document asks for counts under 5 to be suppressed: psychiatry shows as “< 5”. */
export const SmallCountsSuppressed: Story = { name: 'Practice with suppressed small counts (fictional)', args: { data: practice } };

/** At 30 the practice's own 23 municipal referrals are hidden too: its total becomes “mindst 2.570” everywhere. */
export const SmallCountsLowerBound: Story = {
  name: 'Practice, suppress-below 30: totals as lower bounds (fictional)',
  args: { data: practice, suppressBelow: 30 },
};
export const English: Story = { args: { data: national, lang: 'en' } };
/** A newsroom's phone column: the flows as a ranked list with bars, every name whole. */
export const Phone360px: Story = { name: 'Phone column, 360 px: the flows as a ranked list', args: { data: national, width: 360 } };
/** The sankey pinned (`view="sankey"`) in a 240 px sidebar: labels measured and cut to fit. */
export const Sidebar240px: Story = { name: '240 px sidebar, sankey pinned', args: { data: threeStage, width: 240, view: 'sankey' } };

/**
 * The five regions keep names that tell them apart, counts go short (“1,7 mio.”), and a note says
 * so. How much is shortened depends on the font: labels are measured in the one the reader has.
 */
export const ByRegion240px: Story = { name: 'Per region at 240 px: shortened labels (fictional split)', args: { data: byRegion, width: 240, view: 'sankey' } };
/**
 * A reader's text spacing (WCAG 1.4.12: letter-spacing 0.12em, word-spacing 0.16em, line-height 1.5)
 * applied to the widget and everything in it: labels are measured with it and stay inside.
 */
export const TextSpacing320px: Story = {
  name: 'Text spacing (WCAG 1.4.12) at 320 px',
  args: { data: national, width: 320, view: 'sankey' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('praksis-referral-sankey')!;
    await customElements.whenDefined('praksis-referral-sankey');
    applyTextSpacing(el);
  },
};
export const Dark: Story = { args: { data: threeStage, theme: 'dark' } };
/**
 * The top of the range: the benchmark's seeded layered graph of 1,070 nodes and 8,100 flows
 * (generated, not data). Above 2,000 flows the flows are joined into a few hundred paths; move the
 * pointer over them and the flow under it is highlighted all the same. Tab into the diagram and
 * walk it with the arrow keys: each step draws the path over a shade, leaves the drawn diagram
 * alone and keeps what the last path shared with it (docs/referral-sankey.md, performance).
 */
export const Largest: Story = {
  name: '1,070 nodes and 8,100 flows: joined flows, pointer and highlight steps (generated benchmark graph)',
  args: { data: asDocument(layeredGraph({ nodes: 1070, links: 8100, columns: 8 }), '1,070/8,100'), width: 960, view: 'sankey' },
};
/**
 * A page draws the chart without the code for the path highlight and the tooltip: that is a part of
 * its own, loaded when a reader first points at, touches or focuses the chart (docs/referral-sankey.md,
 * "What loads when"). This story focuses the tab stop and steps down once, as a keyboard user's first
 * move: the step acts at once, and the highlight and tooltip follow as soon as the part is there.
 */
export const FirstFocus: Story = {
  name: 'First focus and key step: the highlight and tooltip load on demand',
  args: { data: national, view: 'sankey' },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('praksis-referral-sankey');
    const el = canvasElement.querySelector('praksis-referral-sankey')!;
    const stopOf = () => el.shadowRoot?.querySelector<SVGElement>('[part="diagram"] [tabindex="0"]');
    for (let frame = 0; frame < 120 && !stopOf(); frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    stopOf()?.focus();
    stopOf()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
  },
};
export const InvalidCycle: Story = { name: 'Invalid data: a cycle', args: { data: cycle } };
export const InvalidUnknownNode: Story = { name: 'Invalid data: a link to an unknown node', args: { data: unknownTarget } };
export const InvalidNegative: Story = { name: 'Invalid data: a negative count', args: { data: negative } };

/** The `src` route: a URL the embedder controls; failures show their own message. */
export const FromSrc: Story = {
  name: 'Loaded from src, and a 404',
  render: () => html`
    <praksis-referral-sankey src="examples/referral-flows/valid/national-2022.json"></praksis-referral-sankey>
    <br />
    <praksis-referral-sankey src="examples/referral-flows/valid/missing.json"></praksis-referral-sankey>
  `,
};
