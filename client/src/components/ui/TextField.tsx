import type { ReactNode } from 'react';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'password' | 'time' | 'number' | 'url';
  /** Rows for a multi-line field; omitted: a single-line input. */
  rows?: number;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  step?: number;
}

/** A labelled input whose hint and error are read with it (aria-describedby). */
export function TextField({ id, label, value, onChange, error, hint, type = 'text', rows, ...rest }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    required: rest.required,
    maxLength: rest.maxLength,
    autoComplete: rest.autoComplete,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {rows ? (
        <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          type={type}
          min={rest.min}
          max={rest.max}
          step={rest.step}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error ? (
        <p id={errorId} className="error field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
