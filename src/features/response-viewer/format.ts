/** "20.0 MB (20,971,520 bytes)": the rounded size people read, then the exact count. */
export function formatBytes(n: number, exact = false): string {
  const short =
    n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
  return exact && n >= 1024 ? `${short} (${n.toLocaleString('en-US')} bytes)` : short;
}
