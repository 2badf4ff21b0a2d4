import { useId } from 'react';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../cohorts/session-time';
import { briefQuestions } from './brief-questions';

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
          <dl>
            {briefQuestions
              .filter(({ field }) => field !== 'issue' && brief[field].length > 0)
              .map(({ field, label }) => (
                <div key={field}>
                  <dt>{label}</dt>
                  <dd className="brief-answer">{brief[field]}</dd>
                </div>
              ))}
          </dl>
        </details>
      ))}
    </section>
  );
}
