import type { LocalizedMessage, ValidationIssue } from '../issue.js';
import { provenanceWords } from '../messages.js';
import type { Provenance } from '../generated/types.js';
import type { ProvenanceWords } from '../words.js';
import { isRealDate } from './dates.js';

/** One issue at `path` when `fails`, else none: the checks spread these into their lists. */
export const issueIf = (fails: unknown, path: string, message: LocalizedMessage): ValidationIssue[] => (fails ? [{ path, message }] : []);

/** The provenance rules, their issues worded by `m` (words.ts); the exports after it word them in full. */
export function provenanceChecks(m: ProvenanceWords) {
  /** Issue for a date that matches YYYY-MM-DD but does not exist; dates compare as strings after this. */
  const realDate = (value: string | undefined, path: string): ValidationIssue[] =>
    issueIf(value !== undefined && !isRealDate(value), path, m.notARealDate());

  /**
   * Provenance rules JSON Schema cannot state: real dates, a period that does not run backwards.
   * Listed under "Checked beyond the schema" on every kind's page, as "Provenance: …".
   *
   * @rule `asOf` and the `period` dates are real calendar dates, and `period.to` is not before
   *   `period.from`.
   */
  const checkProvenance = ({ asOf, period }: Provenance, path: string): ValidationIssue[] => {
    const at = `${path}/period/`;
    return [
      ...realDate(asOf, `${path}/asOf`),
      ...(period
        ? [
            ...realDate(period.from, `${at}from`),
            ...realDate(period.to, `${at}to`),
            ...issueIf(period.to < period.from, `${at}to`, m.notBefore('from', period.from)),
          ]
        : []),
    ];
  };
  return { realDate, checkProvenance };
}

export const realDate = (value: string | undefined, path: string): ValidationIssue[] => provenanceChecks(provenanceWords).realDate(value, path);
export const checkProvenance = (provenance: Provenance, path: string): ValidationIssue[] => provenanceChecks(provenanceWords).checkProvenance(provenance, path);
