import { useEffect, useRef, useState } from 'react';
import type { GuardedConnection } from '../../core/safety/decide';
import { checkKey, type KeyCheck as Result } from './check-key';

/** "Check key": asks the API who the key belongs to, through the proxy, and says what is wrong if it fails. */
export function KeyCheck({
  connection,
  onOwner,
}: {
  connection: GuardedConnection | undefined;
  /** Whose key it is after a successful check (kept with a saved connection, named when the rails ask). */
  onOwner?: ((owner: string) => void) | undefined;
}) {
  const [result, setResult] = useState<{ for: GuardedConnection; check: Result } | undefined>();
  const [busy, setBusy] = useState(false);
  // The owner is only stored if URL and key are still those checked when the answer comes back.
  const latest = useRef(connection);
  useEffect(() => {
    latest.current = connection;
  }, [connection]);
  // A result is only meaningful for the URL and key it was obtained with.
  const shown =
    result && connection && result.for.apiUrl === connection.apiUrl && result.for.apiKey === connection.apiKey;

  const run = async () => {
    if (!connection) return;
    setBusy(true);
    const check = await checkKey(connection);
    setResult({ for: connection, check });
    setBusy(false);
    const now = latest.current;
    if (check.tone === 'ok' && now?.apiUrl === connection.apiUrl && now.apiKey === connection.apiKey) {
      onOwner?.(check.owner);
    }
  };

  return (
    <>
      <button type="button" disabled={!connection || busy} onClick={() => void run()}>
        {busy ? 'Checking…' : 'Check key'}
      </button>
      <p role="status" className={shown && result.check.tone === 'error' ? 'field-error' : 'muted'}>
        {shown ? result.check.message : ''}
      </p>
    </>
  );
}
