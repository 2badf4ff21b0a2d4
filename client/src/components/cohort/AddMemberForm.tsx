import { useId, useState, type FormEvent } from 'react';
import { addMemberSchema, type MemberInvite } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { useFormSubmission } from '../../forms/use-form-submission';
import { FormProblems } from '../ui/FormProblems';
import { TextField } from '../ui/TextField';

interface AddMemberFormProps {
  cohortId: string;
  onAdded(memberName: string, invite: MemberInvite): void;
}

/** Adds a member and hands back their first invite link. */
export function AddMemberForm({ cohortId, onAdded }: AddMemberFormProps) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const { errors, problems, busy, refuse, send } = useFormSubmission();
  const ids = { heading: useId(), displayName: useId(), email: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = addMemberSchema.safeParse({ displayName, ...(email.trim() === '' ? {} : { email: email.trim() }) });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsFrom(parsed.error);
      refuse(
        [
          ...(fieldErrors.displayName ? [{ fieldId: ids.displayName, message: `Member name: ${fieldErrors.displayName}` }] : []),
          ...(fieldErrors.email ? [{ fieldId: ids.email, message: `Email: ${fieldErrors.email}` }] : []),
        ],
        fieldErrors,
      );
      return;
    }
    await send(async () => {
      const invite = await callApi('addMember', { params: { cohortId }, body: parsed.data });
      setDisplayName('');
      setEmail('');
      onAdded(parsed.data.displayName, invite);
    });
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
