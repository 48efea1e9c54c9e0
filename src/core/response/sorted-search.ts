/**
 * The last index i in [0, count) with sorted[i] <= value (0 when there is
 * none): which line, segment or row a position falls in, given where each starts.
 */
export function lastAtMost(sorted: ArrayLike<number>, value: number, count = sorted.length): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
