import { useId } from 'react';
import { Link, Redirect } from 'wouter';
import { useApi } from '../api/use-api';
import { homePathFor, useIdentity } from '../auth/identity-context';
import { DemoRoomForm } from '../components/prejoin/DemoRoomForm';
import { PageLayout, PageLoading } from '../components/ui/PageLayout';

/** `/`: signed-in people go straight to their start page; everyone else learns how to get in. */
export function LandingPage() {
  const { status } = useIdentity();
  const config = useApi('config');
  const inviteHeadingId = useId();

  if (status.kind === 'loading') return <PageLoading />;
  if (status.kind === 'signed-in') return <Redirect to={homePathFor(status.identity)} replace />;

  return (
    <PageLayout heading="PeerCircle" width="narrow">
      <p className="lede">A confidential room for your peer leadership circle: monthly sessions with a facilitator who keeps the structure.</p>
      {status.kind === 'unavailable' ? <p role="alert">{status.message}</p> : null}
      <section className="card stack">
        <h2>Facilitators</h2>
        <p>
          <Link href="/login" className="button-link primary">
            Sign in
          </Link>
        </p>
        {config.data?.facilitatorSignup ? (
          <p>
            New here? <Link href="/signup">Create a facilitator account</Link>
          </p>
        ) : null}
      </section>
      <section className="card stack" aria-labelledby={inviteHeadingId}>
        <h2 id={inviteHeadingId}>I have an invite link</h2>
        <p>
          Circle members do not need a password. Open the personal link your facilitator sent you: it signs you in on this
          browser and takes you to your circle.
        </p>
        <p className="hint">
          Each link works once and expires after a while. If yours has been used or has expired, ask your facilitator for a
          new one.
        </p>
      </section>
      {config.data?.demoRooms ? <DemoRoomForm /> : null}
    </PageLayout>
  );
}
