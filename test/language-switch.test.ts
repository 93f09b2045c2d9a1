/**
 * A drawn widget that a page first switches to English stays drawn while its English words load
 * (a part loaded on demand), so a reader's focus stays on the control it was on. A page of its own:
 * the English words are loaded once per kind of widget, so the first switch happens only here.
 */
import { expect, fixture } from '@open-wc/testing';
import '@praksis/widgets';
import { WIDGETS } from '@praksis/widgets/registry.js';
import { loadExample } from './helpers.js';
import { BADGE_AT } from './hostile/widgets.js';

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

describe('the first switch to English', () => {
  for (const widget of WIDGETS) {
    it(`<${widget.tag}> keeps the focus on the control it was on`, async () => {
      const el = document.createElement(widget.tag) as Widget;
      if (widget.tag === 'praksis-hours-badge') el.setAttribute('at', BADGE_AT);
      el.data = await loadExample(widget.kind.name, 'valid', widget.examples.valid[0]);
      (await fixture<HTMLDivElement>('<div lang="da"></div>')).append(el);
      await el.updateComplete;
      // The first control a reader can be on (the badge's compact view hides the chart's intro).
      const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => (b.focus(), el.shadowRoot!.activeElement === b))!;
      expect(button, 'a focusable button').to.be.instanceOf(HTMLButtonElement);
      const danish = button.textContent;
      el.lang = 'en';
      // The page-wide observer of lang attributes asks for the new draw.
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(button.isConnected, 'the same button is still drawn').to.equal(true);
      expect(button.textContent).to.not.equal(danish);
      expect(el.shadowRoot!.activeElement === button, 'the focus is on the button').to.equal(true);
    });
  }
});
