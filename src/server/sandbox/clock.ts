/**
 * Timestamps in the sandbox look like ActiveCampaign's: ISO 8601 with the
 * account's offset (US Central, -06:00 here, fixed so output is stable).
 */
const OFFSET_MINUTES = -6 * 60;

/** `2026-01-15T09:30:00-06:00` for an instant. */
export function isoWithOffset(date: Date | number): string {
  const local = new Date(new Date(date).getTime() + OFFSET_MINUTES * 60_000);
  const sign = OFFSET_MINUTES < 0 ? '-' : '+';
  const abs = Math.abs(OFFSET_MINUTES);
  const off = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local.toISOString().slice(0, 19)}${off}`;
}

/** `2026-01-15 15:30:00`, the UTC column format that leaks through v3 and v1. */
export function utcColumn(date: Date | number): string {
  return new Date(date).toISOString().slice(0, 19).replace('T', ' ');
}
