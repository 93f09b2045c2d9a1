/**
 * Judges an accessibility declaration against a rule set at an instant.
 *
 * Overall result, first match wins:
 *  1. future-dated   lastVerified is after the Copenhagen date of `at`: information confirmed
 *                    later cannot speak for an earlier moment (a wrong date, a wrong clock, or a
 *                    look back in time), so no verdict is given.
 *  2. stale          lastVerified is more than maxAgeMonths before the Copenhagen date of `at`.
 *                    Old information supports neither "meets" nor "does not meet".
 *  3. does-not-meet  some required rule is not met.
 *  4. incomplete     some required rule is not stated.
 *  5. meets          every required rule in force is met.
 * For future-dated and stale the rule results are still returned so a reader can see what it said.
 * Rules not in force at `at` (not-applicable) and informational rules never change the result.
 */
import type { AccessibilityDeclaration, Lang, Localized } from './declaration.js';
import { addMonths, formatDate, toDay, type DayNumber } from './time/civil.js';
import { toCopenhagen, toInstant, type InstantLike } from './time/copenhagen.js';
import { compile } from './schedule/compile.js';
import { datedDay, regularDay } from './schedule/day.js';
import { runCheck, type CheckContext, type RuleStatus } from './checks/index.js';
import { countText, dateText, fill, localized } from './i18n/phrases.js';
import { HORIZON_DAYS_LIMIT, MAX_AGE_MONTHS_LIMIT, boundedOption } from './options.js';
import { inForce } from './rules/effective.js';
import type { Citation, Rule, RuleSet } from './rules/types.js';

export type { RuleStatus };
export type Overall = 'meets' | 'does-not-meet' | 'incomplete' | 'stale' | 'future-dated';

export interface RuleResult {
  id: string;
  title: Localized;
  status: RuleStatus;
  /** Allowed-not-required rules: reported, never counted. */
  informational: boolean;
  /** What was found, with the rule's short citation. */
  explanation: Localized;
  /** For a rule not met or not stated: what the practice can change (from the rule's `advice`). */
  advice?: Localized;
  citation: Citation;
}

export interface Evaluation {
  ruleSet: { id: string; version: string; title: Localized };
  /** The instant judged, ISO 8601 UTC. */
  at: string;
  /** Its Copenhagen date. */
  date: string;
  overall: Overall;
  lastVerified: string;
  /** lastVerified is after the Copenhagen date of `at`. */
  futureDated: boolean;
  stale: boolean;
  /** The first day on which the declaration counts as stale. */
  staleFrom: string;
  /** Counts of required (non-informational) rules by status. */
  counts: Record<RuleStatus, number>;
  /** One sentence for a badge, e.g. "Opfylder OK22’s krav … pr. 2. februar 2026." */
  summary: Localized;
  rules: RuleResult[];
}

export interface EvaluateOptions {
  ruleSet: RuleSet;
  at: InstantLike;
  /** Older confirmations make the result stale. A whole number from 0 to 1200; default 12. */
  maxAgeMonths?: number;
  /**
   * Dated exceptions on hverdage within this many days from `at` (counting its day) are judged
   * too. A whole number from 0 (the regular week only) to 366; default 7.
   */
  horizonDays?: number;
}

const DEFAULT_MAX_AGE_MONTHS = 12;
const DEFAULT_HORIZON_DAYS = 7;

function context(declaration: AccessibilityDeclaration, today: DayNumber, horizonDays: number): CheckContext {
  const compiled = compile(declaration);
  const exceptionDays = [];
  if (compiled.exceptions.length > 0 || compiled.recurring.length > 0) {
    for (let day = today; day < today + horizonDays; day++) {
      const schedule = datedDay(compiled, day);
      const hverdag = schedule.weekday < 5 && !schedule.holiday;
      if (schedule.exceptions.length > 0 && hverdag) exceptionDays.push(schedule);
    }
  }
  return { compiled, regular: [0, 1, 2, 3, 4, 5, 6].map((w) => regularDay(compiled, w)), exceptionDays };
}

const TEXT_KEY: Record<RuleStatus, keyof Rule['text']> = {
  met: 'met',
  'not-met': 'notMet',
  'not-stated': 'notStated',
  'not-applicable': 'notApplicable',
};

function judgeRule(rule: Rule, ctx: CheckContext, today: DayNumber): RuleResult {
  const applies = inForce(rule.effectiveFrom, rule.effectiveTo, today);
  const outcome = applies ? runCheck(rule.check, ctx) : { status: 'not-applicable' as const, vars: {} };
  const template = rule.text[TEXT_KEY[outcome.status]];
  if (!template) throw new Error(`Rule ${rule.id} has no text for status ${outcome.status}`);
  const dateVar = (date: string | undefined, lang: Lang) => (date ? dateText(toDay(date), lang) : '');
  const value = (lang: Lang) => (name: string) =>
    name === 'effectiveFrom'
      ? dateVar(rule.effectiveFrom, lang)
      : name === 'effectiveTo'
        ? dateVar(rule.effectiveTo, lang)
        : outcome.vars[name]?.(lang);
  const explanation = localized((lang) => `${fill(template[lang], value(lang))} (${rule.citation.label[lang]})`);
  const adviceKey = outcome.status === 'not-met' ? 'notMet' : outcome.status === 'not-stated' ? 'notStated' : undefined;
  const adviceTemplate = adviceKey ? rule.advice?.[adviceKey] : undefined;
  const advice = adviceTemplate ? localized((lang) => fill(adviceTemplate[lang], value(lang))) : undefined;
  return {
    id: rule.id,
    title: rule.title,
    status: outcome.status,
    informational: rule.informational === true,
    explanation,
    ...(advice ? { advice } : {}),
    citation: rule.citation,
  };
}

