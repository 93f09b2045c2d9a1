import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@praksis/hours-badge/praksis-hours-badge.js';
import meets from '../packages/schema/examples/accessibility-declaration/valid/meets-all.json';
import missesLate from '../packages/schema/examples/accessibility-declaration/valid/misses-late-consultation.json';
import earlyStart from '../packages/schema/examples/accessibility-declaration/valid/early-start-0730.json';
import notStated from '../packages/schema/examples/accessibility-declaration/valid/not-stated-fields.json';
import stale from '../packages/schema/examples/accessibility-declaration/valid/stale-verification.json';
import holidays from '../packages/schema/examples/accessibility-declaration/valid/holidays-with-substitute.json';
import badTime from '../packages/schema/examples/accessibility-declaration/invalid/bad-time.json';
import javascriptUrl from '../packages/schema/examples/accessibility-declaration/invalid/javascript-url.json';

interface Args {
  data: unknown;
  /** Unset: the widget follows the toolbar's language. */
  lang?: 'da' | 'en';
  variant: 'compact' | 'full';
  /** The moment judged; fixed so every story shows the same "today". */
  at: string;
  width: number;
  theme: '' | 'light' | 'dark';
}

/** Tuesday 3 March 2026, 10:00 Copenhagen time. */
const TUESDAY_MORNING = '2026-03-03T10:00:00+01:00';

const meta: Meta<Args> = {
  title: 'Widgets/Hours badge',
  component: 'praksis-hours-badge',
  tags: ['autodocs'],
  args: { variant: 'compact', at: TUESDAY_MORNING, width: 720, theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    at: { control: 'text' },
    width: { control: { type: 'range', min: 240, max: 1000, step: 10 } },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    data: { control: 'object' },
  },
  render: ({ data, lang, variant, at, width, theme }) => html`
    <div style="max-width:${width}px">
      <praksis-hours-badge
        lang=${lang ?? nothing}
        variant=${variant}
        at=${at || nothing}
        theme=${theme || nothing}
        .data=${data}
      ></praksis-hours-badge>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Whether a practice’s own published opening hours meet the OK22 accessibility requirements, as a footer badge that opens to the detail. Every practice here is fictional. Data follows the `accessibility-declaration` schema (docs/schema/accessibility-declaration.md); the rules come from `@praksis/hours-rules`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Meets: Story = { name: 'Meets the requirements (fictional)', args: { data: meets } };
export const DoesNotMeet: Story = { name: 'Does not meet: no late consultation (fictional)', args: { data: missesLate } };
export const DoesNotMeetSeveral: Story = {
  name: 'Does not meet: phone hour, video, waiting time (fictional)',
  args: { data: earlyStart },
};
export const Incomplete: Story = { name: 'Incomplete information (fictional)', args: { data: notStated } };
export const Stale: Story = { name: 'Stale: last confirmed September 2024 (fictional)', args: { data: stale } };

export const MeetsFull: Story = { name: 'Full: meets (fictional)', args: { data: meets, variant: 'full' } };
export const DoesNotMeetFull: Story = { name: 'Full: does not meet (fictional)', args: { data: missesLate, variant: 'full' } };
export const IncompleteFull: Story = { name: 'Full: incomplete (fictional)', args: { data: notStated, variant: 'full' } };
export const StaleFull: Story = { name: 'Full: stale (fictional)', args: { data: stale, variant: 'full' } };

export const ClosuresWithSubstitute: Story = {
  name: 'Full: upcoming closures with a substitute practice (fictional)',
  args: { data: holidays, variant: 'full' },
};
export const ClosedOnEasterMonday: Story = {
  name: 'Full: Easter Monday, the next day closed for a course (fictional)',
  args: { data: holidays, variant: 'full', at: '2026-04-06T10:00:00+02:00' },
};
export const DatedLater: Story = {
  name: 'Full: confirmed after the moment judged, so no verdict (fictional)',
  args: { data: { ...meets, lastVerified: '2027-01-01' }, variant: 'full' },
};
/**
 * Summer hours on hverdage, a week's closure with a substitute, on its Wednesday only the doctor's
 * phone hour, and shorter Fridays in August: each more specific exception overrides only what it
 * names. Judged on that Wednesday, with a local time written without an offset (Copenhagen time).
 */
export const LayeredExceptions: Story = {
  name: 'Full: summer hours, Wednesdays and a week closed, layered (fictional)',
  args: {
    variant: 'full',
    at: '2026-07-08T08:15',
    data: {
      ...meets,
      exceptions: [
        { date: '2026-07-01', to: '2026-08-31', reason: { da: 'Sommertider', en: 'Summer hours' }, hours: { consultation: [{ from: '08:00', to: '14:00' }] } },
        {
          date: '2026-07-08',
          reason: { da: 'Lægen ringer tilbage', en: 'The doctor calls back' },
          hours: { doctorPhone: [{ from: '08:00', to: '08:30' }] },
        },
        {
          date: '2026-08-03',
          to: '2026-08-31',
          weekdays: ['fri'],
          reason: { da: 'Kortere fredage', en: 'Shorter Fridays' },
          hours: { consultation: [{ from: '08:00', to: '12:00' }] },
        },
        {
          date: '2026-07-06',
          to: '2026-07-12',
          reason: { da: 'Kursusuge', en: 'Course week' },
          closed: true,
          substitute: { name: 'Lægerne i Nordby (fiktiv)', phone: '+45 70 00 03 01' },
        },
      ],
    },
  },
};
export const English: Story = { args: { data: meets, lang: 'en' } };
export const EnglishFull: Story = { name: 'English, full', args: { data: holidays, lang: 'en', variant: 'full' } };
export const Dark: Story = { args: { data: missesLate, theme: 'dark', variant: 'full' } };
export const Narrow: Story = { name: '240 px footer column', args: { data: meets, width: 240 } };

export const InvalidTime: Story = { name: 'Invalid data: a time that is not HH:MM', args: { data: badTime } };
export const InvalidUrl: Story = { name: 'Invalid data: a javascript: website', args: { data: javascriptUrl } };

/** Several badges in a footer line, as a region's page might show them. */
/** The four results side by side: each its own frame line, symbol shape and weight, no colour. */
export const AllStates: Story = {
  name: 'The four results side by side (fictional)',
  render: ({ lang, theme }) => html`
    <div style="display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start">
      ${[meets, missesLate, notStated, stale].map(
        (data) => html`<praksis-hours-badge lang=${lang ?? nothing} theme=${theme || nothing} at=${TUESDAY_MORNING} .data=${data}></praksis-hours-badge>`,
      )}
    </div>
  `,
};
export const ExpandedCompact: Story = {
  name: 'Compact, expanded: the requirement not met first (fictional)',
  render: ({ lang, theme, width }) => html`
    <div style="max-width:${width}px">
      <praksis-hours-badge lang=${lang ?? nothing} theme=${theme || nothing} expanded at=${TUESDAY_MORNING} .data=${missesLate}></praksis-hours-badge>
    </div>
  `,
};

export const InAFooter: Story = {
  name: 'In a page footer',
  render: ({ lang }) => html`
    <footer style="display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start;padding:1em;border-top:1px solid #ccc">
      <span>Lægerne på Havnen (fiktiv) · Havnegade 1, 9999 Eksempelby</span>
      <praksis-hours-badge lang=${lang ?? nothing} at=${TUESDAY_MORNING} .data=${meets}></praksis-hours-badge>
    </footer>
  `,
};
