import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { describeDuration, type CohortDetail, type SessionSummary, type UpdateSession } from '@peercircle/shared';
import { apiPath, callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { cohortLocalTime, formatDateTime, viewerTimeZone } from '../../cohorts/session-time';
import { announce } from '../../store/ui-slice';
import { SelectField } from '../ui/SelectField';
import { FormatSelect } from './FormatSelect';
import { UpdateSubmissions } from './UpdateSubmissions';

interface SessionRowProps {
  session: SessionSummary;
  cohort: CohortDetail;
  /** The next session and any open one offer "Join session". */
  joinable: boolean;
  onSaved(session: SessionSummary): void;
}

const byRotation = '';

/** One upcoming session: its time twice over, presenter and format (saved together), join and calendar links. */
export function SessionRow({ session, cohort, joinable, onSaved }: SessionRowProps) {
  const [presenter, setPresenter] = useState(session.presenterOverrideId ?? byRotation);
  const [format, setFormat] = useState(session.format);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { presenter: useId(), format: useId() };
  const when = formatDateTime(session.startsAt);
  const cohortTime = cohortLocalTime(session.startsAt, cohort.cadence.timezone, viewerTimeZone());
  const rotationPick = cohort.members.find((member) => member.id === session.presenterId)?.displayName;

  const patch: UpdateSession = {
    ...(presenter !== (session.presenterOverrideId ?? byRotation) ? { presenterOverrideId: presenter === byRotation ? null : presenter } : {}),
    ...(format !== session.format ? { format: format as UpdateSession['format'] } : {}),
  };
  const changed = Object.keys(patch).length > 0;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!changed) return;
    setBusy(true);
    setProblem(null);
    try {
      const saved = await callApi('updateSession', { params: { sessionId: session.id }, body: patch });
      onSaved(saved);
      announce(`Session on ${when} saved`);
    } catch (error) {
      setProblem(messageForError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card session-row">
      <h3>
        {when}
        {session.status === 'open' ? <span className="tag now">Open now</span> : null}
        {session.status === 'scheduled' || session.status === 'open' ? (
          <span className="tag">{cohort.briefReadySessionIds.includes(session.id) ? 'Brief ready' : 'Brief not ready yet'}</span>
        ) : null}
      </h3>
      <p className="session-times">
        {cohortTime ? `${cohortTime} · ` : ''}
        {describeDuration(session.durationMinutes)}
      </p>
      {session.status === 'scheduled' || session.status === 'open' ? <UpdateSubmissions sessionId={session.id} memberCount={cohort.members.length} when={when} /> : null}
      <form className="session-form" onSubmit={save}>
        <div className="field-pair">
          <SelectField
            id={ids.presenter}
            label="Presenter"
            value={presenter}
            onChange={setPresenter}
            options={[
              { value: byRotation, label: 'By rotation' },
              ...cohort.members.map((member) => ({ value: member.id, label: member.displayName })),
            ]}
            hint={presenter === byRotation && rotationPick ? `Rotation chose ${rotationPick}.` : undefined}
          />
          <FormatSelect id={ids.format} label="Format" value={format} onChange={setFormat} />
        </div>
        {problem ? (
          <p role="alert" className="error">
            Could not save: {problem}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" disabled={!changed || busy} aria-busy={busy}>
            Save<span className="visually-hidden"> session on {when}</span>
          </button>
          {joinable ? (
            <Link href={`/s/${session.id}`} className="button-link primary">
              Join session
            </Link>
          ) : null}
          <a href={apiPath('sessionCalendar', { sessionId: session.id })} download>
            Add to calendar (.ics)<span className="visually-hidden"> for {when}</span>
          </a>
        </div>
      </form>
    </li>
  );
}
