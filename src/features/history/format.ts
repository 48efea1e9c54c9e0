/** When a call was made, short enough for a ~30 px row: `HH:MM:SS` today, `MMM D HH:MM` before (UTC, as stored). */
export function shortTime(iso: string, now: Date = new Date()): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  const hms = t.toISOString().slice(11, 19);
  if (t.toISOString().slice(0, 10) === now.toISOString().slice(0, 10)) return hms;
  const month = t.toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return `${month} ${t.getUTCDate()} ${hms.slice(0, 5)}`;
}

/** shortTime split into its date part (empty today) and its clock part, so a narrow row can drop the date. */
export function timeParts(iso: string, now: Date = new Date()): { date: string; clock: string } {
  const text = shortTime(iso, now);
  const cut = text.lastIndexOf(' ');
  return cut === -1 ? { date: '', clock: text } : { date: text.slice(0, cut), clock: text.slice(cut + 1) };
}

/** A duration as a row shows it: `35 ms`, `1.2 s`. */
export function shortDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
