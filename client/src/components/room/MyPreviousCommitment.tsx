import { useId } from 'react';
import { useApi } from '../../api/use-api';
import { useSignedInIdentity } from '../../auth/identity-context';
import { formatDate } from '../../cohorts/session-time';

/** At check-in: the member's own commitment from last time, to say how it went. */
export function MyPreviousCommitment({ sessionId }: { sessionId: string }) {
  const identity = useSignedInIdentity();
  const commitments = useApi('previousCommitments', { sessionId });
  const headingId = useId();
  const mine = commitments.data?.filter((commitment) => commitment.memberId === identity?.id) ?? [];
  if (mine.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Your commitment from last time</h2>
      {mine.map((commitment) => (
        <div key={`${commitment.fromSessionStartsAt}:${commitment.text}`}>
          <p className="commitment-text">{commitment.text}</p>
          <p className="hint">From {formatDate(commitment.fromSessionStartsAt)}. How did it go?</p>
        </div>
      ))}
    </section>
  );
}
