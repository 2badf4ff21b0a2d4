import { useId } from 'react';
import { useCircle } from '../../circle/use-circle';

/** The scribe's notes, for the presenter's eyes (and the scribe's) only. */
export function ScribeNotesForPresenter() {
  const notes = useCircle((view) => view.scribeNotes);
  const headingId = useId();
  return (
    <section className="panel-section scribe-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>Notes from the scribe</h2>
      <p className="hint">Only you and the scribe can read these. They are deleted when the session ends.</p>
      {notes.length === 0 ? (
        <p className="hint">No notes yet.</p>
      ) : (
        <ol className="note-list" aria-label="Notes from the scribe">
          {notes.map((note) => (
            <li key={note.noteId} className="note-item">
              {note.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
