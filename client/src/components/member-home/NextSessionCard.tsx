import { useId } from 'react';
import { Link } from 'wouter';
import { describeDuration, type MemberHome } from '@peercircle/shared';
import { formatDateTime, relativeToNow, viewerTimeZone } from '../../cohorts/session-time';
import { SessionPresenter } from '../door/PresenterLine';

interface NextSessionCardProps {
  session: MemberHome['nextSession'];
  agreement: MemberHome['agreement'];
}

/** When the circle meets next, in the member's own time, and the way in. */
export function NextSessionCard({ session, agreement }: NextSessionCardProps) {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Next session</h2>
      {session ? (
        <>
          <p className="next-session-time">
            {formatDateTime(session.startsAt)} <span className="muted">({relativeToNow(session.startsAt, Date.now())})</span>
          </p>
          <p className="hint">
            In your time zone, {viewerTimeZone()}. {describeDuration(session.durationMinutes)}.
          </p>
          <SessionPresenter sessionId={session.id} />
          {session.status === 'open' ? <p className="tag now">The session is open</p> : null}
          <p>
            <Link href={`/s/${session.id}`} className="button-link primary">
              Join session
            </Link>
          </p>
          {agreement.accepted ? null : (
            <p className="hint">When you join, you will first be asked to accept the circle’s confidentiality agreement.</p>
          )}
        </>
      ) : (
        <p>No session is scheduled yet.</p>
      )}
      <details>
        <summary>Read the confidentiality agreement (version {agreement.version})</summary>
        <p className="agreement-text">{agreement.text}</p>
        <p className="hint">{agreement.accepted ? 'You have accepted this version.' : 'You have not accepted this version yet.'}</p>
      </details>
    </section>
  );
}
