import { Link } from 'wouter';
import type { CohortSummary } from '@peercircle/shared';
import { formatDateTime } from '../../cohorts/session-time';

/** One cohort on the dashboard: when it meets next (in the viewer's time) and whether its size fits. */
export function CohortCard({ cohort }: { cohort: CohortSummary }) {
  const next = cohort.nextSession;
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
        <dd>{next ? `${formatDateTime(next.startsAt)} (your time)` : 'None scheduled'}</dd>
        <dt>Members</dt>
        <dd>{cohort.memberCount}</dd>
      </dl>
      {cohort.sizeWarning ? (
        <p className="warning-note">
          <span className="visually-hidden">Warning: </span>
          {cohort.sizeWarning}
        </p>
      ) : null}
    </li>
  );
}
