/**
 * Capacity rules JSON Schema cannot state. Run only on schema-valid documents, so the shape is
 * known; each function is pure and returns issues with pointers into the document.
 */
import type { ValidationIssue } from '../issue.js';
import * as m from '../messages.js';
import type { CapacityBand, CapacityDocument, CapacityTrendPoint } from '../generated/types.js';
import { childPointer } from '../pointer.js';
import { checkProvenance, realDate } from './provenance.js';

/** A norm per doctor cannot be computed without the number of doctors. */
export function checkDoctorNorm(doc: CapacityDocument): ValidationIssue[] {
  return doc.norm.basis === 'doctor' && doc.doctors === undefined ? [{ path: '/doctors', message: m.doctorsNeeded() }] : [];
}

/** Trend dates must be real, strictly ascending (oldest first) and not after `asOf`. */
export function checkTrend(trend: readonly CapacityTrendPoint[], asOf: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (i: number) => `/trend/${i}/date`;
  trend.forEach((point, i) => issues.push(...realDate(point.date, at(i))));
  // Only the first offender of each rule: one misplaced point should not flag the rest.
  const unordered = trend.findIndex((point, i) => i > 0 && point.date <= (trend[i - 1]?.date ?? ''));
  if (unordered > 0) issues.push({ path: at(unordered), message: m.trendOutOfOrder(trend[unordered - 1]?.date ?? '') });
  const late = trend.findIndex((point) => point.date > asOf);
  if (late >= 0) issues.push({ path: at(late), message: m.trendAfterAsOf(asOf) });
  return issues;
}

/**
 * Bands in ascending order without overlap. Each band is [from, to); only the first may be open
 * below and only the last open above.
 */
export function checkBands(items: readonly CapacityBand[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  items.forEach((band, i) => {
    const at = childPointer('/bands/items', i);
    if (band.from === undefined && band.to === undefined) {
      issues.push({ path: at, message: m.bandNeedsBound() });
      return;
    }
    if (band.from !== undefined && band.to !== undefined && band.to <= band.from) {
      issues.push({ path: `${at}/to`, message: m.bandEmpty(band.from) });
    }
    const previous = items[i - 1];
    if (previous === undefined) return;
    if (band.from === undefined) issues.push({ path: `${at}/from`, message: m.bandOnlyFirstOpenBelow() });
    else if (previous.to === undefined || band.from < previous.to) issues.push({ path: `${at}/from`, message: m.bandOverlaps(previous.to) });
  });
  return issues;
}

export function checkCapacity(doc: CapacityDocument): ValidationIssue[] {
  const issues = [...realDate(doc.asOf, '/asOf'), ...checkDoctorNorm(doc)];
  if (doc.intake && 'status' in doc.intake) issues.push(...realDate(doc.intake.since, '/intake/since'));
  if (doc.trend) issues.push(...checkTrend(doc.trend, doc.asOf));
  if (doc.bands) issues.push(...checkBands(doc.bands.items));
  issues.push(...checkProvenance(doc.provenance, '/provenance'));
  return issues;
}
