import { useState } from 'react';

/** "Clear history", with a second click to confirm: deleting every stored call cannot be undone. */
export function ClearHistoryButton({ count, onClear }: { count: number; onClear: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" className="history-button" disabled={count === 0} onClick={() => setConfirming(true)}>
        Clear history
      </button>
    );
  return (
    <span role="group" aria-label="Confirm clearing" className="history-confirm">
      Delete all {count} stored calls?{' '}
      <button
        type="button"
        className="history-button history-button--danger"
        onClick={() => {
          setConfirming(false);
          onClear();
        }}
      >
        Yes, clear history
      </button>{' '}
      <button type="button" className="history-button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </span>
  );
}
