import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Embedding/Autoloader',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A page that loads one script, `praksis-autoloader.js`, and no widget file of its own. The autoloader finds ' +
          'the widgets in the page at load, those added later, and those inside a shadow root its owner passes to ' +
          '`observe`, and fetches only their files: the list at the bottom shows every script the page fetched, and ' +
          'there is no badge file in it, as the page has no badge. The files are built from the sources as the CDN ' +
          'folder has them, by `scripts/stories/autoloader-page.ts` when Storybook starts (docs/embedding.md, "The autoloader").',
      },
    },
  },
};
export default meta;

/** The page in a frame. Press "Add a referral sankey" and watch its files join the list. */
export const OneScriptForEveryWidget: StoryObj = {
  render: () => html`<iframe
    title="praksis-autoloader.js"
    src="autoloader/index.html"
    style="display:block;width:min(100%, 800px);height:900px;resize:both;overflow:auto;border:1px solid GrayText"
  ></iframe>`,
};
