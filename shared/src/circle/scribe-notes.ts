import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { Outcome, ParticipantContext } from './command-handler';
import { holdsRole } from './forum-roles';
import type { CircleSession, ScribeNote } from './session-state';

export const maxScribeNoteLength = 1_000;
/** Bounds the state; a scribe who needs more can remove notes the presenter has read. */
export const maxScribeNotes = 50;

/** States saved before scribe notes existed have none. */
export function scribeNotesOf(state: Pick<CircleSession, 'scribeNotes'>): ScribeNote[] {
  return state.scribeNotes ?? [];
}

export function addScribeNote(state: CircleSession, command: CommandOf<'scribeNote.add'>, { actorId, now }: ParticipantContext): Outcome {
  if (state.presenterId === null) return new DomainError('conflict', 'Nobody is presenting, so there is nobody to write for');
  if (state.presenterId === actorId) return new DomainError('conflict', 'You are presenting: the notes are for you, from someone else');
  const notes = scribeNotesOf(state);
  if (notes.length >= maxScribeNotes) return new DomainError('conflict', `At most ${maxScribeNotes} notes; remove one first`);
  // Versions never repeat within a session, so neither do note ids, even after a removal.
  const note: ScribeNote = { noteId: `note-${state.version + 1}`, text: command.text, writtenAt: now, authorId: actorId };
  return { ...state, scribeNotes: [...notes, note] };
}

export function removeScribeNote(state: CircleSession, command: CommandOf<'scribeNote.remove'>): Outcome {
  const notes = scribeNotesOf(state);
  if (!notes.some((note) => note.noteId === command.noteId)) return new DomainError('not_found', 'No such note');
  return { ...state, scribeNotes: notes.filter((note) => note.noteId !== command.noteId) };
}

/** The presenter they are written for and the scribe read the notes; nobody else, facilitators included. */
export function scribeNotesFor(state: CircleSession, viewerId: string): ScribeNote[] {
  const reader = (state.presenterId !== null && state.presenterId === viewerId) || holdsRole(state, viewerId, 'scribe');
  return reader ? scribeNotesOf(state) : [];
}
