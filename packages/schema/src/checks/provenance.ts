import type { ValidationIssue } from '../issue.js';
import * as m from '../messages.js';
import type { Provenance } from '../generated/types.js';
import { isRealDate } from './dates.js';

/** Issue for a date that matches YYYY-MM-DD but does not exist; dates compare as strings after this. */
export function realDate(value: string | undefined, path: string): ValidationIssue[] {
  return value === undefined || isRealDate(value) ? [] : [{ path, message: m.notARealDate() }];
}

/** Provenance rules JSON Schema cannot state: real dates, a period that does not run backwards. */
export function checkProvenance(provenance: Provenance, path: string): ValidationIssue[] {
  const issues = [...realDate(provenance.asOf, `${path}/asOf`)];
  const { period } = provenance;
  if (period) {
    issues.push(...realDate(period.from, `${path}/period/from`), ...realDate(period.to, `${path}/period/to`));
    if (period.to < period.from) issues.push({ path: `${path}/period/to`, message: m.periodEndsBeforeStart(period.from) });
  }
  return issues;
}
