import { useEffect, useState } from 'react';

/** The response pane before a response: what to do, or the running call with its Cancel. */
export function ResponsePlaceholder({ busy = false, onCancel }: { busy?: boolean; onCancel?: () => void }) {
  const elapsed = useElapsed(busy);
  if (busy) {
    return (
      <div className="response-empty" role="status">
        <span className="spinner" aria-hidden="true" />
        <p>Sending… {(elapsed / 1000).toFixed(1)} s</p>
        <button type="button" onClick={onCancel} aria-label="Cancel this call">
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="response-empty">
      <p role="status">No response yet.</p>
      <p className="muted">
        Press <kbd>Ctrl</kbd> <kbd>Enter</kbd> or <strong>Send request</strong>: the status, the raw answer and its
        parsed tree appear here.
      </p>
    </div>
  );
}

function useElapsed(running: boolean): number {
  const [ms, setMs] = useState(0);
  useEffect(() => {
    if (!running) return;
    const start = performance.now();
    setMs(0);
    const timer = setInterval(() => setMs(performance.now() - start), 100);
    return () => clearInterval(timer);
  }, [running]);
  return ms;
}
