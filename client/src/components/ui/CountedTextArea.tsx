import { useId } from 'react';

interface CountedTextAreaProps {
  id: string;
  value: string;
  onChange(value: string): void;
  maxLength: number;
  /** Further elements that describe the field (a hint, an error), read after the character count. */
  describedBy?: string | undefined;
  invalid?: boolean;
}

/** A three-row text area with a live "n / max characters" count that is read with it. */
export function CountedTextArea({ id, value, onChange, maxLength, describedBy, invalid }: CountedTextAreaProps) {
  const counterId = useId();
  return (
    <>
      <textarea
        id={id}
        value={value}
        rows={3}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy ? `${counterId} ${describedBy}` : counterId}
      />
      <p id={counterId} className="counter">
        {value.length} / {maxLength} characters
      </p>
    </>
  );
}
