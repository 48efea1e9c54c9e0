import { useEffect, useState } from 'react';
import type { SafetyQuestion } from '../../core/safety/decide';
import { provideSafetyAsker } from '../../lib/safety-gate';
import { ConfirmDialog } from '../../ui/confirm-dialog/ConfirmDialog';
import './connection.css';

interface Asked {
  seq: number;
  question: SafetyQuestion;
  answer: (yes: boolean) => void;
  /** False once answered: the dialog stays mounted to close properly, so focus returns where it was. */
  open: boolean;
}

let seq = 0;

/**
 * Answers the send pipeline's safety questions (src/lib/safety-gate.ts): a
 * destructive or message-sending call on a real account waits here for a
 * yes that names the account and says what the call does. Mounted once by
 * the app; without it such calls are refused, never sent unasked.
 */
export function SafetyPrompt() {
  const [asked, setAsked] = useState<Asked | undefined>();
  useEffect(
    () =>
      provideSafetyAsker(
        (question, signal) =>
          new Promise<boolean>((resolve) => {
            const id = ++seq;
            const answer = (yes: boolean) => {
              signal?.removeEventListener('abort', withdraw);
              setAsked((a) => (a?.seq === id ? { ...a, open: false } : a));
              resolve(yes);
            };
            const withdraw = () => answer(false);
            signal?.addEventListener('abort', withdraw, { once: true });
            setAsked({ seq: id, question, answer, open: true });
          }),
      ),
    [],
  );
  if (!asked) return null;
  const { question } = asked;
  return (
    <ConfirmDialog
      key={asked.seq}
      open={asked.open}
      title={question.title}
      confirmLabel={question.confirmLabel}
      danger
      onAnswer={asked.answer}
    >
      <p>
        On <strong>{question.account}</strong>, a real ActiveCampaign account:
      </p>
      <ul className="safety-effects">
        {question.effects.map((e, i) => (
          <li key={i}>
            <strong>{e.summary}</strong> — {e.effect}
            {e.request && <code className="safety-request">{e.request}</code>}
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
