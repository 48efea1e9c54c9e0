import { useResetSandboxData } from '../api/reset-sandbox-data';
import { useResetSandboxKey } from '../api/reset-sandbox-key';

/**
 * "Sandbox settings": practise the real recovery path (a key reset denies
 * the old key everywhere at once) and get the demo data back after
 * experiments. Rendered only when this server runs a sandbox.
 */
export function SandboxSettings() {
  const resetKey = useResetSandboxKey();
  const resetData = useResetSandboxData();
  const busy = resetKey.isPending || resetData.isPending;
  const error = resetKey.error ?? resetData.error;

  return (
    <section className="dialog-section" aria-labelledby="sandbox-settings-title">
      <h3 id="sandbox-settings-title">Sandbox settings</h3>
      <div>
        <p className="connection-help">
          Resetting the key works like <em>Settings &gt; Developer &gt; Reset</em> on a real account: the old key is
          refused from that moment on. The Sandbox connection switches to the new key by itself.
        </p>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            resetData.reset();
            resetKey.mutate();
          }}
        >
          Reset sandbox key
        </button>{' '}
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            resetKey.reset();
            resetData.mutate();
          }}
        >
          Reset sandbox data
        </button>
        <p role="status">
          {resetKey.isSuccess && 'New sandbox key issued; the old key is now refused.'}
          {resetData.isSuccess && 'Sandbox data reset to the seeded demo account.'}
        </p>
        {error && (
          <p className="field-error" role="alert">
            Could not reset the sandbox: {error.message}
          </p>
        )}
      </div>
    </section>
  );
}
