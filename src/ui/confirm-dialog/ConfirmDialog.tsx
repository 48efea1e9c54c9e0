import { useEffect, useRef, type ReactNode } from 'react';
import { Dialog } from '../dialog/Dialog';
import './confirm-dialog.css';

/**
 * A yes/no question in a modal dialog, keyboard first: focus starts on Cancel, so Enter (or a key held
 * down since the action that opened it) can only confirm once focus was moved to the confirm button; Esc,
 * ✕ and the backdrop say no; the native dialog returns focus to where it was. `onAnswer` runs once.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  danger = false,
  onAnswer,
  children,
}: {
  open: boolean;
  title: string;
  /** Says what happens, e.g. "Delete a contact": never just "OK". */
  confirmLabel: string;
  danger?: boolean;
  onAnswer: (yes: boolean) => void;
  children: ReactNode;
}) {
  // Closing the <dialog> after a yes fires its close event too; only the first answer counts.
  const answered = useRef(false);
  useEffect(() => {
    if (open) answered.current = false;
  }, [open]);
  const answer = (yes: boolean) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer(yes);
  };
  return (
    <Dialog open={open} onClose={() => answer(false)} title={title}>
      <div className="confirm-body">{children}</div>
      <div className="confirm-actions">
        <button type="button" data-autofocus onClick={() => answer(false)}>
          Cancel
        </button>
        <button type="button" className={danger ? 'confirm-danger' : 'primary'} onClick={() => answer(true)}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
