// Public API of @praksis/hours-rules. Pure: no DOM, no Node APIs (the CLI lives in cli.ts).
export { evaluate, type EvaluateOptions, type Evaluation, type Overall, type RuleResult, type RuleStatus } from './evaluate.js';
export {
  nextOpening,
  openNow,
  type ExceptionInfo,
  type LocalMoment,
  type NextOpening,
  type NextOpeningOptions,
  type OpenState,
} from './now.js';
export { RULE_SETS, dkOk22, inForce, ruleSetFor } from './rules/index.js';
export { withAdvice } from './rules/advice.js';
export { DK_OK22_ADVICE } from './rules/dk-ok22-advice.js';
export type { Check, CheckKind, Citation, DaySelection, Rule, RuleAdvice, RuleSet, RuleTexts } from './rules/types.js';
export {
  HOUR_CATEGORIES,
  OPTIONAL_CATEGORIES,
  SERVICES,
  textIn,
  type AccessibilityDeclaration,
  type HourCategory,
  type HoursException,
  type Lang,
  type Localized,
  type RecurringClosure,
  type Service,
  type SubstituteHours,
  type SubstitutePractice,
} from './declaration.js';
export { occursOn, nextOccurrence } from './schedule/recurrence.js';
export { TIME_ZONE, fromCopenhagen, parseInstant, toCopenhagen, toInstant, type InstantLike, type LocalTime } from './time/copenhagen.js';
export { danishHolidays, easterSunday, holidayOn, isWeekday, type Holiday, type HolidayId } from './time/holidays.js';
export { WEEKDAYS, type Weekday } from './time/civil.js';
export { declarationWarnings } from './warnings.js';
export { HORIZON_DAYS_LIMIT, MAX_AGE_MONTHS_LIMIT } from './options.js';
export { BADGE_FILE, DETAILS_PAGE, badgeSvg, type BadgeSvgOptions } from './publish/badge-svg.js';
export { MAX_HREF_LENGTH, safeHref } from './publish/xml.js';
export { toJsonLd, jsonLdScript, type JsonLdOptions } from './publish/jsonld.js';
export { toOsm } from './publish/osm.js';
export { outsideConsultation } from './publish/outside-consultation.js';
export { fromOsm } from './publish/osm-import.js';
export { fromJsonLd } from './publish/jsonld-import.js';
export type { DraftDeclaration, ImportResult, NotCarried } from './publish/draft.js';
