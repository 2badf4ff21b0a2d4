import { useId } from 'react';
import { messageForError } from '../../api/api-error-messages';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../cohorts/session-time';

/** Questions the circle asked this member as presenter, which they chose to keep. Hidden when there are none. */
export function KeptQuestions() {
  const kept = useApi('keptQuestions');
  const headingId = useId();
  if (kept.error) {
    return (
      <p role="alert" className="error">
        Could not load your kept questions. {messageForError(kept.error)}
      </p>
    );
  }
  if (!kept.data || kept.data.length === 0) return null;
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Questions you kept</h2>
      <p className="hint">Only you can read these. Everyone else’s copies were deleted when each session ended.</p>
      {kept.data.map((session) => (
        <section key={session.sessionId} className="card stack" aria-label={`Questions from ${formatDate(session.sessionStartsAt)}`}>
          <h3>{formatDate(session.sessionStartsAt)}</h3>
          <ul>
            {session.texts.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
