// Public entry of @praksis/hours-badge: the class and the pure view model. Importing it defines no
// tag; import './praksis-hours-badge.js' for that.
export { HoursBadge } from './hours-badge.js';
export {
  OVERALL_SYMBOL,
  RULE_SYMBOL,
  headline,
  intervalsText,
  ruleRows,
  todayStatus,
  upcomingExceptions,
  weekTable,
  weekdayName,
  whenText,
  type ExceptionRow,
  type Headline,
  type RuleRow,
  type TodayStatus,
  type WeekTable,
} from './model.js';
export { badgeMessages, type BadgeMessages } from './messages.js';
export { badgeSummary, type BadgeSummaryOptions } from './summary.js';
