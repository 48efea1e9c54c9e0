import { useState } from 'react';
import type { Connection } from '../../core/request/types';
import { checkKey, type KeyCheck as Result } from './check-key';

/** "Check key": asks the API who the key belongs to, through the proxy, and says what is wrong if it fails. */
export function KeyCheck({ connection }: { connection: Connection | undefined }) {
  const [result, setResult] = useState<{ for: Connection; check: Result } | undefined>();
  const [busy, setBusy] = useState(false);
  // A result is only meaningful for the URL and key it was obtained with.
  const shown =
    result && connection && result.for.apiUrl === connection.apiUrl && result.for.apiKey === connection.apiKey;

  const run = async () => {
    if (!connection) return;
    setBusy(true);
    setResult({ for: connection, check: await checkKey(connection) });
    setBusy(false);
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
