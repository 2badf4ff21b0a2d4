import { useId, useRef, useState } from 'react';
import { announce } from '../../store/ui-slice';

interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  /** Announced after copying, e.g. "Invite link copied". */
  copiedMessage: string;
}

/** A read-only value with a copy button; if the clipboard is refused, the text is selected to copy by hand. */
export function CopyField({ label, value, copyLabel, copiedMessage }: CopyFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const id = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setNote('Copied');
      announce(copiedMessage);
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      const fallback = 'Copying was not allowed. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
      setNote(fallback);
      announce(fallback, 'assertive');
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input ref={inputRef} id={id} value={value} readOnly onFocus={(event) => event.target.select()} spellCheck={false} />
        <button type="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      {note ? <p className="hint copy-note">{note}</p> : null}
    </div>
  );
}
