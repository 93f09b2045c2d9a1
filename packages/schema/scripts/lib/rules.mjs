// Rules JSON Schema cannot express, checked in src/checks/<kind>.ts after the schema passes.
// Listed here so each reference page can say what else is checked; keep in step with src/checks.
export const SEMANTIC_RULES = {
  capacity: [
    'With `norm.basis` "doctor", `doctors` is required (reported at `/doctors`).',
    'Trend dates are strictly ascending, oldest first, and not after `asOf` (reported at `/trend/N/date`).',
    '`intake.since` is not after `asOf` (reported at `/intake/since`).',
    'Bands are in ascending order and do not overlap; each band is [from, to). Only the first band may leave out `from`, only the last may leave out `to`, and every band needs one of them (reported at `/bands/items/N/from` or the band).',
    'Every date is a real calendar date (not 2026-02-30).',
  ],
  'accessibility-declaration': [
    'Every interval ends after it starts, in the weekly hours and in exceptions (reported at `…/N/to`).',
    'An exception\'s `to` is not before its `date`.',
    'Every date is a real calendar date (not 2026-02-30).',
  ],
  'delegation-matrix': [
    'Row, column and level ids are unique (reported at the repeated `…/N/id`).',
    'With `scale.type` "levels", `scale.levels` is required and spans (`columns`) are not allowed; `distribution` and `n` go only with "share" or "count".',
    'With `columnKind` "delegation-scale", every column has a `position`, strictly ascending from doctor to staff; with "staff", columns have no `position` and rows no `index`.',
    'Every cell names a declared row and column(s); a span runs over adjacent columns in order; no row has two values for one column (reported at the cell).',
    'A value fits the scale: a declared level id, a share 0–1, or a whole count not above `n`; `missing` only with a `null` value (reported at `/cells/N/value`).',
    'Every row has a cell, or a `null`, for every column (reported at `/rows/N`).',
    'With `distribution`, a row adds up to 1 (shares, within `tolerance`) or to `n` (counts); a row with `null` cells may add up to less (reported at `/rows/N`).',
  ],
  'referral-flows': [
    'Node ids are unique (reported at the repeated `/nodes/N/id`).',
    'Every link names nodes that exist (reported at `/links/N/source` or `…/target`), does not go from a node to itself, and no two links join the same pair in the same direction (reported at the repeated link).',
    'With `unit` "count", every value is a whole number of referrals (reported at `/links/N/value`).',
    'The flows form no cycle (reported at the link that closes it), every node is part of a flow, and not every flow is 0.',
    'With `stages`, every node has a `stage` below the number of stages, and every link goes from an earlier stage to a later one.',
    '`period` dates are real calendar dates, and `period.to` is not before `period.from`.',
  ],
  provenance: [
    '`asOf` and the `period` dates are real calendar dates, and `period.to` is not before `period.from`.',
  ],
};
