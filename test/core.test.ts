import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { PraksisElement, defineElement, type PraksisErrorDetail, type ProblemWords } from '@praksis/core';
import type { Provenance, ValidationIssue, Words } from '@praksis/schema';
import { words } from '@praksis/core/words.js';
import { part, textOf } from './helpers.js';

interface Doc {
  provenance: Provenance;
  explode?: 'validate' | 'render';
}

/** A minimal widget whose validation or drawing can be made to fail, to test the base element's guard. */
class FragileWidget extends PraksisElement<Doc> {
  protected override validateData(data: unknown): ValidationIssue[] {
    if ((data as Doc).explode === 'validate') throw new Error('validator bug');
    return [];
  }
  protected override titleTextOf(): string {
    return 'Fragile';
  }
  protected override provenanceOf(doc: Doc): Provenance {
    return doc.provenance;
  }
  protected override renderBody(doc: Doc): TemplateResult {
    if (doc.explode === 'render') throw new Error('drawing bug');
    return html`<p class="body">drawn</p>`;
  }
  protected override renderTable(): TemplateResult {
    return html`<table></table>`;
  }
}
defineElement('praksis-fragile-widget', FragileWidget);

const provenance: Provenance = { source: 'Test', publisher: 'Test', asOf: '2026-01-01', fictional: true };

function silenced<T>(run: () => Promise<T>): Promise<{ result: T; logged: unknown[] }> {
  const logged: unknown[] = [];
  const real = console.error;
  console.error = (...args: unknown[]) => logged.push(...args);
  return run()
    .then((result) => ({ result, logged }))
    .finally(() => (console.error = real));
}

describe('PraksisElement guards', () => {
  it('draws valid data and fires praksis-render', async () => {
    const el = await fixture<FragileWidget>(html`<praksis-fragile-widget></praksis-fragile-widget>`);
    const rendered = oneEvent(el, 'praksis-render');
    el.data = { provenance };
    await rendered;
    expect(textOf(el, '.body')).to.equal('drawn');
  });

  for (const where of ['validate', 'render'] as const) {
    it(`turns an exception while ${where === 'validate' ? 'validating' : 'drawing'} into an alert and an event, and logs it`, async () => {
      const { result, logged } = await silenced(async () => {
        const el = await fixture<FragileWidget>(html`<praksis-fragile-widget></praksis-fragile-widget>`);
        const errored = oneEvent<CustomEvent<PraksisErrorDetail>>(el, 'praksis-error');
        el.data = { provenance, explode: where };
        const event = await errored;
        await el.updateComplete;
        return { el, event };
      });
      expect(result.event.detail.errors[0].message).to.equal('der opstod en uventet fejl under visningen');
      expect(part(result.el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(logged.some((e) => e instanceof Error && /bug/.test(e.message))).to.equal(true);
    });
  }
});

/** A widget whose problems are worded by the words part it is given: `words` resolves or rejects when a test says. */
class WordyWidget extends PraksisElement<Doc & { bad?: boolean }> {
  static asked = 0;
  static giveWords: (words: ProblemWords) => void = () => {};
  static readonly words = new Promise<ProblemWords>((resolve) => (WordyWidget.giveWords = resolve));
  protected static override loadWords(): Promise<ProblemWords> {
    WordyWidget.asked++;
    return WordyWidget.words;
  }
  protected override validateData(data: unknown, words: Words): ValidationIssue[] {
    return (data as { bad?: boolean }).bad ? [{ path: '/bad', message: words.missingField('bad') }] : [];
  }
  protected override titleTextOf(): string {
    return 'Wordy';
  }
  protected override provenanceOf(doc: Doc): Provenance {
    return doc.provenance;
  }
  protected override renderBody(): TemplateResult {
    return html`<p class="body">drawn</p>`;
  }
  protected override renderTable(): TemplateResult {
    return html`<table></table>`;
  }
}
defineElement('praksis-wordy-widget', WordyWidget);
class WordlessWidget extends WordyWidget {
  protected static override loadWords(): Promise<ProblemWords> {
    return Promise.reject(new Error('404'));
  }
}
defineElement('praksis-wordless-widget', WordlessWidget);

describe('the words of problems, loaded on demand', () => {
  it('valid data asks for none; problems wait for them, showing the loading status, then are shown and reported in them', async () => {
    const el = await fixture<WordyWidget>(html`<praksis-wordy-widget></praksis-wordy-widget>`);
    const rendered = oneEvent(el, 'praksis-render');
    el.data = { provenance };
    await rendered;
    expect(WordyWidget.asked, 'valid data').to.equal(0);

    let reported: PraksisErrorDetail | undefined;
    el.addEventListener('praksis-error', (event) => (reported = event.detail));
    el.data = { provenance, bad: true };
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(WordyWidget.asked).to.equal(1);
    expect(part(el, 'status')?.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'error'), 'no panel without its words').to.equal(null);
    expect(reported, 'the event waits for the words').to.equal(undefined);

    WordyWidget.giveWords(words);
    await el.updateComplete;
    expect(reported?.errors).to.deep.equal([{ path: '/bad', message: 'mangler påkrævet felt «bad»' }]);
    expect(textOf(el, '[part="error-details"] li')).to.equal('/bad: mangler påkrævet felt «bad»');
  });

  it('words that cannot be loaded: each problem by its pointer in a plain sentence, and the event, never a throw', async () => {
    const el = await fixture<WordlessWidget>(html`<praksis-wordless-widget></praksis-wordless-widget>`);
    const errored = oneEvent<CustomEvent<PraksisErrorDetail>>(el, 'praksis-error');
    el.data = { provenance, bad: true };
    const { detail } = await errored;
    expect(detail.errors).to.deep.equal([{ path: '/bad', message: 'der er en fejl her; beskrivelsen af den kunne ikke hentes' }]);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(textOf(el, '[part="error-details"] li')).to.equal('/bad: der er en fejl her; beskrivelsen af den kunne ikke hentes');
  });

  it('a src that cannot be loaded is explained by the words part: the plain sentence at once, the reason once the words are there', async () => {
    const el = await fixture<WordlessWidget>(html`<praksis-wordless-widget src="/no-such-file.json"></praksis-wordless-widget>`);
    const { detail } = await oneEvent<CustomEvent<PraksisErrorDetail>>(el, 'praksis-error');
    expect(detail.errors).to.deep.equal([{ path: '', message: 'der er en fejl her; beskrivelsen af den kunne ikke hentes' }]);
    expect(textOf(el, '[part="error"] strong')).to.equal('Grafikken kan ikke vises, fordi dataene ikke kunne hentes.');

    WordyWidget.giveWords(words);
    const wordy = await fixture<WordyWidget>(html`<praksis-wordy-widget></praksis-wordy-widget>`);
    const reported = oneEvent<CustomEvent<PraksisErrorDetail>>(wordy, 'praksis-error');
    wordy.src = '/no-such-file.json';
    const [error] = (await reported).detail.errors;
    expect(error.message).to.equal('Data fra /no-such-file.json kunne ikke hentes: serveren svarede med status 404');
  });
});
