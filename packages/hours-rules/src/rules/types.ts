/**
 * The rule-set format. A rule set is plain data (JSON-compatible): a new agreement is a new
 * rule-set object, not new engine code. The engine knows only the check kinds below.
 */
import type { Weekday } from '../time/civil.js';
import type { HourCategory, Localized, Service } from '../declaration.js';

/** Where a rule comes from, as the source gives it (the agreement text is not quoted by paragraph in BDO 2023). */
export interface Citation {
  /** The agreement, e.g. "Overenskomst om almen praksis (OK22)". */
  agreement: Localized;
  /** The section or provision as named in the source. */
  section: Localized;
  /** The requirement in the source's own (Danish) words. */
  quote: string;
  /** The document the quote is taken from, with page or lines. */
  source: Localized;
  /** Short form appended to every explanation, e.g. "OK22, telefonkonsultation". */
  label: Localized;
}

/** Days a per-day check looks at. `hverdage`: Monday–Friday except public holidays. */
export type DaySelection = 'hverdage';

export type Check =
  /** Every selected day, the union of the categories covers [from, to). */
  | {
      kind: 'coverage';
      categories: readonly HourCategory[];
      /** Counted when stated; not stating them is not "not stated" (e.g. walk-in is optional). */
      optionalCategories?: readonly HourCategory[];
      from: string;
      to: string;
      days: DaySelection;
    }
  /** On at least `minDays` of `weekdays` of the regular week, an interval runs past `after`. */
  | {
      kind: 'exists-interval-after';
      categories: readonly HourCategory[];
      optionalCategories?: readonly HourCategory[];
      after: string;
      minDays: number;
      weekdays: readonly Weekday[];
    }
  /** Every selected day, the categories add up to at least `minMinutes`. */
  | { kind: 'min-duration-per-weekday'; categories: readonly HourCategory[]; minMinutes: number; days: DaySelection }
  /** Every listed service is offered (true). */
  | { kind: 'boolean-service'; services: readonly Service[] }
  /** A stated number is at most `max`; `unit` gives singular and plural words for {value} and {max}. */
  | { kind: 'max-number'; field: 'usualWaitWeekdays'; max: number; unit: { da: [string, string]; en: [string, string] } }
  /** A value is stated and is not one of `notMetValues`; `valueTexts` words special values for {value}. */
  | {
      kind: 'stated-value';
      field: 'bagomNumber';
      notMetValues: readonly string[];
      valueTexts?: Readonly<Record<string, Localized>>;
    }
  /** Informational: describes stated hours; never met or not met. */
  | { kind: 'hours-summary'; categories: readonly HourCategory[] };

export type CheckKind = Check['kind'];

/**
 * Explanation templates. Placeholders in braces are filled by the check kind:
 * coverage {window} {found} {days} {missing}; exists-interval-after {after} {found} {latest} {days};
 * min-duration-per-weekday {min} {found} {days} {missing}; ({missing}: which hours are not stated on
 * which days, e.g. "akuttelefonens tider for hverdagene"); boolean-service {missing} {offered} {unknown};
 * max-number {value} {max}; stated-value {value}; hours-summary {found}; every kind {effectiveFrom} {effectiveTo}.
 */
export interface RuleTexts {
  met?: Localized;
  notMet?: Localized;
  notStated?: Localized;
  /** Used before effectiveFrom / after effectiveTo, and for informational rules. */
  notApplicable?: Localized;
}

export interface Rule {
  id: string;
  title: Localized;
  citation: Citation;
  /** First day the rule applies (YYYY-MM-DD); the rule set's when left out. */
  effectiveFrom?: string;
  /** Last day the rule applies; open-ended when left out. */
  effectiveTo?: string;
  /** Allowed, not required: reported, never "not met", never affects the overall result. */
  informational?: boolean;
  check: Check;
  text: RuleTexts;
  /**
   * What the practice can change, for a rule not met or not stated: templates with the same
   * placeholders as `text`. Shown as guidance beside the result.
   */
  advice?: RuleAdvice;
}

/** Advice templates for a rule not met (`notMet`) or not stated (`notStated`). */
export type RuleAdvice = Pick<RuleTexts, 'notMet' | 'notStated'>;

export interface RuleSet {
  id: string;
  version: string;
  /** Used in the badge: "meets {title}". */
  title: Localized;
  issuer: Localized;
  effectiveFrom: string;
  effectiveTo?: string;
  rules: readonly Rule[];
}
