import { useId } from 'react';
import type { Commitment } from '@peercircle/shared';
import { formatDate } from '../../cohorts/session-time';
import { commitmentVisibilityLabel } from '../../me/commitment-visibility';

/**
 * What the member said they would do, newest first. `earlierOnly`: the latest session's commitments
 * are shown (and edited) above, so this lists the ones before it, if any.
 */
export function MyCommitments({ commitments, earlierOnly = false }: { commitments: readonly Commitment[]; earlierOnly?: boolean }) {
  const headingId = useId();
  const newestFirst = [...commitments].sort((a, b) => b.createdAt - a.createdAt);
  if (earlierOnly && newestFirst.length === 0) return null;
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{earlierOnly ? 'Earlier commitments' : 'My commitments'}</h2>
      {newestFirst.length === 0 ? (
        <p>None yet. At the close of each session you can write down what you will do before the next one.</p>
      ) : (
        <ul className="commitment-list">
          {newestFirst.map((commitment) => (
            <li key={commitment.id} className="card">
              <p className="commitment-text">{commitment.text}</p>
              <p className="hint">
                {formatDate(commitment.createdAt)} · {commitmentVisibilityLabel[commitment.visibility]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
