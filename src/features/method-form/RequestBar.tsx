import { useMemo } from 'react';
import type { HttpMethod, MethodKind } from '../../core/catalog/types';
import { redactRequest } from '../../core/request/redact';
import type { PreparedRequest } from '../../core/request/types';

interface Props {
  http: HttpMethod;
  /** What the call does to the account: destructive and message-sending calls say so beside Send. */
  kind: MethodKind;
  request: PreparedRequest | null;
  busy: boolean;
  onCancel?: (() => void) | undefined;
  sendRef: React.Ref<HTMLButtonElement>;
}

/**
 * The fixed bar on top of the request: method, the URL exactly as it will be sent (path filled in,
 * query included, key redacted — from the same prepared request as the real call) and Send, which is
 * Cancel while the call is in flight.
 */
export function RequestBar({ http, kind, request, busy, onCancel, sendRef }: Props) {
  const url = useMemo(() => (request ? redactRequest(request).url : ''), [request]);
  return (
    <div className="request-bar">
      <span className="method-badge" data-method={http.toLowerCase()}>
        {http}
      </span>
      <input
        className="request-url"
        aria-label="Request URL"
        readOnly
        value={request ? url : 'Preparing…'}
        title={url}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      {(kind === 'destructive' || kind === 'sends-messages') && (
        <span
          className="kind-note"
          data-kind={kind}
          title="On a real account this asks before it is sent; a read-only connection refuses it. The sandbox never asks."
        >
          {kind === 'destructive' ? 'Destructive' : 'Sends messages'}
        </span>
      )}
      {busy ? (
        <button
          type="button"
          className="send-button cancel"
          aria-label="Cancel request"
          onClick={onCancel}
          disabled={!onCancel}
        >
          Cancel
        </button>
      ) : (
        <button
          ref={sendRef}
          type="submit"
          className="send-button primary"
          aria-label="Send request"
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title="Send (Ctrl/⌘ + Enter)"
        >
          Send
        </button>
      )}
    </div>
  );
}
