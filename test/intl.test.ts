/**
 * A widget's first draw makes no Intl formatter: the first one in a page costs ICU's start-up
 * (about 50 ms in a fresh Chromium page), so numbers, dates, plurals and lists in Danish and
 * English are written by hand (packages/core/src/number-text.ts and its neighbours). And what they
 * write is what the browser's own Intl writes, compared here in the page, as the widgets run there.
 */
import { expect, fixture } from '@open-wc/testing';
import { compareWithIntl } from '../packages/core/test/intl-cases.js';
import { loadExample } from './helpers.js';

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

/** Every way into ICU's formatting data: the Intl constructors and the built-ins that use them. */
const INTL_CONSTRUCTORS = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'RelativeTimeFormat', 'Collator', 'Segmenter', 'DisplayNames'] as const;
const LOCALE_METHODS: [object, string][] = [
  [Number.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleDateString'],
  [Date.prototype, 'toLocaleTimeString'],
  [Array.prototype, 'toLocaleString'],
  [String.prototype, 'localeCompare'],
];

/** Counts each use of the above from now on; `restore` puts the originals back. */
function countIntl(): { used: string[]; restore: () => void } {
  const used: string[] = [];
  const undo: (() => void)[] = [];
  const intl = Intl as unknown as Record<string, unknown>;
  for (const name of INTL_CONSTRUCTORS) {
    const original = intl[name] as (new (...args: unknown[]) => object) | undefined;
    if (!original) continue;
    intl[name] = new Proxy(original, {
      construct: (target, args, newTarget) => (used.push(`new Intl.${name}`), Reflect.construct(target, args, newTarget) as object),
      apply: (target, self, args) => (used.push(`Intl.${name}()`), Reflect.apply(target, self, args) as unknown),
    });
    undo.push(() => (intl[name] = original));
  }
  for (const [proto, method] of LOCALE_METHODS) {
    const host = proto as Record<string, unknown>;
    const original = host[method] as (...args: unknown[]) => unknown;
    host[method] = function (this: unknown, ...args: unknown[]) {
      used.push(method);
      return original.apply(this, args);
    };
    undo.push(() => (host[method] = original));
  }
  return { used, restore: () => undo.forEach((step) => step()) };
}

/** Real national figures from the schema's examples, one document per widget. */
const DRAWS = [
  { module: () => import('@praksis/capacity-gauge/praksis-capacity-gauge.js'), tag: 'praksis-capacity-gauge', kind: 'capacity', example: 'national-2017-2022' },
  { module: () => import('@praksis/delegation-matrix/praksis-delegation-matrix.js'), tag: 'praksis-delegation-matrix', kind: 'delegation-matrix', example: 'national-survey-2022' },
  { module: () => import('@praksis/referral-sankey/praksis-referral-sankey.js'), tag: 'praksis-referral-sankey', kind: 'referral-flows', example: 'national-2022' },
];

/** A figure each draw writes, in the order drawn: Danish, then English. */
const WRITTEN = ['1. jan. 2017', '90\u00a0%', '1.893.921', '1 Jan 2017', '90%', '1,893,921'];

describe('formatting without Intl', () => {
  it('draws a gauge, a matrix and a sankey, in Danish and in English, without making an Intl formatter', async () => {
    const documents = await Promise.all(DRAWS.map((draw) => loadExample(draw.kind, 'valid', draw.example)));
    const counter = countIntl();
    try {
      // The widgets' modules load after the counting starts, so nothing they make at load escapes it.
      for (const draw of DRAWS) await draw.module();
      const host = await fixture<HTMLDivElement>('<div style="width: 720px"></div>');
      const texts: string[] = [];
      for (const lang of ['da', 'en']) {
        for (const [index, draw] of DRAWS.entries()) {
          const el = document.createElement(draw.tag) as Widget;
          el.setAttribute('lang', lang);
          const rendered = new Promise((resolve) => el.addEventListener('praksis-render', resolve, { once: true }));
          host.append(el);
          el.data = documents[index];
          await rendered;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await el.updateComplete;
          texts.push(el.shadowRoot!.textContent ?? '');
        }
      }
      // The draws wrote dates, shares and grouped numbers: the formatting was used, not skipped.
      expect(texts.map((text, index) => text.includes(WRITTEN[index]!))).to.deep.equal(WRITTEN.map(() => true));
      expect(counter.used).to.deep.equal([]);
    } finally {
      counter.restore();
    }
  });

  it('writes what Chromium’s Intl writes, for every formatter in both languages', () => {
    const { checked, mismatches } = compareWithIntl(2_000, 1_000, 200);
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
    expect(checked).to.be.greaterThan(50_000);
  });
});
