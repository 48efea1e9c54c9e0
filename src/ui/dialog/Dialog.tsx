import { useEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * closes on Esc and returns focus to the opener, so none of that is
 * re-implemented here. `side` docks it to the right edge as a panel.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  side = false,
  wide = false,
  top = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  side?: boolean;
  wide?: boolean;
  /** Near the top of the screen, as launchers (Spotlight, VS Code) sit, so results grow downwards. */
  top?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      // showModal focuses the first focusable element (the close button); content may name a better start.
      el.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog${side ? ' dialog-side' : ''}${wide ? ' dialog-wide' : ''}${top ? ' dialog-top' : ''}`}
      aria-label={title}
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === e.currentTarget) {
          const box = e.currentTarget.getBoundingClientRect();
          const inside =
            e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
          if (!inside) onClose();
        }
      }}
    >
      <header className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </header>
      <div className="dialog-body">{open && children}</div>
    </dialog>
  );
}
