/** v3 paging: `limit` defaults to 20 and is capped at 100, `offset` is zero-based. */
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** Reads `limit`/`offset` from a query, clamping bad values the forgiving way. */
export function readPage(query: URLSearchParams): { limit: number; offset: number } {
  const limit = Number.parseInt(query.get('limit') ?? '', 10);
  const offset = Number.parseInt(query.get('offset') ?? '', 10);
  return {
    limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT,
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}
