import { useId, useState, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

interface ConfirmButtonProps {
  children: ReactNode;
  /** An accessible name with more context than the visible text. */
  ariaLabel?: string;
  className?: string;
  question: string;
  detail: string;
  confirmText: string;
  onConfirm(): void;
}

/** A button for something hard to undo: it asks first, with Cancel focused. */
export function ConfirmButton({ children, ariaLabel, className, question, detail, confirmText, onConfirm }: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const headingId = useId();
  return (
    <>
      <button type="button" className={className} aria-label={ariaLabel} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {children}
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} labelledBy={headingId} className="confirm-dialog">
        <h2 id={headingId}>{question}</h2>
        <p>{detail}</p>
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {confirmText}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
