/**
 * Capacity rules JSON Schema cannot state. Run only on schema-valid documents, so the shape is
 * known; each function is pure and returns issues with pointers into the document.
 */
import type { ValidationIssue } from '../issue.js';
import { capacityWords } from '../messages.js';
import type { CapacityBand, CapacityDocument, CapacityTrendPoint } from '../generated/types.js';
import type { CapacityWords } from '../words.js';
import { issueIf, provenanceChecks } from './provenance.js';

/** The capacity rules, their issues worded by `m` (words.ts); the exports after it word them in full. */
export function capacityChecks(m: CapacityWords) {
  const { checkProvenance, realDate } = provenanceChecks(m);

  /** A norm per doctor cannot be computed without the number of doctors. */
  const checkDoctorNorm = (doc: CapacityDocument): ValidationIssue[] =>
    issueIf(doc.norm.basis === 'doctor' && doc.doctors === undefined, '/doctors', m.doctorsNeeded());

  /** Trend dates must be real, strictly ascending (oldest first) and not after `asOf`. */
  function checkTrend(trend: readonly CapacityTrendPoint[], asOf: string): ValidationIssue[] {
    const at = (i: number): string => `/trend/${i}/date`;
    // Only the first offender of each rule: one misplaced point should not flag the rest.
    const unordered = trend.findIndex((point, i) => i > 0 && point.date <= (trend[i - 1]?.date ?? ''));
    const late = trend.findIndex((point) => point.date > asOf);
    return [
      ...trend.flatMap((point, i) => realDate(point.date, at(i))),
      ...issueIf(unordered > 0, at(unordered), m.trendOutOfOrder(trend[unordered - 1]?.date ?? '')),
      ...issueIf(late >= 0, at(late), m.afterAsOf(asOf)),
    ];
  }

  /**
   * Bands in ascending order without overlap. Each band is [from, to); only the first may be open
   * below and only the last open above.
   */
  const checkBands = (items: readonly CapacityBand[]): ValidationIssue[] =>
    items.flatMap(({ from, to }, i) => {
      const at = `/bands/items/${i}`;
      const previousTo = items[i - 1]?.to;
      // Comparisons with a missing bound are false: a missing `to` is no empty band, and a band
      // without `from`, or after one without `to`, does not start after the band before it.
      return from === undefined && to === undefined
        ? issueIf(true, at, m.bandNeedsBound())
        : [
            ...issueIf((to as number) <= (from as number), `${at}/to`, m.bandEmpty(from as number)),
            ...issueIf(
              i > 0 && !((from as number) >= (previousTo as number)),
              `${at}/from`,
              from === undefined ? m.bandOnlyFirstOpenBelow() : m.bandOverlaps(previousTo),
            ),
          ];
    });

  /**
   * All the rules JSON Schema cannot state for this kind. Each `@rule` is listed as written under
   * "Checked beyond the schema" in docs/schema/capacity.md (scripts/lib/rules.mjs reads them), so the
   * page says what this code checks.
   *
   * @rule With `norm.basis` "doctor", `doctors` is required (reported at `/doctors`).
   * @rule Trend dates are strictly ascending, oldest first, and not after `asOf` (reported at
   *   `/trend/N/date`).
   * @rule `intake.since` is not after `asOf` (reported at `/intake/since`).
   * @rule Bands are in ascending order and do not overlap; each band is [from, to). Only the first
   *   band may leave out `from`, only the last may leave out `to`, and every band needs one of them
   *   (reported at `/bands/items/N/from` or the band).
   * @rule Every date is a real calendar date (not 2026-02-30).
   */
  function checkCapacity(doc: CapacityDocument): ValidationIssue[] {
    const { intake, trend, bands } = doc;
    return [
      ...realDate(doc.asOf, '/asOf'),
      ...checkDoctorNorm(doc),
      ...(intake && 'status' in intake
        ? [...realDate(intake.since, '/intake/since'), ...issueIf(intake.since !== undefined && intake.since > doc.asOf, '/intake/since', m.afterAsOf(doc.asOf))]
        : []),
      ...(trend ? checkTrend(trend, doc.asOf) : []),
      ...(bands ? checkBands(bands.items) : []),
      ...checkProvenance(doc.provenance, '/provenance'),
    ];
  }
  return { checkDoctorNorm, checkTrend, checkBands, checkCapacity };
}

export const checkDoctorNorm = (doc: CapacityDocument): ValidationIssue[] => capacityChecks(capacityWords).checkDoctorNorm(doc);
export const checkTrend = (trend: readonly CapacityTrendPoint[], asOf: string): ValidationIssue[] => capacityChecks(capacityWords).checkTrend(trend, asOf);
export const checkBands = (items: readonly CapacityBand[]): ValidationIssue[] => capacityChecks(capacityWords).checkBands(items);
export const checkCapacity = (doc: CapacityDocument): ValidationIssue[] => capacityChecks(capacityWords).checkCapacity(doc);
