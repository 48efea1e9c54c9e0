import { useId } from 'react';

/** The paste box: a raw form body, or a whole request as a tunnel or request bin printed it. It keeps all that is typed; reading cuts a huge paste and says so. */
export function PasteBox({
  text,
  onText,
  notes,
}: {
  text: string;
  onText: (text: string) => void;
  notes: readonly string[];
}) {
  const id = useId();
  return (
    <div className="paste-box">
      <label htmlFor={`${id}-text`}>
        Paste a delivery: the raw form body (type=…&amp;contact[email]=…), or the whole request with its headers
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        spellCheck={false}
        placeholder={'type=subscribe&date_time=…&contact%5Bemail%5D=jane%40example.org'}
        aria-describedby={`${id}-notes`}
        onChange={(e) => onText(e.target.value)}
      />
      <p id={`${id}-notes`} className="inbox-note" aria-live="polite">
        {notes.join(' ')}
      </p>
    </div>
  );
}
