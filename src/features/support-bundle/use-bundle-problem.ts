import { useCallback, useEffect, useRef, useState } from 'react';
import type { Exchange } from '../../core/exchange/types';
import { saveProblem, storedProblem } from '../../lib/history-store';

/** How long typing must pause before the description is written to history. */
const SAVE_AFTER_MS = 400;

export interface BundleProblem {
  text: string;
  setText: (text: string) => void;
  /** A few words on where the description is kept, for a polite live region. */
  note: string;
}

/**
 * The bundle's one-line problem description, kept with its call in history:
 * it starts from the description already kept (a reopened call, a second
 * bundle), and what the user types is saved after a pause in typing and
 * when the bundle closes.
 */
export function useBundleProblem(exchange: Exchange): BundleProblem {
  const [text, setTextState] = useState('');
  const [note, setNote] = useState('');
  const typed = useRef(false);
  const pending = useRef<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void storedProblem(exchange).then((kept) => {
      // What the user typed meanwhile wins over what was kept.
      if (live && kept && !typed.current) {
        setTextState(kept);
        setNote('Kept with this call in history.');
      }
    });
    return () => {
      live = false;
    };
  }, [exchange]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useCallback(
    (value: string) => {
      pending.current = undefined;
      void saveProblem(exchange, value).then((kept) => {
        if (kept) setNote(value.trim() ? 'Kept with this call in history.' : '');
        else setNote('Not kept: this call is not in history (it may have been cleared).');
      });
    },
    [exchange],
  );
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      // Closing the bundle right after typing still keeps what was typed.
      if (pending.current !== undefined) save(pending.current);
    },
    [save],
  );

  return {
    text,
    setText: (value) => {
      typed.current = true;
      pending.current = value;
      setTextState(value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => save(value), SAVE_AFTER_MS);
    },
    note,
  };
}
