import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { linkTokenSchema } from '@peercircle/shared';
import { ApiError } from '../api/api-client';
import { homePathFor, useIdentity } from '../auth/identity-context';
import { describeInviteFailure, type InviteFailure } from '../auth/invite-failure';
import { redeemInviteOnce } from '../auth/invite-redemption';
import { safeNextPath } from '../auth/safe-next-path';
import { PageLayout } from '../components/ui/PageLayout';
import { announce } from '../store/ui-slice';

/**
 * `/invite/<token>` (a member's personal link) and `/signin/<token>` (a facilitator's one-time
 * sign-in link): signs the person in, then leads to their home or a session that is starting.
 */
export function InvitePage({ token, link = 'invite' }: { token: string; link?: 'invite' | 'sign-in' }) {
  const { signedIn } = useIdentity();
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<InviteFailure | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!linkTokenSchema.safeParse(token).success) {
      setFailure(describeInviteFailure(new ApiError(400, 'invalid_payload', 'this link is not valid')));
      return;
    }
    let current = true;
    setFailure(null);
    redeemInviteOnce(token, link === 'invite' ? 'redeemInvite' : 'redeemSignInLink').then(
      ({ identity, next }) => {
        if (!current) return;
        signedIn(identity);
        announce(`Welcome, ${identity.displayName}. You are signed in.`);
        // Replacing the entry keeps the spent link out of the back button's history.
        navigate(safeNextPath(next) ?? homePathFor(identity), { replace: true });
      },
      (error: unknown) => current && setFailure(describeInviteFailure(error)),
    );
    return () => {
      current = false;
    };
  }, [token, link, attempt, signedIn, navigate]);

  if (!failure) {
    return (
      <PageLayout heading={link === 'invite' ? 'Opening your invitation' : 'Signing you in'} width="narrow">
        <p role="status">Signing you in…</p>
      </PageLayout>
    );
  }
  return (
    <PageLayout heading={failure.heading} width="narrow">
      <p role="alert">{failure.detail}</p>
      {failure.canRetry ? (
        <button type="button" className="primary" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      ) : null}
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </PageLayout>
  );
}
