import { useApi } from '../../api/use-api';
import { formatDate } from '../../cohorts/session-time';
import { ConsoleSection } from './ConsoleSection';
import { Loaded } from '../ui/Loaded';

/** At check-in: what each member committed to last time, so the circle can revisit it. */
export function PreviousCommitmentsSection({ sessionId }: { sessionId: string }) {
  const commitments = useApi('previousCommitments', { sessionId });
  return (
    <ConsoleSection id="commitments" title="Commitments from last time">
      <Loaded resource={commitments} what="last session's commitments">
        {(list) =>
          list.length === 0 ? (
            <p className="hint">No commitments from the previous session were shared with you.</p>
          ) : (
            <>
              <p className="hint">Invite each member to say how it went.</p>
              <ul className="commitment-list">
                {list.map((commitment) => (
                  <li key={commitment.memberId}>
                    <p className="participant-name">{commitment.displayName}</p>
                    <p className="commitment-text">{commitment.text}</p>
                    <p className="hint">From {formatDate(commitment.fromSessionStartsAt)}</p>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Loaded>
    </ConsoleSection>
  );
}
