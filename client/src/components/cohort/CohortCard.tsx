import { Link } from 'wouter';
import type { CohortSummary } from '@peercircle/shared';
import { formatDateTime, relativeToNow } from '../../cohorts/session-time';
import { joinableNow } from '../../cohorts/upcoming-session';
import { SessionPresenter } from '../door/PresenterLine';

/**
 * One cohort on the dashboard: when it meets next (in the viewer's time), who presents, a Join button
 * from 15 minutes before the start, and whether its size fits.
 */
export function CohortCard({ cohort, now }: { cohort: CohortSummary; now: number }) {
  const next = cohort.nextSession;
  const joinable = joinableNow(next, now);
  return (
    <li className="card cohort-card">
      <h2>
        <Link href={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
      </h2>
      {cohort.purpose ? <p className="cohort-purpose">{cohort.purpose}</p> : null}
      <dl className="facts">
        <dt>Meets</dt>
        <dd>{cohort.cadenceDescription}</dd>
        <dt>Next session</dt>
        <dd>
          {next ? `${formatDateTime(next.startsAt)} (your time)` : 'None scheduled'}
          {next && joinable ? <span className="tag now">{next.status === 'open' ? 'Open now' : relativeToNow(next.startsAt, now)}</span> : null}
        </dd>
        <dt>Members</dt>
        <dd>{cohort.memberCount}</dd>
      </dl>
      {next ? <SessionPresenter sessionId={next.id} /> : null}
      {next && joinable ? (
        <p>
          <Link href={`/s/${next.id}`} className="button-link primary">
            Join session<span className="visually-hidden">: {cohort.name}</span>
          </Link>
        </p>
      ) : null}
      {cohort.sizeWarning ? (
        <p className="warning-note">
          <span className="visually-hidden">Warning: </span>
          {cohort.sizeWarning}
        </p>
      ) : null}
    </li>
  );
}
