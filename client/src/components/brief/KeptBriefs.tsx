import { useId } from 'react';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../cohorts/session-time';
import { BriefAnswers } from './BriefAnswers';

/** Briefs the member chose to keep after sessions they presented. Hidden when there are none. */
export function KeptBriefs() {
  const kept = useApi('keptBriefs');
  const headingId = useId();
  if (!kept.data || kept.data.length === 0) return null;
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Briefs you kept</h2>
      <p className="hint">Only you can read these.</p>
      {kept.data.map((brief) => (
        <details key={brief.sessionId} className="card">
          <summary>
            {formatDate(brief.sessionStartsAt)}: {brief.issue}
          </summary>
          <BriefAnswers brief={brief} without="issue" />
        </details>
      ))}
    </section>
  );
}
