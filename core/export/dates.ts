/**
 * Dates as the export formats write them. A published date keeps the calendar day the publisher gave
 * ("2024-03-05T23:30:00-05:00" is the 5th, as printed on the page, not the 6th in UTC); a moment the
 * user acted (saved, accessed) is written in UTC, since exports must not depend on the machine's zone.
 */

/** [year, month?, day?] of an ISO 8601 date as written, or null when it is not one. */
export function publishedDateParts(iso: string | null): number[] | null {
  if (!iso) return null;
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const parts = [Number(m[1])];
  const month = m[2] ? Number(m[2]) : 0;
  if (month >= 1 && month <= 12) {
    parts.push(month);
    const day = m[3] ? Number(m[3]) : 0;
    if (day >= 1 && day <= 31) parts.push(day);
  }
  return parts;
}

/** [year, month, day] in UTC of a time in ms since epoch, or null when it is not a valid time. */
export function utcDateParts(ms: number): number[] | null {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return null;
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2024", "2024-03" or "2024-03-05". */
export function isoDate(parts: number[]): string {
  return [String(parts[0]).padStart(4, '0'), ...parts.slice(1).map(pad)].join('-');
}

/** ISO 8601 with milliseconds in UTC, or null when `ms` is not a valid time. */
export function isoTime(ms: number): string | null {
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d.toISOString() : null;
}
