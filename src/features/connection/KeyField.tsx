import { useState } from 'react';

/** The API key, masked unless the user asks to see it (someone may be looking at the screen). */
export function KeyField({
  id,
  value,
  readOnly,
  onChange,
}: {
  id: string;
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}) {
  const [reveal, setReveal] = useState(false);
  return (
    <>
      <label htmlFor={id}>API key</label>
      <div className="key-row">
        <input
          id={id}
          className="mono"
          type={reveal ? 'text' : 'password'}
          value={value}
          readOnly={readOnly}
          autoComplete="off"
          spellCheck={false}
          placeholder="From Settings > Developer"
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="button" aria-pressed={reveal} aria-controls={id} onClick={() => setReveal(!reveal)}>
          {reveal ? 'Hide key' : 'Show key'}
        </button>
      </div>
    </>
  );
}
