import { useId, useState, type FormEvent } from 'react';
import { addMemberSchema, type MemberInvite } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/field-errors';
import { FormProblems, type FormProblem } from '../FormProblems';
import { TextField } from '../TextField';

interface AddMemberFormProps {
  cohortId: string;
  onAdded(memberName: string, invite: MemberInvite): void;
}

/** Adds a member and hands back their first invite link. */
export function AddMemberForm({ cohortId, onAdded }: AddMemberFormProps) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId(), displayName: useId(), email: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = addMemberSchema.safeParse({ displayName, ...(email.trim() === '' ? {} : { email: email.trim() }) });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsFrom(parsed.error);
      setErrors(fieldErrors);
      setProblems([
        ...(fieldErrors.displayName ? [{ fieldId: ids.displayName, message: `Member name: ${fieldErrors.displayName}` }] : []),
        ...(fieldErrors.email ? [{ fieldId: ids.email, message: `Email: ${fieldErrors.email}` }] : []),
      ]);
      return;
    }
    setErrors({});
    setProblems([]);
    setBusy(true);
    try {
      const invite = await callApi('addMember', { params: { cohortId }, body: parsed.data });
      setDisplayName('');
      setEmail('');
      onAdded(parsed.data.displayName, invite);
    } catch (error) {
      setProblems([{ message: messageForError(error) }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form add-member" onSubmit={submit} noValidate aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Add a member</h3>
      <FormProblems problems={problems} heading="The member could not be added" />
      <TextField id={ids.displayName} label="Member name" autoComplete="off" value={displayName} onChange={setDisplayName} error={errors.displayName} />
      <TextField
        id={ids.email}
        label="Email"
        type="email"
        autoComplete="off"
        hint="Optional, for your own records. You send the invite link yourself."
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        Add member
      </button>
    </form>
  );
}
