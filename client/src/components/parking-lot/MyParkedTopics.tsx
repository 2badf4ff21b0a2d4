import { useId, useState } from 'react';
import type { MyParkedTopic } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { useApi } from '../../api/use-api';
import { announce } from '../../store/ui-slice';
import { parkedTopicFacts } from './parked-topic-labels';
import { ErrorText } from '../ui/ErrorText';

/**
 * The member's topics in the cohort's parking lot ("might present" in their updates): they share a
 * title with the facilitator, or take a topic out. Topics leave by themselves once the member presents.
 */
export function MyParkedTopics() {
  const parked = useApi('myParkedTopics');
  const [problem, setProblem] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const headingId = useId();

  async function change(topic: MyParkedTopic, work: () => Promise<unknown>, done: string, failed: string) {
    setProblem(null);
    setBusyId(topic.id);
    try {
      await work();
      announce(done);
      parked.reload();
    } catch (error) {
      setProblem(`${failed} ${messageForError(error)}`);
    } finally {
      setBusyId(null);
    }
  }

  const share = (topic: MyParkedTopic, shared: boolean) =>
    change(
      topic,
      () => callApi('shareParkedTopic', { params: { topicId: topic.id }, body: { shared } }),
      shared ? `“${topic.title}” is shared with your facilitator` : `“${topic.title}” is no longer shared with your facilitator`,
      'Could not change the sharing.',
    );
  const remove = (topic: MyParkedTopic) =>
    change(topic, () => callApi('removeParkedTopic', { params: { topicId: topic.id } }), `“${topic.title}” removed from the parking lot`, 'Could not remove the topic.');

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>My parked topics</h2>
      <p className="hint">
        Topics you marked “might present” wait here until you present. Your facilitator sees when and how urgent, but reads a title only if you share it.
      </p>
      <ErrorText>{problem}</ErrorText>
      {parked.error ? (
        <p role="alert" className="error">
          Could not load your parked topics. {messageForError(parked.error)}
        </p>
      ) : null}
      {parked.data && parked.data.length === 0 ? <p>Nothing parked.</p> : null}
      {parked.data && parked.data.length > 0 ? (
        <ul className="stack" aria-labelledby={headingId}>
          {parked.data.map((topic) => (
            <li key={topic.id} className="card stack">
              <strong>{topic.title}</strong>
              <span className="hint">{parkedTopicFacts(topic)}</span>
              <div className="button-row">
                <label>
                  <input
                    type="checkbox"
                    checked={topic.sharedWithFacilitator}
                    disabled={busyId === topic.id}
                    onChange={(event) => void share(topic, event.target.checked)}
                    aria-label={`Share “${topic.title}” with facilitator`}
                  />{' '}
                  Share with facilitator
                </label>
                <button type="button" disabled={busyId === topic.id} onClick={() => void remove(topic)} aria-label={`Remove “${topic.title}”`}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
