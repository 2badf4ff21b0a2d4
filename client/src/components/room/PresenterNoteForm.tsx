import { useId, useState, type FormEvent } from 'react';
import { presenterNoteRules, presenterNoteSchema } from '@peercircle/shared';
import { ApiError, callApi } from '../../api/api-client';
import { messageForError, sentence } from '../../api/api-error-messages';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { useCircle } from '../../circle/use-circle';
import { nameOf } from '../../circle/view-queries';
import { announce } from '../../store/ui-slice';
import { CountedTextArea } from '../ui/CountedTextArea';
import { ErrorText } from '../ui/ErrorText';

/** Both refusals (the session's allowance, too many in a minute) are worded for people by the server. */
function refusalMessage(error: unknown): string {
  return error instanceof ApiError && error.code === 'rate_limited' ? sentence(error.message) : messageForError(error);
}

/** A short private note for the presenter, sealed at once and handed over when their presentation ends. */
export function PresenterNoteForm({ sessionId }: { sessionId: string }) {
  const presenter = useCircle((view) => (view.presenterId === null ? 'the presenter' : nameOf(view, view.presenterId)));
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [notesLeft, setNotesLeft] = useState<number | null>(null);
  const ids = { heading: useId(), text: useId(), problem: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    const parsed = presenterNoteSchema.safeParse({ text, anonymous });
    if (!parsed.success) {
      setProblem(fieldErrorsFrom(parsed.error).text ?? 'Check your note.');
      return;
    }
    setProblem(null);
    setSending(true);
    try {
      const written = await callApi('writePresenterNote', { params: { sessionId }, body: parsed.data });
      setText('');
      setNotesLeft(written.notesLeft);
      announce(`Note sent to ${presenter}. ${written.notesLeft} ${written.notesLeft === 1 ? 'note' : 'notes'} left in this session.`);
    } catch (error) {
      setProblem(refusalMessage(error));
    } finally {
      setSending(false);
    }
  }

  const usedUp = notesLeft === 0;
  return (
    <section className="panel-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Note for {presenter}</h2>
      <p className="hint">
        Experiences, reflections: only {presenter} can read it, once their presentation is over. Not the facilitator, nobody else.
      </p>
      {notesLeft !== null ? (
        <p className="hint">
          {usedUp
            ? 'You have written as many notes as a session allows.'
            : `You can write ${notesLeft} more ${notesLeft === 1 ? 'note' : 'notes'} in this session.`}
        </p>
      ) : null}
      {usedUp ? null : (
        <form className="question-form" onSubmit={submit} noValidate>
          <label htmlFor={ids.text}>Your note</label>
          <CountedTextArea
            id={ids.text}
            value={text}
            onChange={setText}
            maxLength={presenterNoteRules.textMaxChars}
            invalid={Boolean(problem)}
            describedBy={problem ? ids.problem : undefined}
          />
          <label className="checkbox">
            <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
            Leave my name off
          </label>
          <ErrorText id={ids.problem}>{problem}</ErrorText>
          <button type="submit" className="primary" disabled={text.trim() === '' || sending}>
            Send note
          </button>
        </form>
      )}
    </section>
  );
}
