import { useId } from 'react';
import { messageForError } from '../../api/api-error-messages';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../cohorts/session-time';
import { urgencyLabels } from './parked-topic-labels';

/**
 * For the facilitator: the cohort's parking lot, titles only where their owner shared them, and who
 * the rotation proposes to present next (and whether a parked topic decided it).
 */
export function CohortParkingLot({ id, cohortId }: { id: string; cohortId: string }) {
  const lot = useApi('cohortParkingLot', { cohortId });
  const headingId = useId();
  return (
    <section id={id} className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Parking lot</h2>
      {lot.error ? (
        <p role="alert" className="error">
          Could not load the parking lot. {messageForError(lot.error)}
        </p>
      ) : null}
      {lot.data?.proposedPresenter ? (
        <p data-testid="proposed-presenter">
          Proposed next presenter: <strong>{lot.data.proposedPresenter.displayName}</strong>
          {lot.data.proposedPresenter.reason === 'urgent-parked-topic' ? ' — has an urgent parked topic' : ' — by rotation'}
        </p>
      ) : null}
      {lot.data && lot.data.topics.length === 0 ? <p>No topics are parked.</p> : null}
      {lot.data && lot.data.topics.length > 0 ? (
        <table>
          <caption className="visually-hidden">Parked topics, most urgent first</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Topic</th>
              <th scope="col">Urgency</th>
              <th scope="col">Importance</th>
              <th scope="col">Parked</th>
            </tr>
          </thead>
          <tbody>
            {lot.data.topics.map((topic) => (
              <tr key={topic.id}>
                <td>{topic.ownerName}</td>
                <td>{topic.title ?? <span className="hint">(not shared)</span>}</td>
                <td>{urgencyLabels[topic.urgency]}</td>
                <td>{topic.importance}</td>
                <td>{formatDate(topic.parkedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
