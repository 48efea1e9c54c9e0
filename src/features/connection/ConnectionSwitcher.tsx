import { SANDBOX_ID } from './connection-store';
import type { ConnectionState } from './use-connection';
import './connection.css';

/**
 * The top bar's connection menu: which account calls go to, at a glance. The
 * sandbox is labelled offline and coloured apart from real accounts, so
 * nobody mistakes one for the other. Choosing an account that still lacks a
 * URL or key opens its settings.
 */
export function ConnectionSwitcher({ state, onEdit }: { state: ConnectionState; onEdit: () => void }) {
  const { active, saved, resolved } = state;
  const kind = active === SANDBOX_ID ? 'sandbox' : resolved.ok ? 'account' : 'incomplete';
  // A lock instead of the dot: on a phone the name (and its "(read-only)") is cut short.
  const readOnly = resolved.ok && resolved.connection.safety.readOnly;
  return (
    <div className="connection-switcher" data-kind={kind}>
      {readOnly ? (
        <svg className="connection-lock" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <path
            fill="currentColor"
            d="M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z"
          />
        </svg>
      ) : (
        <span className="connection-dot" aria-hidden="true" />
      )}
      <select
        aria-label="Connection"
        value={active}
        title={resolved.ok ? resolved.connection.apiUrl : resolved.message}
        onChange={(e) => {
          const id = e.target.value;
          state.select(id);
          const chosen = saved.find((c) => c.id === id);
          if (chosen && (!chosen.apiUrl.trim() || !chosen.apiKey.trim())) onEdit();
        }}
      >
        <option value={SANDBOX_ID}>Sandbox (built-in, offline)</option>
        {saved.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name || 'Unnamed connection'}
            {c.readOnly ? ' (read-only)' : ''}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="icon-button"
        aria-label="Connection settings"
        title="Connection settings"
        onClick={onEdit}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            fill="currentColor"
            d="M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Zm6.3 3.6-1.3-.3a5 5 0 0 1-.5 1.2l.7 1.1-1.3 1.3-1.1-.7a5 5 0 0 1-1.2.5l-.3 1.3H7.7l-.3-1.3a5 5 0 0 1-1.2-.5l-1.1.7-1.3-1.3.7-1.1a5 5 0 0 1-.5-1.2l-1.3-.3V7.3l1.3-.3a5 5 0 0 1 .5-1.2l-.7-1.1 1.3-1.3 1.1.7a5 5 0 0 1 1.2-.5l.3-1.3h1.6l.3 1.3a5 5 0 0 1 1.2.5l1.1-.7 1.3 1.3-.7 1.1a5 5 0 0 1 .5 1.2l1.3.3v1.6Z"
          />
        </svg>
      </button>
    </div>
  );
}