const REQUIREMENTS = { da: ['krav', 'krav'], en: ['requirement', 'requirements'] } as const;
const MONTHS = { da: ['måned', 'måneder'], en: ['month', 'months'] } as const;

function summarize(
  overall: Overall,
  ruleSet: RuleSet,
  counts: Record<RuleStatus, number>,
  verified: DayNumber,
  today: DayNumber,
  maxAge: number,
): Localized {
  return localized((lang) => {
    const title = ruleSet.title[lang];
    const date = dateText(verified, lang);
    const da = lang === 'da';
    const requirements = (n: number) => countText(n, REQUIREMENTS[lang]);
    switch (overall) {
      case 'future-dated':
        return da
          ? `Oplysningerne er bekræftet ${date}, efter den ${dateText(today, lang)}, som vurderingen gælder; der gives ingen vurdering efter ${title}.`
          : `The information was confirmed on ${date}, after ${dateText(today, lang)}, the date judged; no assessment against ${title} is given.`;
      case 'stale':
        return da
          ? `Oplysningerne er senest bekræftet ${date}, mere end ${countText(maxAge, MONTHS.da)} siden; der gives ingen vurdering efter ${title}.`
          : `The information was last confirmed on ${date}, more than ${countText(maxAge, MONTHS.en)} ago; no assessment against ${title} is given.`;
      case 'does-not-meet':
        return da
          ? `Opfylder ikke ${title}: ${requirements(counts['not-met'])} er ikke opfyldt ifølge praksisens egne oplysninger pr. ${date}.`
          : `Does not meet ${title}: ${requirements(counts['not-met'])} not met according to the practice's own information as of ${date}.`;
      case 'incomplete':
        return da
          ? `Kan ikke vurderes fuldt efter ${title}: ${requirements(counts['not-stated'])} er ikke oplyst (praksisens oplysninger pr. ${date}).`
          : `Cannot be fully assessed against ${title}: ${requirements(counts['not-stated'])} not stated (the practice's information as of ${date}).`;
      case 'meets':
        return da
          ? `Opfylder ${title} ifølge praksisens egne oplysninger pr. ${date}.`
          : `Meets ${title} according to the practice's own information as of ${date}.`;
    }
  });
}

/** Judges a schema-valid declaration. Throws a RangeError when the rule set is not in force at `at`. */
export function evaluate(declaration: AccessibilityDeclaration, options: EvaluateOptions): Evaluation {
  const { ruleSet } = options;
  const maxAgeMonths = boundedOption('maxAgeMonths', options.maxAgeMonths ?? DEFAULT_MAX_AGE_MONTHS, 0, MAX_AGE_MONTHS_LIMIT);
  const horizonDays = boundedOption('horizonDays', options.horizonDays ?? DEFAULT_HORIZON_DAYS, 0, HORIZON_DAYS_LIMIT);
  const instant = toInstant(options.at);
  const today = toCopenhagen(instant).day;
  if (!inForce(ruleSet.effectiveFrom, ruleSet.effectiveTo, today)) {
    throw new RangeError(`Rule set ${ruleSet.id} is not in force on ${formatDate(today)}`);
  }
  const ctx = context(declaration, today, horizonDays);
  const rules = ruleSet.rules.map((rule) => judgeRule(rule, ctx, today));
  const counts: Record<RuleStatus, number> = { met: 0, 'not-met': 0, 'not-stated': 0, 'not-applicable': 0 };
  for (const result of rules) if (!result.informational) counts[result.status]++;
  const verified = ctx.compiled.lastVerified;
  const staleFrom = addMonths(verified, maxAgeMonths) + 1;
  const futureDated = verified > today;
  const stale = today >= staleFrom;
  const overall: Overall = futureDated
    ? 'future-dated'
    : stale
      ? 'stale'
      : counts['not-met'] > 0
        ? 'does-not-meet'
        : counts['not-stated'] > 0
          ? 'incomplete'
          : 'meets';
  return {
    ruleSet: { id: ruleSet.id, version: ruleSet.version, title: ruleSet.title },
    at: new Date(instant).toISOString(),
    date: formatDate(today),
    overall,
    lastVerified: declaration.lastVerified,
    futureDated,
    stale,
    staleFrom: formatDate(staleFrom),
    counts,
    summary: summarize(overall, ruleSet, counts, verified, today, maxAgeMonths),
    rules,
  };
}
