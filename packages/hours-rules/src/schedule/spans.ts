/** Interval arithmetic on minutes of one day. A span is [from, to), from < to. */

export type Span = readonly [from: number, to: number];
/** Sorted, non-overlapping, non-adjacent spans. */
export type Spans = readonly Span[];

export const NO_SPANS: Spans = Object.freeze([]);

/** Sorts and merges overlapping or touching spans (07:30–08:00 + 08:00–15:30 = 07:30–15:30). */
export function normalize(spans: readonly Span[]): Spans {
  if (spans.length < 2) return spans.length === 0 ? NO_SPANS : [spans[0] as Span];
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export function union(a: Spans, b: Spans): Spans {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return normalize([...a, ...b]);
}

/** The parts of [from, to) that no span covers. */
export function gaps(spans: Spans, from: number, to: number): Spans {
  const out: Span[] = [];
  let cursor = from;
  for (const [start, end] of spans) {
    if (end <= cursor) continue;
    if (start >= to) break;
    if (start > cursor) out.push([cursor, start]);
    cursor = Math.max(cursor, end);
    if (cursor >= to) break;
  }
  if (cursor < to) out.push([cursor, to]);
  return out;
}

export function totalMinutes(spans: Spans): number {
  let total = 0;
  for (const [from, to] of spans) total += to - from;
  return total;
}

/** The spans cut off at `end` (a closure from that time); the same object when nothing reaches it. */
export function clipBefore(spans: Spans, end: number): Spans {
  if (spans.every(([, to]) => to <= end)) return spans;
  const out: Span[] = [];
  for (const [from, to] of spans) if (from < end) out.push([from, Math.min(to, end)]);
  return out.length ? out : NO_SPANS;
}
