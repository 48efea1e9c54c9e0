import { useId } from 'react';
import { KeyCheck } from './KeyCheck';
import { KeyField } from './KeyField';
import { RateLimitField } from './RateLimitField';
import type { ConnectionState } from './use-connection';

/**
 * Edits the active connection (the top bar's switcher chooses it): name, API
 * URL, API key, Remember, Check key; adds and removes connections and forgets
 * every key. The sandbox's URL and key are shown read-only.
 */
export function ConnectionControl({ state, sandboxUrl }: { state: ConnectionState; sandboxUrl: string | undefined }) {
  const id = useId();
  const { active, saved, resolved } = state;
  const current = saved.find((c) => c.id === active);
  const problem = !resolved.ok ? resolved.message : undefined;
  const note = resolved.ok ? resolved.note : undefined;

  return (
    <fieldset className="connection-form" aria-label="Connection">
      <legend className="sr-only">Connection</legend>
      <p className="connection-help span">
        {current ? (
          <>
            Copy the <strong>API URL</strong> and <strong>API key</strong> from ActiveCampaign's{' '}
            <em>Settings &gt; Developer</em>. Each user has their own key, with that user's permissions; after a key
            reset the old key is refused everywhere.
          </>
        ) : (
          <>
            The built-in sandbox: an offline account on this machine with demo data. Nothing here reaches
            ActiveCampaign.
          </>
        )}
      </p>
      {current && (
        <>
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={current.name}
            onChange={(e) => state.update(current.id, { name: e.target.value })}
          />
        </>
      )}
      <label htmlFor={`${id}-url`}>API URL</label>
      <input
        id={`${id}-url`}
        className="mono"
        value={current ? current.apiUrl : (sandboxUrl ?? '')}
        readOnly={!current}
        placeholder="https://youraccount.api-us1.com"
        aria-describedby={problem || note ? `${id}-msg` : undefined}
        aria-invalid={problem && current ? true : undefined}
        onChange={(e) => current && state.update(current.id, { apiUrl: e.target.value })}
      />
      <KeyField
        id={`${id}-key`}
        value={current ? current.apiKey : resolved.ok ? resolved.connection.apiKey : ''}
        readOnly={!current}
        onChange={(apiKey) => current && state.update(current.id, { apiKey })}
      />
      {current && (
        <label className="check span">
          <input
            type="checkbox"
            checked={current.remember}
            onChange={(e) => state.update(current.id, { remember: e.target.checked })}
          />
          Remember on this device
        </label>
      )}
      {current && (
        <label className="check span">
          <input
            type="checkbox"
            checked={current.readOnly ?? false}
            onChange={(e) => state.update(current.id, { readOnly: e.target.checked })}
          />
          <span>
            Read-only{' '}
            <span className="muted">
              — only reads are sent; every other call is refused before it leaves the browser
            </span>
          </span>
        </label>
      )}
      {current && (
        <RateLimitField
          key={current.id}
          value={current.requestsPerSecond}
          onChange={(requestsPerSecond) => state.update(current.id, { requestsPerSecond })}
        />
      )}
      {(problem ?? note) && (
        <p id={`${id}-msg`} className={problem ? 'field-error' : 'muted'} role="status">
          {problem ?? note}
        </p>
      )}
      <div className="connection-actions">
        <KeyCheck
          connection={resolved.ok ? resolved.connection : undefined}
          onOwner={(keyOwner) => current && state.update(current.id, { keyOwner })}
        />
      </div>
      <div className="connection-actions">
        <button type="button" onClick={() => state.add()}>
          Add connection
        </button>
        {current && (
          <button type="button" onClick={() => state.remove(current.id)}>
            Remove connection
          </button>
        )}
        <button type="button" onClick={state.forgetKeys}>
          Forget all keys
        </button>
      </div>
    </fieldset>
  );
}
