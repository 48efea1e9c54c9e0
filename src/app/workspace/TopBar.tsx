import type { ReactNode } from 'react';
import type { Theme } from '../../lib/theme';

/** One line, 48 px: product, menu (narrow screens), connection, history, theme, shortcuts, palette. */
export function TopBar({
  connection,
  drawer,
  drawerOpen,
  onToggleDrawer,
  onHome,
  historyOpen,
  onHistory,
  theme,
  onToggleTheme,
  onShortcuts,
  onPalette,
  budget,
}: {
  connection: ReactNode;
  drawer: boolean;
  drawerOpen: boolean;
  onToggleDrawer: () => void;
  onHome: () => void;
  historyOpen: boolean;
  onHistory: () => void;
  theme: Theme;
  onToggleTheme: () => void;
  onShortcuts: () => void;
  onPalette: () => void;
  budget?: ReactNode;
}) {
  return (
    <header className="topbar">
      {drawer && (
        <button
          type="button"
          className="icon-button"
          aria-label="Methods menu"
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          onClick={onToggleDrawer}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path fill="currentColor" d="M2 3.5h12v1.5H2zm0 3.75h12v1.5H2zM2 11h12v1.5H2z" />
          </svg>
        </button>
      )}
      <h1 className="brand">
        <a
          href="/"
          onClick={(e) => {
            e.preventDefault();
            onHome();
          }}
        >
          <span className="brand-mark" aria-hidden="true">
            ›
          </span>
          <span className="brand-name">ActiveCampaign API Explorer</span>
        </a>
      </h1>
      <button
        type="button"
        className="palette-trigger"
        onClick={onPalette}
        aria-label="Command palette"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            fill="currentColor"
            d="M7 2a5 5 0 0 1 3.98 8.03l3 3-1.06 1.06-3-3A5 5 0 1 1 7 2Zm0 1.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Z"
          />
        </svg>
        <span className="palette-text">Search or run a command…</span>
        <kbd>Ctrl K</kbd>
      </button>
      <div className="topbar-right">
        {budget}
        {connection}
        <a
          href="/history"
          className="topbar-link"
          aria-current={historyOpen ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            onHistory();
          }}
        >
          History
        </a>
        <button
          type="button"
          className="icon-button"
          aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          title={theme === 'dark' ? 'Light theme' : 'Dark theme'}
          onClick={onToggleTheme}
        >
          {theme === 'dark' ? (
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="3.2" fill="currentColor" />
              <path
                stroke="currentColor"
                strokeWidth="1.4"
                strokeLinecap="round"
                d="M8 1.2v1.6M8 13.2v1.6M1.2 8h1.6M13.2 8h1.6M3.2 3.2l1.1 1.1M11.7 11.7l1.1 1.1M3.2 12.8l1.1-1.1M11.7 4.3l1.1-1.1"
              />
            </svg>
          ) : (
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path fill="currentColor" d="M6.2 1.5a6.5 6.5 0 1 0 8.3 8.3A5.3 5.3 0 0 1 6.2 1.5Z" />
            </svg>
          )}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={onShortcuts}
        >
          ?
        </button>
      </div>
    </header>
  );
}
