import { useId } from 'react';
import type { CohortHealthReport } from '@peercircle/shared';
import { useApi } from '../../api/use-api';
import { lastSessionSentence, trendSentence } from '../../cohorts/health-text';
import { formatDateTime } from '../../cohorts/session-time';
import { Loaded } from '../ui/Loaded';
import { AttendanceHeatmap } from './AttendanceHeatmap';
import { HealthAlerts } from './HealthAlerts';
import { MeetingReviewTrend } from './MeetingReviewTrend';
import { RotationFairness } from './RotationFairness';
import { SpeakingShareChart } from './SpeakingShareChart';

/** How the cohort is doing across sessions: alerts first, then attendance, rotation, speaking time and the meeting review. */
export function HealthSection({ id, cohortId }: { id: string; cohortId: string }) {
  const report = useApi('cohortHealth', { cohortId });
  const headingId = useId();
  return (
    <section id={id} className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Health</h2>
      <Loaded resource={report} what="the health report">
        {(data) => <HealthReport report={data} onRefresh={report.reload} refreshing={report.loading} />}
      </Loaded>
    </section>
  );
}

function HealthReport({ report, onRefresh, refreshing }: { report: CohortHealthReport; onRefresh(): void; refreshing: boolean }) {
  return (
    <>
      <HealthAlerts alerts={report.alerts} />
      <div className="health-overview">
        <p>{lastSessionSentence(report.daysSinceLastSession)}</p>
        <p>{trendSentence(report.attendanceTrend)}</p>
        <p className="hint">
          As of {formatDateTime(report.generatedAt)}.{' '}
          <button type="button" className="small" onClick={onRefresh} disabled={refreshing} aria-busy={refreshing}>
            Refresh the report
          </button>
        </p>
      </div>
      <AttendanceHeatmap sessions={report.sessions} attendance={report.attendance} />
      <RotationFairness rotation={report.rotation} />
      <SpeakingShareChart speaking={report.speaking} />
      <MeetingReviewTrend reviews={report.meetingReviews ?? []} />
    </>
  );
}
