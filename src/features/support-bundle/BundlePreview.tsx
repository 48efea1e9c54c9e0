import { memo, useRef } from 'react';
import {
  countMarks,
  REDACTION_LABELS,
  toSegments,
  type MarkedText,
  type RedactionKind,
} from '../../core/bundle/marked-text';

const KINDS: readonly RedactionKind[] = ['key', 'secret', 'field', 'email', 'phone'];

/** Short names for the legend; the marks themselves carry the long ones. */
const SHORT: Record<RedactionKind, [one: string, many: string]> = {
  key: ['API key', 'API keys'],
  secret: ['secret', 'secrets'],
  field: ['listed field', 'listed fields'],
  email: ['email', 'emails'],
  phone: ['phone', 'phones'],
};

/** How many redactions of each kind the text shows ("2 API keys", "3 emails"); each one steps through its marks. */
function Legend({ text, onShow }: { text: MarkedText; onShow: (kind: RedactionKind) => void }) {
  const counts = countMarks(text);
  const shown = KINDS.filter((k) => counts[k]);
  return (
    <div className="bundle-preview__legend" role="group" aria-label="Redactions in this text">
      {shown.length === 0 ? (
        <span className="muted">Nothing redacted.</span>
      ) : (
        shown.map((k) => {
          const n = counts[k] ?? 0;
          return (
            <button
              key={k}
              type="button"
              className={`redacted-chip redacted--${k}`}
              title="Show the next one in the text"
              onClick={() => onShow(k)}
            >
              {n} {SHORT[k][n === 1 ? 0 : 1]}
            </button>
          );
        })
      )}
    </div>
  );
}

/**
 * The text exactly as it will be copied, every redaction highlighted. Each
 * mark is named for assistive technology ("[EMAIL], email address"): a
 * highlight alone says nothing to a screen reader.
 */
export const BundleText = memo(function BundleText({ text, label }: { text: MarkedText; label: string }) {
  const pre = useRef<HTMLPreElement>(null);
  const next = useRef<Partial<Record<RedactionKind, number>>>({});
  const show = (kind: RedactionKind) => {
    const marks = pre.current?.querySelectorAll<HTMLElement>(`.redacted--${kind}`) ?? [];
    if (marks.length === 0) return;
    const i = (next.current[kind] ?? 0) % marks.length;
    next.current[kind] = i + 1;
    pre.current?.querySelector('.redacted--current')?.classList.remove('redacted--current');
    const mark = marks[i];
    mark?.classList.add('redacted--current');
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  return (
    <>
      <Legend text={text} onShow={show} />
      {/* Focusable so the keyboard can scroll it; a region, so it has a name when focused. */}
      <pre ref={pre} className="bundle-preview__text" tabIndex={0} role="region" aria-label={label}>
        {toSegments(text).map((s, i) =>
          s.redacted ? (
            <mark
              key={i}
              className={`redacted redacted--${s.redacted}`}
              role="img"
              aria-label={`${s.text}, ${REDACTION_LABELS[s.redacted]}`}
              title={`Redacted: ${REDACTION_LABELS[s.redacted]}`}
            >
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
      </pre>
    </>
  );
});
