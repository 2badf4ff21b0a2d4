import { useId, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../api/use-api';
import { homePathFor, useSignedInIdentity } from '../../auth/identity-context';
import { formatDateTime } from '../../cohorts/session-time';
import { useCohortSessionId } from '../../room/room-context';
import { useAppStore } from '../../store/store';
import { MeetingReviewForm } from '../meeting-review/MeetingReviewForm';

/**
 * Once the session has ended: the way on — when the circle meets next, and home — and for members the
 * meeting review. `children` is the slot for what is still to do for this session before leaving.
 */
export function SessionEndedCard({ children }: { children?: ReactNode }) {
  const ended = useAppStore((state) => state.session.view?.status === 'ended');
  return ended ? <NextSteps>{children}</NextSteps> : null;
}

function NextSteps({ children }: { children?: ReactNode }) {
  const cohortSessionId = useCohortSessionId();
  const identity = useSignedInIdentity();
  const preview = useApi('sessionPreview', cohortSessionId ? { sessionId: cohortSessionId } : null);
  const nextStartsAt = preview.data?.nextSessionStartsAt ?? null;
  const headingId = useId();
  return (
    <section className="card session-ended" aria-labelledby={headingId}>
      <h2 id={headingId}>What next</h2>
      {children}
      {cohortSessionId && identity?.kind === 'member' ? <MeetingReviewForm sessionId={cohortSessionId} className="meeting-review" /> : null}
      <ul className="next-steps">
        {nextStartsAt !== null ? <li>The circle meets next on {formatDateTime(nextStartsAt)} (your time).</li> : null}
        <li>
          {identity ? (
            <Link href={homePathFor(identity)}>{identity.kind === 'member' ? 'Go to your circle’s page' : 'Back to your cohorts'}</Link>
          ) : (
            <Link href="/">Back to the start page</Link>
          )}
          {identity?.kind === 'member' ? ': your commitments and the next session.' : null}
        </li>
      </ul>
    </section>
  );
}
