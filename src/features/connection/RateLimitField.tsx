import { useId, useState } from 'react';
import { DEFAULT_REQUESTS_PER_SECOND } from '../../lib/rate-budget';
import { MAX_REQUESTS_PER_SECOND, MIN_REQUESTS_PER_SECOND, parseRequestsPerSecond } from './connection-store';

/** The connection's rate limit; the text stays as typed while it is invalid, with a message saying why. */
export function RateLimitField({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (requestsPerSecond: number | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const parsed = parseRequestsPerSecond(text);
  return (
    <>
      <label htmlFor={id}>Requests per second</label>
      <input
        id={id}
        inputMode="numeric"
        size={4}
        value={text}
        placeholder={String(DEFAULT_REQUESTS_PER_SECOND)}
        min={MIN_REQUESTS_PER_SECOND}
        max={MAX_REQUESTS_PER_SECOND}
        aria-invalid={parsed.ok ? undefined : true}
        aria-describedby={parsed.ok ? undefined : `${id}-error`}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseRequestsPerSecond(e.target.value);
          if (next.ok) onChange(next.value);
        }}
      />
      {!parsed.ok && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {parsed.message}
        </span>
      )}
    </>
  );
}
