import { Link } from 'wouter';
import { serverIdSchema } from '@peercircle/shared';
import { homePathFor } from '../auth/identity-context';
import { CommitmentForm } from '../components/commitments/CommitmentForm';
import { SessionPreJoinScreen } from '../components/door/SessionPreJoinScreen';
import { PageLayout } from '../components/ui/PageLayout';
import { RequireIdentity } from '../components/ui/RequireIdentity';
import { RoomPage } from '../components/room/RoomPage';

/** `/s/<session>`: a cohort's session. Signed-in people only; the server knows their name and role. */
export function SessionPage({ sessionId }: { sessionId: string }) {
  return (
    <RequireIdentity>
      {(identity) =>
        serverIdSchema.safeParse(sessionId).success ? (
          <RoomPage
            room={{ sessionId }}
            preJoin={({ joining, error, join }) => (
              <SessionPreJoinScreen
                identity={identity}
                sessionId={sessionId}
                joining={joining}
                error={error}
                onJoin={(privacyConfirmed) => join({ privacyConfirmed })}
              />
            )}
            afterLeaving={
              <Link href={homePathFor(identity)} className="button-link">
                {identity.kind === 'facilitator' ? 'Back to your cohorts' : 'Back to your circle'}
              </Link>
            }
            afterSessionEnded={identity.kind === 'member' ? <CommitmentForm sessionId={sessionId} className="page-section" /> : null}
          />
        ) : (
          <PageLayout heading="This session link is not valid" width="narrow">
            <p>Check that you opened the whole link.</p>
            <Link href={homePathFor(identity)}>Go to your start page</Link>
          </PageLayout>
        )
      }
    </RequireIdentity>
  );
}
