/**
 * `20666725` -> `20,666,725`. Same output as `toLocaleString('en-US')` for
 * integers, without building an ICU number formatter (tens of milliseconds on
 * first use, paid in the frame that shows a response).
 */
export function groupDigits(n: number): string {
  const [int = '', frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** "20.0 MB (20,971,520 bytes)": the rounded size people read, then the exact count. */
export function formatBytes(n: number, exact = false): string {
  const short =
    n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
  return exact && n >= 1024 ? `${short} (${groupDigits(n)} bytes)` : short;
}
