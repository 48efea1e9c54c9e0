import { useCallback, useState } from 'react';

export interface ActionStatus {
  /** The last action's result, for a polite status line. */
  message: string;
  /** The last action's failure, for an alert. */
  error: string;
  busy: boolean;
  run: (action: () => Promise<string>) => Promise<void>;
}

/** Runs one user action at a time and keeps its outcome where the eye already is (beside the control). */
export function useActionStatus(): ActionStatus {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<string>) => {
    setBusy(true);
    setError('');
    try {
      setMessage(await action());
    } catch (e) {
      setMessage('');
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { message, error, busy, run };
}
