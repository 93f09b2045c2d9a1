import type { Lang } from '../declaration.js';
import type { CompiledDeclaration } from '../schedule/compile.js';
import type { DaySchedule } from '../schedule/day.js';

export type RuleStatus = 'met' | 'not-met' | 'not-stated' | 'not-applicable';

/** What a check looks at, built once per evaluation and shared by all rules. */
export interface CheckContext {
  compiled: CompiledDeclaration;
  /** The regular week, Monday first. */
  regular: readonly DaySchedule[];
  /** Hverdage within the evaluation horizon on which a dated exception applies. */
  exceptionDays: readonly DaySchedule[];
}

/** A placeholder value, computed only if the chosen template uses it. */
export type Phrase = (lang: Lang) => string;

/** A check's verdict and the values its explanation templates may use. */
export interface CheckOutcome {
  status: RuleStatus;
  vars: Record<string, Phrase>;
}
