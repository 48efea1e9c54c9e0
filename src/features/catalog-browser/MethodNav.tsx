import { memo, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent } from 'react';
import { searchMethods, type ApiFilter } from '../../core/catalog/search';
import type { MethodSummary } from '../../core/catalog/catalog-index';
import { methodPath } from '../../lib/router';
import './method-nav.css';

interface Props {
  methods: readonly MethodSummary[];
  currentId: string | undefined;
  /** Opens a method; `newTab` for Ctrl/⌘+click and middle-click, as in desktop clients. */
  onOpen: (id: string, options: { newTab: boolean }) => void;
}

const FILTERS: readonly { value: ApiFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'v3', label: 'v3' },
  { value: 'v1', label: 'v1' },
];

/** Search box, API filter and the grouped list of methods (v3 first, then v1). */
export const MethodNav = memo(function MethodNav({ methods, currentId, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const [api, setApi] = useState<ApiFilter>('all');
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
  const results = useMemo(() => searchMethods(methods, query, api), [methods, query, api]);
  const ranked = query.trim() !== '';
  const groups = useMemo(() => groupBy(results, ranked), [results, ranked]);
  const open = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    // Shift+click keeps the browser's own "open in a new window".
    if (e.shiftKey || e.altKey) return;
    if (e.button !== 0 && e.button !== 1) return;
    e.preventDefault();
    onOpen(id, { newTab: e.metaKey || e.ctrlKey || e.button === 1 });
  };

  return (
    <div className="method-nav">
      <div className="method-nav-head">
        <label htmlFor="method-search" className="sr-only">
          Search methods
        </label>
        <input
          id="method-search"
          ref={searchRef}
          type="search"
          placeholder="Search methods  ( / )"
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            const first = results[0];
            if (e.key === 'Enter' && first) onOpen(first.id, { newTab: e.metaKey || e.ctrlKey });
            else if (e.key === 'Escape' && query) {
              e.stopPropagation();
              setQuery('');
            } else moveFocus(e);
          }}
        />
        <div className="segmented" role="group" aria-label="API version">
          {FILTERS.map((f) => (
            <button key={f.value} type="button" aria-pressed={api === f.value} onClick={() => setApi(f.value)}>
              {f.label}
            </button>
          ))}
        </div>
      </div>
      <p className="method-nav-count" role="status">
        {ranked || api !== 'all'
          ? `${results.length} matching method${results.length === 1 ? '' : 's'}`
          : `${methods.length} methods`}
      </p>
      <nav aria-label="Methods" ref={navRef} onKeyDown={moveFocus} className="method-nav-list">
        {groups.map(([group, items]) => (
          <section key={group} className="nav-group">
            <h2>{group}</h2>
            <ul>
              {items.map((m) => (
                <li key={m.id}>
                  <a
                    href={methodPath(m.id)}
                    aria-current={m.id === currentId ? 'page' : undefined}
                    title={`${m.http} ${m.where} (${m.api})`}
                    onClick={(e) => open(e, m.id)}
                    onAuxClick={(e) => open(e, m.id)}
                  >
                    <span className={`method-tag http-${m.http.toLowerCase()}`} aria-hidden="true">
                      {m.http === 'DELETE' ? 'DEL' : m.http}
                    </span>
                    <span className="nav-text">
                      <span className="nav-summary">{m.summary}</span>
                      {ranked && (
                        <span className="nav-where" aria-hidden="true">
                          {m.where} · {m.api}
                        </span>
                      )}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {results.length === 0 && (
          <p className="method-nav-empty">
            No method matches “{query}”{api !== 'all' ? ` in ${api}` : ''}. Try fewer words, a path such as{' '}
            <code>/contacts</code> or a v1 action such as <code>contact_add</code>.
          </p>
        )}
      </nav>
    </div>
  );
});

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
