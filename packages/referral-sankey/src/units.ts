import type { ReferralFlows } from '@praksis/schema';

export type FlowUnit = ReferralFlows['unit'];

/**
 * Whether values of a unit add up. The one place that says so: the model, the summary, the table,
 * the CSV and the labels all ask here before they sum, total or divide.
 *
 * Counts add up. A rate per 100 listed patients does not: two regions' rates have different
 * denominators, so their sum (or a share of it) is no rate of anything. A unit added later is
 * non-additive until it is listed here as additive.
 */
const ADDITIVE: Readonly<Record<FlowUnit, boolean>> = {
  count: true,
  'per-100-listed-patients': false,
};

export function isAdditive(unit: FlowUnit): boolean {
  return ADDITIVE[unit] === true;
}

/** Decimals a value of the unit is written with: counts whole, rates to one decimal. */
export function unitDigits(unit: FlowUnit): number {
  return unit === 'count' ? 0 : 1;
}
