import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  onClose(): void;
  /** The id of the dialog's heading. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}

/**
 * A native modal `<dialog>`: the browser traps focus and closes it with Escape. Focus returns to
 * whatever had it before, also when that was a keyboard shortcut rather than a button.
 */
export function ModalDialog({ open, onClose, labelledBy, className, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const closed = () => {
    onClose();
    returnFocusTo.current?.focus();
    returnFocusTo.current = null;
  };

  return (
    <dialog ref={dialogRef} className={className ? `modal ${className}` : 'modal'} aria-labelledby={labelledBy} onClose={closed}>
      {open ? children : null}
    </dialog>
  );
}
