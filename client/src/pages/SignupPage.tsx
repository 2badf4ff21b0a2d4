import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { facilitatorSignupSchema } from '@peercircle/shared';
import { callApi } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useIdentity } from '../auth/identity-context';
import { viewerTimeZone } from '../cohorts/session-time';
import { fieldErrorsFrom } from '../forms/field-errors';
import { useFormSubmission } from '../forms/use-form-submission';
import { FormProblems } from '../components/ui/FormProblems';
import { Loaded } from '../components/ui/Loaded';
import { PageLayout } from '../components/ui/PageLayout';
import { TextField } from '../components/ui/TextField';
import { announce } from '../store/ui-slice';

const fields = [
  ['displayName', 'Your name'],
  ['email', 'Email'],
  ['password', 'Password'],
] as const;

/** `/signup`: a new facilitator account, when the server allows sign-ups. */
export function SignupPage() {
  const config = useApi('config');
  return (
    <PageLayout heading="Create a facilitator account" width="narrow">
      <Loaded resource={config} what="the sign-up settings">
        {({ facilitatorSignup }) =>
          facilitatorSignup ? (
            <SignupForm />
          ) : (
            <p>
              Sign-ups are closed on this PeerCircle. Ask its administrator for an account, or <Link href="/login">sign in</Link>.
            </p>
          )
        }
      </Loaded>
    </PageLayout>
  );
}

function SignupForm() {
  const { signedIn } = useIdentity();
  const [, navigate] = useLocation();
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const { errors, problems, busy, refuse, send } = useFormSubmission();
  const ids = { displayName: useId(), email: useId(), password: useId() };
  const timezone = viewerTimeZone();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = facilitatorSignupSchema.safeParse({ ...values, timezone });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsFrom(parsed.error);
      const summary = fields.flatMap(([field, label]) =>
        fieldErrors[field] ? [{ fieldId: ids[field], message: `${label}: ${fieldErrors[field]}` }] : [],
      );
      refuse(summary, fieldErrors);
      return;
    }
    await send(async () => {
      const { identity } = await callApi('signup', { body: parsed.data });
      signedIn(identity);
      announce('Your account is ready');
      navigate('/dashboard', { replace: true });
    });
  }

  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  return (
    <form className="card form" onSubmit={submit} noValidate>
      <FormProblems problems={problems} heading="Could not create the account" />
      <TextField id={ids.displayName} label="Your name" autoComplete="name" value={values.displayName} onChange={set('displayName')} error={errors.displayName} />
      <TextField id={ids.email} label="Email" type="email" autoComplete="email" value={values.email} onChange={set('email')} error={errors.email} />
      <TextField
        id={ids.password}
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a strong one."
        value={values.password}
        onChange={set('password')}
        error={errors.password}
      />
      <p className="hint">Times will be shown in your time zone, {timezone}.</p>
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        Create account
      </button>
    </form>
  );
}
