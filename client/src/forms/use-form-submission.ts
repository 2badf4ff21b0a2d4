import { useState } from 'react';
import { messageForError } from '../api/api-error-messages';
import type { FormProblem } from '../components/ui/FormProblems';
import type { FieldErrors } from './field-errors';

/** What every form here keeps while it is filled in and sent: field errors, the problem summary, busy. */
export function useFormSubmission() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);

  /** Shows what the form's own check found, in the summary and (with `fieldErrors`) next to each field. */
  function refuse(summary: FormProblem[], fieldErrors: FieldErrors = {}): void {
    setErrors(fieldErrors);
    setProblems(summary);
  }

  /** Clears earlier problems, runs `action` while busy, and shows the server's refusal if it comes. */
  async function send(action: () => Promise<void>): Promise<void> {
    refuse([]);
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setProblems([{ message: messageForError(error) }]);
    } finally {
      setBusy(false);
    }
  }

  return { errors, problems, busy, refuse, send };
}
