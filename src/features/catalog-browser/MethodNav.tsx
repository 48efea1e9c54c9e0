import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { searchMethods } from '../../core/catalog/search';
import type { MethodSummary } from '../../core/catalog/catalog-index';
import { methodPath, navigate } from '../../lib/router';

interface Props {
  methods: readonly MethodSummary[];
  currentId: string | undefined;
}

/** Search box plus the grouped list of methods (v3 first, then v1). */
export function MethodNav({ methods, currentId }: Props) {
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const navRef = useRef<HTMLElement>(null);

  /** Arrow keys move through the listed methods (from the search box into the list, and back up to it). */
  const moveFocus = (e: ReactKeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...(navRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    e.preventDefault();
    if (next < 0) searchRef.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };
  const results = useMemo(() => searchMethods(methods, query), [methods, query]);
  const groups = useMemo(() => groupBy(results, query !== ''), [results, query]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <aside className="sidebar">
      <label htmlFor="method-search" className="sr-only">
        Search methods
      </label>
      <input
        id="method-search"
        ref={searchRef}
        type="search"
        placeholder="Search methods (Ctrl/⌘ K)"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = results[0];
          if (e.key === 'Enter' && first) navigate(methodPath(first.id));
          else moveFocus(e);
        }}
      />
      <p className="muted small" role="status">
        {query ? `${results.length} matching method${results.length === 1 ? '' : 's'}` : `${methods.length} methods`}
      </p>
      <nav aria-label="Methods" ref={navRef} onKeyDown={moveFocus}>
        {groups.map(([group, items]) => (
          <section key={group} className="nav-group">
            <h2>{group}</h2>
            <ul>
              {items.map((m) => (
                <li key={m.id}>
                  <a
                    href={methodPath(m.id)}
                    aria-current={m.id === currentId ? 'page' : undefined}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      navigate(methodPath(m.id));
                    }}
                  >
                    <span className={`badge http-${m.http.toLowerCase()}`} aria-hidden="true">
                      {m.http}
                    </span>
                    {m.summary}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
    </aside>
  );
}

/** Groups by "API · group", keeping v3 before v1; search results keep their ranking in one list. */
function groupBy(methods: readonly MethodSummary[], ranked: boolean): [string, MethodSummary[]][] {
  if (ranked) return methods.length ? [['Results', [...methods]]] : [];
  const map = new Map<string, MethodSummary[]>();
  for (const m of [...methods].sort((a, b) => (a.api === b.api ? 0 : a.api === 'v3' ? -1 : 1))) {
    const key = `${m.api} · ${m.group}`;
    map.set(key, [...(map.get(key) ?? []), m]);
  }
  return [...map];
}
