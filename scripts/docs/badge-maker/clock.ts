/**
 * Times as people type them: "8", "08", "8.00", "8:30", "08.30", "0830", "16" → "HH:MM"; also
 * "8,30", since a Danish phone's decimal keypad (the time fields' inputmode) has a comma, not a point.
 * Pure, so the editor and its Node tests read them alike.
 */

/** The time as HH:MM, or undefined when the text is not a time of day. `end` allows "24". */
export function parseClock(text: string, end = false): string | undefined {
  const t = text.trim().replace(/^kl\.?\s*/i, '');
  const m = /^(\d{1,2})(?:[.:,]?(\d{2}))?$/.exec(t);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (minutes > 59) return undefined;
  if (hours > 23 && !(end && hours === 24 && minutes === 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
