import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { commitmentSchema, type Commitment, type NewCommitment } from '@peercircle/shared';
import { messageForError } from '../../api/api-error-messages';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { commitmentVisibilityChoice } from '../../me/commitment-visibility';
import { CountedTextArea } from '../ui/CountedTextArea';
import { ErrorText } from '../ui/ErrorText';

const maxLength = 500;
const visibilities = ['private', 'shared'] as const;

interface CommitmentFieldsProps {
  label: string;
  submitLabel: string;
  /** What an edit starts from; a new commitment starts empty and private. */
  initial?: NewCommitment;
  /** Resolves once saved (the fields then empty for the next one); a rejection is shown as the problem. */
  onSave(commitment: NewCommitment): Promise<void>;
  onCancel?(): void;
  /** For an edit, which opens with the cursor in the text. */
  autoFocus?: boolean;
}

/** The text and who sees it, validated like the server does, for a new commitment or an edit. */
export function CommitmentFields({ label, submitLabel, initial, onSave, onCancel, autoFocus = false }: CommitmentFieldsProps) {
  const [text, setText] = useState(initial?.text ?? '');
  const [visibility, setVisibility] = useState<Commitment['visibility']>(initial?.visibility ?? 'private');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { text: useId(), problem: useId(), visibility: useId() };
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (autoFocus) form.current?.querySelector('textarea')?.focus();
  }, [autoFocus]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = commitmentSchema.safeParse({ text, visibility });
    if (!parsed.success) {
      setProblem(fieldErrorsFrom(parsed.error).text ?? 'Check your commitment.');
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await onSave(parsed.data);
      if (!initial) setText('');
    } catch (error) {
      setProblem(messageForError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="question-form" onSubmit={submit} noValidate>
      <label htmlFor={ids.text}>{label}</label>
      <CountedTextArea
        id={ids.text}
        value={text}
        onChange={setText}
        maxLength={maxLength}
        invalid={Boolean(problem)}
        describedBy={problem ? ids.problem : undefined}
      />
      <fieldset>
        <legend>Who sees it</legend>
        {visibilities.map((choice) => (
          <label key={choice} className="checkbox">
            <input type="radio" name={ids.visibility} checked={visibility === choice} onChange={() => setVisibility(choice)} />
            {commitmentVisibilityChoice[choice]}
          </label>
        ))}
      </fieldset>
      <ErrorText id={ids.problem}>{problem}</ErrorText>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
