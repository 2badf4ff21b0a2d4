import { useId } from 'react';
import type { PresenterRotationFairness } from '@peercircle/shared';
import { rotationSentence } from '../../cohorts/health-text';
import { formatDate } from '../../cohorts/session-time';

/** Who has presented how often and how long ago, across all ended sessions. */
export function RotationFairness({ rotation }: { rotation: PresenterRotationFairness }) {
  const headingId = useId();
  return (
    <div className="health-block" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Presenter rotation</h3>
      <p>{rotationSentence(rotation)}</p>
      {rotation.members.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Presentations per member, over all ended sessions</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Times presented</th>
                <th scope="col">Last presented</th>
                <th scope="col">Sessions since</th>
              </tr>
            </thead>
            <tbody>
              {rotation.members.map((member) => (
                <tr key={member.memberId}>
                  <th scope="row">{member.displayName}</th>
                  <td>{member.timesPresented}</td>
                  <td>{member.lastPresentedAt === null ? 'Never' : formatDate(member.lastPresentedAt)}</td>
                  <td>{member.sessionsSincePresented ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
