/** Whether a YYYY-MM-DD string names a day that exists, e.g. not 2026-02-30. */
export function isRealDate(value: string): boolean {
  // Date.parse rolls 2026-02-30 over into March (or gives NaN), so the day no longer matches.
  const time = Date.parse(value);
  return /^\d{4}-\d\d-\d\d$/.test(value) && Number.isFinite(time) && new Date(time).toISOString().startsWith(value);
}
