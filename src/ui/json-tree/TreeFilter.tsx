import { useEffect, useRef, useState } from 'react';

interface Props {
  query: string;
  total: number;
  shown: number;
  onFilter: (query: string) => void;
}

/** Narrows the tree to matching paths: `contacts[*].email`, `$.meta.total`, `..id` or plain text. */
export function TreeFilter({ query, total, shown, onFilter }: Props) {
  const [text, setText] = useState(query);
  const applied = useRef(query);
  useEffect(() => {
    if (text === applied.current) return;
    const t = setTimeout(() => {
      applied.current = text;
      onFilter(text);
    }, 250);
    return () => clearTimeout(t);
  }, [text, onFilter]);
  return (
    <span className="tree-filter">
      <input
        type="search"
        aria-label="Filter the tree"
        placeholder="Filter: contacts[*].email"
        title="A path (contacts[*].email, $.meta.total, ..id) or text found in keys and values"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <span className="muted small" aria-live="polite">
        {query === ''
          ? ''
          : total === 0
            ? 'No matching paths'
            : `${total.toLocaleString('en-US')} matching paths${shown < total ? ` (first ${shown.toLocaleString('en-US')} shown)` : ''}`}
      </span>
    </span>
  );
}
