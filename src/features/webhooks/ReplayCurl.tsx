import { useId, useState } from 'react';
import * as z from 'zod/mini';
import { replayCurl, replayTargetProblem } from '../../core/webhooks/replay-curl';
import { copyReporting } from '../../lib/clipboard';
import { readLocal, writeLocal } from '../../lib/session-store';

const URL_KEY = 'webhooks.replay-url';

/**
 * "Copy as cURL": the user names their own local endpoint, and gets a
 * command that POSTs this body with this content type there, exactly.
 */
export function ReplayCurl({
  body,
  contentType,
  truncated,
}: {
  body: string;
  contentType: string | undefined;
  truncated: boolean;
}) {
  const id = useId();
  const [url, setUrl] = useState(() => readLocal(URL_KEY, z.string()) ?? '');
  const [note, setNote] = useState<{ text: string; error: boolean }>();
  const copy = async () => {
    const problem = replayTargetProblem(url);
    if (problem) {
      setNote({ text: problem, error: true });
      document.getElementById(`${id}-url`)?.focus();
      return;
    }
    writeLocal(URL_KEY, url.trim());
    const { command, warnings } = replayCurl({ body, contentType, truncated }, url);
    const done = ['cURL command copied.', ...warnings].join(' ');
    const text = await copyReporting(command, done);
    setNote({ text, error: text !== done });
  };
  return (
    <form
      className="replay"
      aria-label="Replay at your endpoint"
      onSubmit={(e) => {
        e.preventDefault();
        void copy();
      }}
    >
      <label htmlFor={`${id}-url`}>Replay at</label>
      <input
        id={`${id}-url`}
        className="mono"
        type="text"
        inputMode="url"
        placeholder="http://127.0.0.1:3000/webhooks/activecampaign"
        value={url}
        spellCheck={false}
        aria-invalid={note?.error ? true : undefined}
        aria-describedby={`${id}-note`}
        onChange={(e) => {
          setUrl(e.target.value);
          setNote(undefined);
        }}
      />
      <button type="submit" className="small-button">
        Copy as cURL
      </button>
      <p id={`${id}-note`} className={note?.error ? 'inbox-note inbox-note--error' : 'inbox-note'} aria-live="polite">
        {note?.text ?? ''}
      </p>
    </form>
  );
}
