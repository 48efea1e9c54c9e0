import { useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../core/response/tree-model';

interface Props {
  result: SearchResult | undefined;
  current: number;
  onSearch: (query: string) => void;
  onStep: (delta: 1 | -1) => void;
}

/** Search box with its match count and previous/next; searching waits for a pause in typing. */
export function TreeSearch({ result, current, onSearch, onStep }: Props) {
  const [query, setQuery] = useState('');
  // Only a changed query searches: an empty search on mount would re-layout a tree the user is already opening.
  const searched = useRef('');
  useEffect(() => {
    if (query === searched.current) return;
    const t = setTimeout(() => {
      searched.current = query;
      onSearch(query);
    }, 200);
    return () => clearTimeout(t);
  }, [query, onSearch]);
  const count = result?.count ?? 0;
  return (
    <span className="tree-search">
      <input
        type="search"
        aria-label="Search the tree"
        placeholder="Search keys and values"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onStep(e.shiftKey ? -1 : 1);
        }}
      />
      <button type="button" aria-label="Previous match" disabled={count === 0} onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" aria-label="Next match" disabled={count === 0} onClick={() => onStep(1)}>
        ↓
      </button>
      <span className="muted small" aria-live="polite">
        {result === undefined || query === ''
          ? ''
          : count === 0
            ? 'No matches'
            : `Match ${current + 1} of ${count.toLocaleString('en-US')}${result.stored < count ? ` (first ${result.stored.toLocaleString('en-US')} can be stepped through)` : ''}`}
      </span>
    </span>
  );
}
