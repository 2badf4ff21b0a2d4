import { useId, useState } from 'react';
import type { HandedOverNote, PresenterNotesForSession } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../cohorts/session-time';
import { announce } from '../../store/ui-slice';
import { Loaded } from '../ui/Loaded';
import { ErrorText } from '../ui/ErrorText';

/** Notes the circle wrote for this member while they presented, handed over when each presentation ended. */
export function NotesForYou() {
  const notes = useApi('myPresenterNotes');
  const headingId = useId();

  function replaceNote(changed: HandedOverNote) {
    if (!notes.data) return;
    notes.replace(
      notes.data.map((group) => ({ ...group, notes: group.notes.map((note) => (note.noteId === changed.noteId ? changed : note)) })),
    );
  }

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Notes for you</h2>
      <Loaded resource={notes} what="your notes">
        {(groups) =>
          groups.length === 0 ? (
            <p>No notes yet. When you present, what others write for you arrives here once your presentation ends.</p>
          ) : (
            <>
              <p className="hint">Only you can read these. Keep a note to stop it being deleted with the others.</p>
              {groups.map((group) => (
                <SessionNotes key={group.sessionId} group={group} onChange={replaceNote} />
              ))}
            </>
          )
        }
      </Loaded>
    </section>
  );
}

function SessionNotes({ group, onChange }: { group: PresenterNotesForSession; onChange(note: HandedOverNote): void }) {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Session of {formatDate(group.sessionStartsAt)}</h3>
      <ul className="notes-for-you">
        {group.notes.map((note) => (
          <li key={note.noteId}>
            <NoteForYou note={note} onChange={onChange} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function NoteForYou({ note, onChange }: { note: HandedOverNote; onChange(note: HandedOverNote): void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { text: useId(), fate: useId() };
  const author = note.authorName ?? 'Anonymous';

  async function toggle(kept: boolean) {
    setBusy(true);
    setProblem(null);
    try {
      onChange(await callApi('keepPresenterNote', { params: { noteId: note.noteId }, body: { kept } }));
      announce(kept ? `Note from ${author} kept` : `Note from ${author} no longer kept`);
    } catch (error) {
      setProblem(messageForError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p id={ids.text} className="note-for-you">
        {note.text}
      </p>
      <p className="hint">
        From {author} ·{' '}
        <span id={ids.fate}>{note.kept ? 'Kept: it will not be deleted.' : `Deleted on ${formatDate(note.deleteAfter)} unless kept.`}</span>
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={note.kept}
          disabled={busy}
          aria-describedby={`${ids.text} ${ids.fate}`}
          onChange={(event) => void toggle(event.target.checked)}
        />
        Keep this note
      </label>
      <ErrorText>{problem}</ErrorText>
    </>
  );
}
