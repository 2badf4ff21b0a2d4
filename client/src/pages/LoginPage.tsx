import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { loginRequestSchema } from '@peercircle/shared';
import { callApi } from '../api/api-client';
import { homePathFor, useIdentity } from '../auth/identity-context';
import { safeNextPath } from '../auth/safe-next-path';
import { fieldErrorsFrom } from '../forms/field-errors';
import { useFormSubmission } from '../forms/use-form-submission';
import { FormProblems } from '../components/ui/FormProblems';
import { PageLayout } from '../components/ui/PageLayout';
import { TextField } from '../components/ui/TextField';
import { announce } from '../store/ui-slice';

/** `/login`: facilitators sign in with email and password, then return where they were going. */
export function LoginPage() {
  const { signedIn } = useIdentity();
  const [, navigate] = useLocation();
  const next = safeNextPath(new URLSearchParams(useSearch()).get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, problems, busy, refuse, send } = useFormSubmission();
  const ids = { email: useId(), password: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = loginRequestSchema.safeParse({ email, password });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsFrom(parsed.error);
      const summary = (['email', 'password'] as const).flatMap((field) =>
        fieldErrors[field] ? [{ fieldId: ids[field], message: `${label[field]}: ${fieldErrors[field]}` }] : [],
      );
      refuse(summary, fieldErrors);
      return;
    }
    await send(async () => {
      const { identity } = await callApi('login', { body: parsed.data });
      signedIn(identity);
      announce(`Signed in as ${identity.displayName}`);
      navigate(next ?? homePathFor(identity), { replace: true });
    });
  }

  return (
    <PageLayout heading="Sign in" width="narrow">
      <p className="hint">For facilitators. Circle members sign in with the personal invite link they were sent.</p>
      <form className="card form" onSubmit={submit} noValidate>
        <FormProblems problems={problems} heading="Could not sign you in" />
        <TextField id={ids.email} label="Email" type="email" autoComplete="email" value={email} onChange={setEmail} error={errors.email} />
        <TextField
          id={ids.password}
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          Sign in
        </button>
      </form>
      <p>
        <Link href="/">Back to the start page</Link>
      </p>
    </PageLayout>
  );
}

const label = { email: 'Email', password: 'Password' } as const;
