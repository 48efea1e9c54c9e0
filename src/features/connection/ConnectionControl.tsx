import { useId } from 'react';
import { SANDBOX_ID } from './connection-store';
import { KeyCheck } from './KeyCheck';
import { KeyField } from './KeyField';
import { RateLimitField } from './RateLimitField';
import type { ConnectionState } from './use-connection';

/** Chooses between the built-in sandbox and the user's saved ActiveCampaign connections, and edits the active one. */
export function ConnectionControl({ state, sandboxUrl }: { state: ConnectionState; sandboxUrl: string | undefined }) {
  const id = useId();
  const { active, saved, resolved } = state;
  const current = saved.find((c) => c.id === active);
  const problem = !resolved.ok ? resolved.message : undefined;
  const note = resolved.ok ? resolved.note : undefined;

  return (
    <fieldset className="connection" aria-label="Connection">
      <legend className="sr-only">Connection</legend>
      <label htmlFor={`${id}-kind`}>Connection</label>
      <select id={`${id}-kind`} value={active} onChange={(e) => state.select(e.target.value)}>
        <option value={SANDBOX_ID}>Sandbox (built-in, offline)</option>
        {saved.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name || 'Unnamed connection'}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => state.add()}>
        Add connection
      </button>
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
        <label>
          <input
            type="checkbox"
            checked={current.remember}
            style={{ width: 'auto' }}
            onChange={(e) => state.update(current.id, { remember: e.target.checked })}
          />{' '}
          Remember on this device
        </label>
      )}
      {current && (
        <RateLimitField
          key={current.id}
          value={current.requestsPerSecond}
          onChange={(requestsPerSecond) => state.update(current.id, { requestsPerSecond })}
        />
      )}
      <KeyCheck connection={resolved.ok ? resolved.connection : undefined} />
      {current && (
        <button type="button" onClick={() => state.remove(current.id)}>
          Remove connection
        </button>
      )}
      <button type="button" onClick={state.forgetKeys}>
        Forget all keys
      </button>
      {(problem ?? note) && (
        <p id={`${id}-msg`} className={problem ? 'field-error' : 'muted'} role="status">
          {problem ?? note}
        </p>
      )}
    </fieldset>
  );
}
