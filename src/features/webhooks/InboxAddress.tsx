import { useId, useState } from 'react';
import { inboxNameProblem, inboxPath, INBOX_NAME_MAX_LENGTH } from '../../core/webhooks/inbox-name';
import { copyReporting } from '../../lib/clipboard';

/** The inbox's full URL on this explorer (`http://127.0.0.1:5173/webhooks/inbox/sandbox`). */
export function inboxUrl(name: string): string {
  return `${window.location.origin}${inboxPath(name)}`;
}

/**
 * The inbox name (typed, checked as typed, never lost) and its URL with a
 * Copy button: the address to give the sandbox, curl or a tunnel.
 */
export function InboxAddress({ name, onName }: { name: string; onName: (name: string) => void }) {
  const id = useId();
  const [note, setNote] = useState('');
  const problem = inboxNameProblem(name);
  const copy = async () => {
    setNote(await copyReporting(inboxUrl(name), 'Inbox URL copied'));
  };
  return (
    <div className="inbox-address">
      <label htmlFor={`${id}-name`}>Inbox</label>
      <input
        id={`${id}-name`}
        className="inbox-address__name mono"
        value={name}
        maxLength={INBOX_NAME_MAX_LENGTH + 10}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-url ${id}-problem`}
        onChange={(e) => {
          setNote('');
          onName(e.target.value);
        }}
      />
      <button type="button" className="small-button" disabled={problem !== undefined} onClick={() => void copy()}>
        Copy URL
      </button>
      <output id={`${id}-url`} className="inbox-address__url mono" title={problem ? undefined : inboxUrl(name)}>
        {problem ? '' : inboxUrl(name)}
      </output>
      <p id={`${id}-problem`} className={problem ? 'inbox-note inbox-note--error' : 'inbox-note'} aria-live="polite">
        {problem ?? note}
      </p>
    </div>
  );
}
