import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { formatCompact, formatCount, formatDate, formatList, formatNumber, formatShare, formatSigned } from '@praksis/core';
import { LOCALES, type Lang } from '@praksis/core/lang.js';

/**
 * The figures as the widgets write them in Danish and English, beside what the browser's own Intl
 * writes for the same value. The widgets write them by hand (packages/core/src/number-text.ts and its
 * neighbours) so that a first draw does not wait for ICU's start-up; the last column shows that
 * nothing changes for readers (docs/formatting.md).
 */
const meta: Meta = {
  title: 'Design system/Numbers and dates',
  parameters: {
    docs: {
      description: {
        component:
          'Numbers, shares, differences, short counts, dates, plurals and lists in Danish and English, written without Intl and compared with the browser’s Intl.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const capacities = { one: 'lægekapacitet', other: 'lægekapaciteter' };
const capacitiesEn = { one: 'doctor capacity', other: 'doctor capacities' };

/** Each row: what is written, and for a language the widgets' text and Intl's. */
const ROWS: { what: string; ours: (lang: Lang) => string; intl: (lang: Lang) => string }[] = [
  { what: 'referrals, 2022', ours: (l) => formatNumber(l, 5420564), intl: (l) => new Intl.NumberFormat(LOCALES[l], { maximumFractionDigits: 0 }).format(5420564) },
  { what: 'a tie, two decimals', ours: (l) => formatNumber(l, 1.005, 2), intl: (l) => new Intl.NumberFormat(LOCALES[l], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(1.005) },
  { what: 'share', ours: (l) => formatShare(l, 0.1485), intl: (l) => new Intl.NumberFormat(LOCALES[l], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(0.1485) },
  { what: 'difference', ours: (l) => formatSigned(l, -120), intl: (l) => new Intl.NumberFormat(LOCALES[l], { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(-120) },
  { what: 'short count', ours: (l) => formatCompact(l, 1893921), intl: (l) => new Intl.NumberFormat(LOCALES[l], { notation: 'compact', maximumFractionDigits: 1 }).format(1893921) },
  { what: 'short count at a carry', ours: (l) => formatCompact(l, 999950), intl: (l) => new Intl.NumberFormat(LOCALES[l], { notation: 'compact', maximumFractionDigits: 1 }).format(999950) },
  { what: 'date', ours: (l) => formatDate(l, '2024-09-01'), intl: (l) => new Intl.DateTimeFormat(LOCALES[l], { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2024, 8, 1)) },
  {
    what: 'plural, one decimal',
    ours: (l) => formatCount(l, 1.5, l === 'da' ? capacities : capacitiesEn, 1),
    intl: (l) => {
      const one = new Intl.PluralRules(LOCALES[l], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).select(1.5) === 'one';
      const noun = l === 'da' ? capacities : capacitiesEn;
      return `${new Intl.NumberFormat(LOCALES[l], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1.5)} ${one ? noun.one : noun.other}`;
    },
  },
  { what: 'list', ours: (l) => formatList(l, ['Psykolog', 'Fodterapi', 'Kommune']), intl: (l) => new Intl.ListFormat(LOCALES[l], { type: 'conjunction' }).format(['Psykolog', 'Fodterapi', 'Kommune']) },
];

export const BothLanguages: Story = {
  name: 'Danish and English, against Intl',
  render: () => html`<style>
      .fmt { font-family: system-ui, sans-serif; font-size: 14px; border-collapse: collapse; }
      .fmt th, .fmt td { text-align: start; padding: 4px 10px; border-bottom: 1px solid rgba(128, 128, 128, 0.4); }
    </style>
    <table class="fmt">
      <thead>
        <tr><th>what</th><th lang="da">dansk</th><th>English</th><th>same as Intl</th></tr>
      </thead>
      <tbody>
        ${ROWS.map(
          (row) => html`<tr>
            <td>${row.what}</td>
            <td lang="da">${row.ours('da')}</td>
            <td lang="en">${row.ours('en')}</td>
            <td>${row.ours('da') === row.intl('da') && row.ours('en') === row.intl('en') ? 'yes' : `no: ${row.intl('da')} / ${row.intl('en')}`}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
};
