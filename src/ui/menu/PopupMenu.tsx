import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { menuKeyAction } from './menu-keys';
import './menu.css';

interface MenuItem {
  id: string;
  label: string;
  /** A second, muted line part: where the item leads. */
  detail?: string;
  /** Shown before the label (a badge); hidden from assistive technology. */
  decoration?: ReactNode;
}

export interface MenuGroup {
  label: string;
  items: readonly MenuItem[];
}

/** Where the menu opens: below (or, when there is no room, above) this box. */
export interface MenuAnchor {
  left: number;
  top: number;
  bottom: number;
}

/** Why a menu closed without a choice: the caller decides where focus goes. */
export type MenuDismiss = 'escape' | 'tab' | 'outside';

const MARGIN = 8;
/** Tall enough for a dozen items; longer menus scroll (typing a letter jumps). */
const MAX_HEIGHT = 440;
/** Room below the anchor that is enough to open downwards. */
const MIN_ROOM = 240;

/**
 * An ARIA menu that opens at a point rather than under a trigger button (a row of a
 * windowed tree has no element to own it). It lives in the top layer as a native `popover`,
 * so no pane's overflow clips it and a click elsewhere closes it; ↑/↓, Home/End and typing
 * move between items, Enter or Space choose, Esc and Tab close.
 */
export function PopupMenu({
  label,
  groups,
  anchor,
  onSelect,
  onClose,
}: {
  label: string;
  groups: readonly MenuGroup[];
  anchor: MenuAnchor;
  onSelect: (id: string) => void;
  onClose: (reason: MenuDismiss) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const idBase = useId();
  const items = groups.flatMap((g) => g.items);
  const [place, setPlace] = useState<{ left: number; top: number; maxHeight: number }>();
  const typed = useRef({ text: '', at: 0 });
  // Closing on our own (a choice, Esc, Tab) must not also report an outside dismissal.
  const closing = useRef(false);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!el.matches(':popover-open')) el.showPopover();
    const below = window.innerHeight - anchor.bottom - MARGIN;
    const above = anchor.top - MARGIN;
    const height = Math.min(el.scrollHeight, MAX_HEIGHT);
    // Below the row unless it fits better above; a long menu scrolls rather than covering the screen.
    const down = height <= below || below >= Math.min(above, MIN_ROOM);
    const maxHeight = Math.max(MIN_ROOM / 2, Math.min(MAX_HEIGHT, down ? below : above));
    const width = el.offsetWidth;
    setPlace({
      left: Math.max(MARGIN, Math.min(anchor.left, window.innerWidth - width - MARGIN)),
      top: down ? anchor.bottom : Math.max(MARGIN, anchor.top - Math.min(height, maxHeight)),
      maxHeight,
    });
    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'closed' && !closing.current) onCloseRef.current('outside');
    };
    el.addEventListener('toggle', onToggle);
    return () => el.removeEventListener('toggle', onToggle);
  }, [anchor]);

  // Focus the first item once the menu is placed (a hidden element cannot take focus).
  useEffect(() => {
    if (place) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [place]);

  const close = (reason: MenuDismiss | 'chosen', id?: string) => {
    closing.current = true;
    if (ref.current?.matches(':popover-open')) ref.current.hidePopover();
    if (reason === 'chosen' && id !== undefined) onSelect(id);
    else if (reason !== 'chosen') onClose(reason);
  };

  const focusItem = (index: number) => {
    ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[index]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = items.findIndex((i) => `${idBase}-${i.id}` === (e.target as HTMLElement).id);
    if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const now = Date.now();
      typed.current = { text: now - typed.current.at < 700 ? typed.current.text + e.key : e.key, at: now };
    }
    const action = menuKeyAction(
      e.key,
      current,
      items.map((i) => i.label),
      typed.current.text,
    );
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'focus') focusItem(action.index);
    else if (action.kind === 'choose') {
      const item = items[current];
      if (item) close('chosen', item.id);
    } else close(action.kind);
  };

  return (
    <div
      ref={ref}
      popover="auto"
      role="menu"
      aria-label={label}
      className="popup-menu"
      style={place ? { left: place.left, top: place.top, maxHeight: place.maxHeight } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      {groups.map((group, g) => (
        <div key={group.label} role="group" aria-labelledby={`${idBase}-g${g}`} className="popup-menu-group">
          <div id={`${idBase}-g${g}`} role="presentation" className="popup-menu-group-label">
            {group.label}
          </div>
          {group.items.map((item) => (
            <button
              key={item.id}
              id={`${idBase}-${item.id}`}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="popup-menu-item"
              aria-labelledby={`${idBase}-${item.id}-label`}
              aria-describedby={item.detail ? `${idBase}-${item.id}-detail` : undefined}
              onClick={() => close('chosen', item.id)}
            >
              {item.decoration && <span aria-hidden="true">{item.decoration}</span>}
              <span id={`${idBase}-${item.id}-label`} className="popup-menu-label">
                {item.label}
              </span>
              {item.detail && (
                <span id={`${idBase}-${item.id}-detail`} className="popup-menu-detail">
                  {item.detail}
                </span>
              )}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
