import { useId, useState } from 'react';
import type { ConnectionState } from './use-connection';

/** Chooses between the built-in sandbox and the user's own ActiveCampaign account. */
export function ConnectionControl({ state, sandboxUrl }: { state: ConnectionState; sandboxUrl: string | undefined }) {
  const id = useId();
  const [reveal, setReveal] = useState(false);
  const { choice, setChoice, resolved } = state;
  const custom = choice.kind === 'custom' ? choice : { kind: 'custom' as const, apiUrl: '', apiKey: '' };
  const isSandbox = choice.kind === 'sandbox';

  return (
    <fieldset className="connection" aria-label="Connection">
      <legend className="sr-only">Connection</legend>
      <label htmlFor={`${id}-kind`}>Connection</label>
      <select
        id={`${id}-kind`}
        value={choice.kind}
        onChange={(e) => setChoice(e.target.value === 'sandbox' ? { kind: 'sandbox' } : custom)}
      >
        <option value="sandbox">Sandbox (built-in, offline)</option>
        <option value="custom">My ActiveCampaign account</option>
      </select>
      <label htmlFor={`${id}-url`}>API URL</label>
      <input
        id={`${id}-url`}
        className="mono"
        value={isSandbox ? (sandboxUrl ?? '') : custom.apiUrl}
        readOnly={isSandbox}
        placeholder="https://youraccount.api-us1.com"
        aria-describedby={!resolved.ok ? `${id}-err` : undefined}
        aria-invalid={!resolved.ok && !isSandbox ? true : undefined}
        onChange={(e) => setChoice({ ...custom, apiUrl: e.target.value })}
      />
      <label htmlFor={`${id}-key`}>API key</label>
      <input
        id={`${id}-key`}
        className="mono"
        type={reveal ? 'text' : 'password'}
        value={isSandbox ? (resolved.ok ? resolved.connection.apiKey : '') : custom.apiKey}
        readOnly={isSandbox}
        autoComplete="off"
        placeholder="From Settings > Developer"
        onChange={(e) => setChoice({ ...custom, apiKey: e.target.value })}
      />
      <button type="button" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>
        {reveal ? 'Hide key' : 'Show key'}
      </button>
      {!resolved.ok && (
        <p id={`${id}-err`} className="field-error" role="status">
          {resolved.message}
        </p>
      )}
    </fieldset>
  );
}
