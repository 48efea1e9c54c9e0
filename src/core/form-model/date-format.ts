/**
 * ActiveCampaign's date-time format: ISO 8601 to the second with the
 * account's offset, e.g. `2026-01-31T14:30:00-06:00` (never `Z` with millis,
 * which some endpoints store verbatim).
 */
export function formatDateTime(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${shifted.toISOString().slice(0, 19)}${offset}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A short hint for a number's allowed range, e.g. "1 to 100", "at least 0". */
export function rangeHint(minimum: number | undefined, maximum: number | undefined): string | undefined {
  if (minimum !== undefined && maximum !== undefined) return `${minimum} to ${maximum}`;
  if (minimum !== undefined) return `at least ${minimum}`;
  if (maximum !== undefined) return `at most ${maximum}`;
  return undefined;
}
