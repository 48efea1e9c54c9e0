import { Command } from 'cmdk';
import { useMemo, useState } from 'react';
import type { MethodSummary } from '../../core/catalog/catalog-index';
import { searchMethods } from '../../core/catalog/search';
import { Dialog } from '../../ui/dialog/Dialog';
import { actionMatches, type PaletteAction } from './commands';
import './command-palette.css';

/** Enough to pick from; the sidebar search lists every match. */
const MAX_METHODS = 40;

/**
 * Ctrl/⌘+K: one box for methods and actions, as Hoppscotch's Spotlight and
 * VS Code's palette. Methods are ranked by the catalog search (exact and
 * prefix summary matches first, v3 before v1); actions by their words.
 */
export function CommandPalette({
  open,
  onClose,
  methods,
  actions,
  onOpenMethod,
}: {
  open: boolean;
  onClose: () => void;
  methods: readonly MethodSummary[];
  actions: readonly PaletteAction[];
  onOpenMethod: (id: string, newTab: boolean) => void;
}) {
  const [query, setQuery] = useState('');
  const shownActions = useMemo(() => actions.filter((a) => actionMatches(a, query)), [actions, query]);
  const shownMethods = useMemo(
    () => (query.trim() ? searchMethods(methods, query).slice(0, MAX_METHODS) : methods.slice(0, 12)),
    [methods, query],
  );
  const close = () => {
    setQuery('');
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} title="Command palette" top>
      <Command label="Search methods and actions" shouldFilter={false} loop className="palette">
        <Command.Input
          value={query}
          onValueChange={setQuery}
          placeholder="Type a method, a path or an action…"
          aria-label="Search methods and actions"
          data-autofocus
        />
        <Command.List className="palette-list">
          <Command.Empty>Nothing matches “{query}”.</Command.Empty>
          {shownActions.length > 0 && (
            <Command.Group heading="Actions">
              {shownActions.map((a) => (
                <Command.Item
                  key={a.id}
                  value={`action:${a.id}`}
                  disabled={a.unavailable !== undefined}
                  onSelect={() => {
                    close();
                    a.perform();
                  }}
                >
                  <span className="palette-label">{a.label}</span>
                  {a.unavailable && <span className="palette-meta">{a.unavailable}</span>}
                  {a.shortcut && <kbd>{a.shortcut}</kbd>}
                </Command.Item>
              ))}
            </Command.Group>
          )}
          {shownMethods.length > 0 && (
            <Command.Group heading="Methods">
              {shownMethods.map((m) => (
                <Command.Item
                  key={m.id}
                  value={`method:${m.id}`}
                  onSelect={() => {
                    close();
                    onOpenMethod(m.id, false);
                  }}
                >
                  <span className={`method-tag http-${m.http.toLowerCase()}`}>
                    {m.http === 'DELETE' ? 'DEL' : m.http}
                  </span>
                  <span className="palette-label">{m.summary}</span>
                  <span className="palette-meta mono">
                    {m.where} · {m.api}
                  </span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
        </Command.List>
      </Command>
    </Dialog>
  );
}
