import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { WIDGETS } from '@praksis/widgets/registry.js';

interface Args {
  widget: string;
  lang: 'da' | 'en';
}

const meta: Meta<Args> = {
  title: 'Embedding/Server-rendered page',
  tags: ['autodocs'],
  args: { widget: 'referral-sankey', lang: 'da' },
  argTypes: {
    widget: { control: 'select', options: WIDGETS.map((widget) => widget.name) },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The static page `praksis-embed page` writes for each widget\'s first example: the widget drawn on the server ' +
          '(`@lit-labs/ssr`) into a declarative shadow root, with its figures and source as text. The frame may not run ' +
          'scripts (`sandbox`), so this is what a reader without JavaScript sees. With JavaScript, the widget\'s file takes ' +
          'the shadow root over and draws it again at the reader\'s width (docs/embedding.md, "Static pages"). The pages ' +
          'are written by `scripts/stories/server-rendered.ts` when Storybook starts.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The page in a frame that runs no script. Drag its corner to try other widths. */
export const WithoutJavaScript: Story = {
  render: ({ widget, lang }) => html`<iframe
    sandbox=""
    title=${lang === 'da' ? 'Statisk side uden JavaScript' : 'Static page without JavaScript'}
    src=${`server-rendered/${widget}.${lang}.html`}
    style="display:block;width:min(100%, 720px);height:720px;resize:both;overflow:auto;border:1px solid GrayText"
  ></iframe>`,
};
