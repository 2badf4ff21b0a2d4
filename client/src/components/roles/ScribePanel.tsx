import { useId, useState, type FormEvent } from 'react';
import { maxScribeNoteLength, maxScribeNotes } from '@peercircle/shared';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { nameOf } from '../../circle/view-queries';
import { announce } from '../../store/ui-slice';
import { CountedTextArea } from '../ui/CountedTextArea';

/** The scribe writes notes for the presenter: what they said, patterns, words that mattered. */
export function ScribePanel() {
  const send = useSessionCommand();
  const presenter = useCircle((view) => (view.presenterId === null ? null : nameOf(view, view.presenterId)));
  const notes = useCircle((view) => view.scribeNotes);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const ids = { heading: useId(), text: useId(), hint: useId(), list: useId() };
  const note = text.trim();
  const full = notes.length >= maxScribeNotes;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (note === '' || sending || full || presenter === null) return;
    setSending(true);
    const accepted = await send({ type: 'scribeNote.add', text: note });
    setSending(false);
    if (!accepted) return;
    setText('');
    announce(`Note added for ${presenter}`);
  }

  async function remove(noteId: string, number: number) {
    if (await send({ type: 'scribeNote.remove', noteId })) announce(`Note ${number} removed`);
  }

  return (
    <section className="panel-section scribe" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Scribe</h2>
      <p id={ids.hint} className="hint">
        {presenter === null
          ? 'Nobody is presenting, so there is nobody to write for yet.'
          : `Only ${presenter} and you can read these notes. They are deleted when the session ends.`}
      </p>
      {presenter !== null ? (
        <form className="question-form" onSubmit={submit}>
          <label htmlFor={ids.text}>Note for {presenter}</label>
          <CountedTextArea id={ids.text} value={text} onChange={setText} maxLength={maxScribeNoteLength} describedBy={ids.hint} />
          {full ? <p className="hint">You have written {maxScribeNotes} notes, the most there can be. Remove one to add another.</p> : null}
          <button type="submit" className="primary" disabled={note === '' || sending || full}>
            Add note
          </button>
        </form>
      ) : null}
      <h3 id={ids.list}>Notes written</h3>
      {notes.length === 0 ? (
        <p className="hint">None yet.</p>
      ) : (
        <ol className="note-list" aria-labelledby={ids.list}>
          {notes.map((written, index) => (
            <li key={written.noteId} className="note-item">
              <span className="note-text">{written.text}</span>
              <button type="button" className="small" aria-label={`Remove note ${index + 1}`} onClick={() => void remove(written.noteId, index + 1)}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
