import { useId, useRef, useState } from 'react';
import type { Commitment, NewCommitment, SessionCommitments } from '@peercircle/shared';
import { ApiError, callApi } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../cohorts/session-time';
import { commitmentVisibilityLabel } from '../../me/commitment-visibility';
import { announce } from '../../store/ui-slice';
import { CommitmentFields } from './CommitmentFields';
import { Loaded } from '../ui/Loaded';

interface CommitmentFormProps {
  sessionId: string;
  /** `page-section` on a page; a panel section in the room. */
  className?: string;
  /** Says which session the commitments are from (member home, where that is not obvious). */
  showSessionDate?: boolean;
}

/**
 * What the member will do before the next session, kept private or shared. Written at the closing,
 * and still written or changed afterwards (the ended screen, member home) until the next session's
 * check-in starts.
 */
export function CommitmentForm({ sessionId, className = 'panel-section', showSessionDate = false }: CommitmentFormProps) {
  const resource = useApi('sessionCommitments', { sessionId });
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>Your commitment for next time</h2>
      <Loaded resource={resource} what="your commitments">
        {(data) => <Commitments data={data} showSessionDate={showSessionDate} onChange={resource.replace} onClosed={resource.reload} />}
      </Loaded>
    </section>
  );
}

interface CommitmentsProps {
  data: SessionCommitments;
  showSessionDate: boolean;
  onChange(data: SessionCommitments): void;
  onClosed(): void;
}

function Commitments({ data, showSessionDate, onChange, onClosed }: CommitmentsProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  /** A refusal because the next check-in began meanwhile shows the commitments as closed. */
  async function saving(save: () => Promise<void>) {
    try {
      await save();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'session_closed') onClosed();
      throw error;
    }
  }

  const add = (commitment: NewCommitment) =>
    saving(async () => {
      const saved = await callApi('addCommitment', { params: { sessionId: data.sessionId }, body: commitment });
      onChange({ ...data, commitments: [...data.commitments, saved] });
      announce(`Commitment saved (${commitmentVisibilityLabel[saved.visibility]})`);
    });

  const update = (commitmentId: string) => (commitment: NewCommitment) =>
    saving(async () => {
      const saved = await callApi('updateCommitment', { params: { commitmentId }, body: commitment });
      onChange({ ...data, commitments: data.commitments.map((c) => (c.id === saved.id ? saved : c)) });
      stopEditing(commitmentId);
      announce(`Commitment updated (${commitmentVisibilityLabel[saved.visibility]})`);
    });

  function stopEditing(commitmentId: string) {
    setEditing(null);
    // Back to the button that opened the edit, once it is rendered again.
    requestAnimationFrame(() => editButtons.current.get(commitmentId)?.focus());
  }

  return (
    <>
      {showSessionDate ? <p className="hint">From the session of {formatDate(data.sessionStartsAt)}.</p> : null}
      {data.commitments.length > 0 ? (
        <ul className="commitment-list">
          {data.commitments.map((commitment) => (
            <li key={commitment.id}>
              {editing === commitment.id ? (
                <CommitmentFields
                  label="Your commitment"
                  submitLabel="Save changes"
                  initial={commitment}
                  onSave={update(commitment.id)}
                  onCancel={() => stopEditing(commitment.id)}
                  autoFocus
                />
              ) : (
                <SavedCommitment
                  commitment={commitment}
                  onEdit={data.open ? () => setEditing(commitment.id) : null}
                  editButton={(button) => {
                    if (button) editButtons.current.set(commitment.id, button);
                    else editButtons.current.delete(commitment.id);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {data.open ? (
        editing === null ? (
          <CommitmentFields
            label={data.commitments.length > 0 ? 'Another commitment' : 'What will you do before the next session?'}
            submitLabel="Save commitment"
            onSave={add}
          />
        ) : null
      ) : (
        <p>The next session has begun, so commitments from this one can no longer be changed.</p>
      )}
    </>
  );
}

interface SavedCommitmentProps {
  commitment: Commitment;
  onEdit: (() => void) | null;
  editButton(button: HTMLButtonElement | null): void;
}

function SavedCommitment({ commitment, onEdit, editButton }: SavedCommitmentProps) {
  const textId = useId();
  return (
    <>
      <p id={textId} className="commitment-text">
        {commitment.text}
      </p>
      <p className="hint">Saved · {commitmentVisibilityLabel[commitment.visibility]}</p>
      {onEdit ? (
        <button ref={editButton} type="button" className="small" onClick={onEdit} aria-describedby={textId}>
          Edit commitment
        </button>
      ) : null}
    </>
  );
}
