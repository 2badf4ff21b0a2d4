import { useId } from 'react';
import type { CohortDetail, SessionSummary } from '@peercircle/shared';
import { joinableSessionIds, upcomingSessions } from '../../cohorts/schedule';
import { viewerTimeZone } from '../../cohorts/session-time';
import { SessionRow } from './SessionRow';

interface ScheduleSectionProps {
  id: string;
  cohort: CohortDetail;
  onCohortChanged(cohort: CohortDetail): void;
}

/** Upcoming sessions: when (in the viewer's time and the cohort's), who presents, which format. */
export function ScheduleSection({ id, cohort, onCohortChanged }: ScheduleSectionProps) {
  const headingId = useId();
  const upcoming = upcomingSessions(cohort.sessions, Date.now());
  const joinable = joinableSessionIds(upcoming);

  function sessionSaved(saved: SessionSummary) {
    onCohortChanged({
      ...cohort,
      sessions: cohort.sessions.map((session) => (session.id === saved.id ? saved : session)),
      nextSession: cohort.nextSession?.id === saved.id ? saved : cohort.nextSession,
    });
  }

  return (
    <section id={id} className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Schedule</h2>
      <p>
        {cohort.cadenceDescription}. Times are shown in your time zone, {viewerTimeZone()}.
      </p>
      {upcoming.length === 0 ? (
        <p>No upcoming sessions are scheduled.</p>
      ) : (
        <ol className="session-list">
          {upcoming.map((session) => (
            <SessionRow key={session.id} session={session} cohort={cohort} joinable={joinable.has(session.id)} onSaved={sessionSaved} />
          ))}
        </ol>
      )}
    </section>
  );
}
