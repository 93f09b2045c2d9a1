// Rules JSON Schema cannot express, checked in src/checks/<kind>.ts after the schema passes.
// Listed here so each reference page can say what else is checked; keep in step with src/checks.
export const SEMANTIC_RULES = {
  capacity: [
    'With `norm.basis` "doctor", `doctors` is required (reported at `/doctors`).',
    'Trend dates are strictly ascending, oldest first, and not after `asOf` (reported at `/trend/N/date`).',
    'Bands are in ascending order and do not overlap; each band is [from, to). Only the first band may leave out `from`, only the last may leave out `to`, and every band needs one of them (reported at `/bands/items/N/from` or the band).',
    'Every date is a real calendar date (not 2026-02-30).',
  ],
  'accessibility-declaration': [
    'Every interval ends after it starts, in the weekly hours and in exceptions (reported at `…/N/to`).',
    'An exception\'s `to` is not before its `date`.',
    'Every date is a real calendar date (not 2026-02-30).',
  ],
  provenance: [
    '`asOf` and the `period` dates are real calendar dates, and `period.to` is not before `period.from`.',
  ],
};
