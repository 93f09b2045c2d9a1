import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@praksis/widgets';
import { fallbackMarkup, fallbackText } from '@praksis/widgets/fallback.js';
import { widgetNamed } from '@praksis/widgets/registry.js';
import { inlineSnippet } from '../scripts/docs/embed-code/snippets.js';
import capacity from '../packages/schema/examples/capacity/valid/national-2017-2022.json';
import survey from '../packages/schema/examples/delegation-matrix/valid/national-survey-2022.json';
import hours from '../packages/schema/examples/accessibility-declaration/valid/meets-all.json';
import flows from '../packages/schema/examples/referral-flows/valid/national-2022.json';

const DOCS: Record<string, unknown> = { 'capacity-gauge': capacity, 'delegation-matrix': survey, 'hours-badge': hours, 'referral-sankey': flows };

interface Args {
  widget: keyof typeof DOCS;
  lang: 'da' | 'en';
}

/** The fallback as the snippets write it, parsed as the reader's browser parses the snippet (its text is escaped). */
function fallback({ widget, lang }: Args): Node[] {
  const text = fallbackText(DOCS[widget], lang);
  if (!text) return [document.createTextNode('No fallback: the document is not valid.')];
  const parsed = new DOMParser().parseFromString(`<body>${fallbackMarkup(text, lang)}`, 'text/html');
  return [...parsed.body.childNodes].map((node) => document.importNode(node, true));
}

/** The widget's element with the fallback inside, as a snippet puts it on the page. */
function element(args: Args): HTMLElement {
  const descriptor = widgetNamed(args.widget)!;
  const el = document.createElement(descriptor.tag) as HTMLElement & { data: unknown };
  el.lang = args.lang;
  if (args.widget === 'hours-badge') el.setAttribute('at', '2026-03-03T10:00:00+01:00');
  el.append(...fallback(args));
  el.data = DOCS[args.widget];
  return el;
}

const meta: Meta<Args> = {
  title: 'Embedding/Fallback content',
  tags: ['autodocs'],
  args: { widget: 'capacity-gauge', lang: 'da' },
  argTypes: {
    widget: { control: 'select', options: Object.keys(DOCS) },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every snippet puts the title, key figure and source inside the element as text (`fallbackText(doc, lang)` and ' +
          '`fallbackMarkup` from `@praksis/widgets/fallback.js`). Readers see it until the widget draws, and for good when its ' +
          'script cannot run (no JavaScript, or a module from another site sent without CORS headers); the drawn widget hides it. ' +
          'It is in the language the widget will speak: the element\'s `lang`, or, for a snippet without one, the page\'s (`pageLang`).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** What a reader sees when the widget's script never runs. */
export const WithoutTheWidget: Story = {
  render: (args) => html`<div style="max-width:640px">${fallback(args)}</div>`,
};

/** The same element once its script has run: the widget draws over its fallback. */
export const WithTheWidget: Story = {
  render: (args) => html`<div style="max-width:640px">${element(args)}</div>`,
};

/**
 * A snippet without `lang`, as the embed-code page writes it for "The page's language": the widget
 * follows the `lang` of the page around it (here the story's `lang`), and the snippet's fallback is
 * written in that language (`pageLang`), so the text readers see first and the widget agree.
 */
export const InThePagesLanguage: Story = {
  render: (args) => {
    const descriptor = widgetNamed(args.widget)!;
    const snippet = inlineSnippet({ widget: descriptor, base: 'https://cdn.example.dk/praksis/0.1.0/', lang: '', pageLang: args.lang, data: DOCS[args.widget] });
    // The element as the reader's browser parses it (the snippet's module script is left out: the story has the widgets).
    const parsed = new DOMParser().parseFromString(`<body>${snippet.split('\n').slice(1).join('\n')}`, 'text/html');
    const el = document.importNode(parsed.body.firstElementChild!, true);
    if (args.widget === 'hours-badge') el.setAttribute('at', '2026-03-03T10:00:00+01:00');
    return html`<div style="max-width:640px" lang=${args.lang}>${el}</div>`;
  },
};
