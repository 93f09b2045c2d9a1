import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@praksis/widgets';
import capacity from '../packages/schema/examples/capacity/valid/national-2017-2022.json';
import practice from '../packages/schema/examples/capacity/valid/practice-closed-over-norm.json';
import survey from '../packages/schema/examples/delegation-matrix/valid/national-survey-2022.json';
import flows from '../packages/schema/examples/referral-flows/valid/national-2022.json';
import declaration from '../packages/schema/examples/accessibility-declaration/valid/meets-all.json';
import negative from '../packages/schema/examples/capacity/invalid/negative-patients.json';

/**
 * What screen-reader users get from every widget (docs/accessibility.md): the section before the
 * chart, the editor's description, the announcement of new data and errors in plain words. The
 * section is visually hidden: press Tab into a widget to see its two buttons.
 */
const meta: Meta = {
  title: 'Accessibility/Screen readers',
  parameters: {
    docs: {
      description: {
        component:
          'Each widget opens with a visually hidden section: chart type, structure and data range, the document’s `description`, “Gå til tabellen med tallene” and “Spring forbi grafikken” (shown when focused). New data after the first draw is announced politely; errors are a plain sentence with the technical details in a disclosure.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** A widget of `tag` drawing `data`, built without innerHTML. */
function widget(tag: string, data: unknown, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  return el;
}

/** Tab from the top: each widget's “Gå til tabellen med tallene” and “Spring forbi grafikken” show in turn. */
export const SectionBeforeTheChart: Story = {
  name: 'The section before each chart (Tab to see its buttons)',
  render: () => html`
    ${widget('praksis-capacity-gauge', capacity)}
    <br />
    ${widget('praksis-delegation-matrix', survey)}
    <br />
    ${widget('praksis-referral-sankey', flows)}
    <br />
    ${widget('praksis-hours-badge', declaration, { variant: 'full', at: '2026-03-03T10:00:00+01:00' })}
  `,
};

/** The document's `description`: read before the chart, the chart's accessible description, and the `<desc>` of a saved SVG. */
export const WithDescription: Story = {
  name: 'With the editor’s description (alt text)',
  render: () =>
    widget('praksis-capacity-gauge', {
      ...capacity,
      description: {
        da: 'Søjlen viser 1.646 tilmeldte patienter pr. lægekapacitet i 2022, lidt over normtallet på 1.600. Kurven under viser, at tallet er steget siden 2017.',
        en: 'The bar shows 1,646 listed patients per doctor capacity in 2022, a little above the norm of 1,600. The line below shows the figure has risen since 2017.',
      },
    }),
};

/** The button swaps the document; a screen reader then hears “Opdateret: …” from the polite live region (`part="announcement"`). */
export const AnnouncedUpdate: Story = {
  name: 'New data is announced (“Opdateret: …”)',
  render: () => {
    const el = widget('praksis-capacity-gauge', capacity) as HTMLElement & { data: unknown };
    const swap = () => (el.data = el.data === capacity ? practice : capacity);
    return html`<button type="button" @click=${swap}>Skift data</button>
      <br />
      ${el}`;
  },
};

/** A reader is told in a plain sentence; the JSON pointer and the validator's words are in the disclosure. */
export const ErrorInPlainWords: Story = {
  name: 'Errors in plain words, details in a disclosure',
  render: () => html`${widget('praksis-capacity-gauge', negative)}<br />${widget('praksis-capacity-gauge', negative, { lang: 'en' })}`,
};
