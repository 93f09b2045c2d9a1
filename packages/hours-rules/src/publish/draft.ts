/** What an import gives: the parts of a declaration it could read, and what it could not carry over. */
import type { Localized } from '../declaration.js';
import type { AccessibilityDeclaration, HoursException, RecurringClosure, RegularHours } from '@praksis/schema';

export interface NotCarried {
  /** The piece of the input, as written. */
  text: string;
  why: Localized;
}

export interface DraftDeclaration {
  practice?: Partial<AccessibilityDeclaration['practice']>;
  hours: RegularHours;
  recurringClosures?: RecurringClosure[];
  exceptions?: HoursException[];
}

export interface ImportResult {
  draft: DraftDeclaration;
  notCarried: NotCarried[];
}

/** The reason an import gives a dated exception: OSM and schema.org carry none. */
export const IMPORTED_REASON: Localized = { da: 'Særlige åbningstider', en: 'Special opening hours' };
