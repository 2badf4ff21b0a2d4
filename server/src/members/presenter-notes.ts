import { createHash, randomUUID } from 'node:crypto';
import {
  DomainError,
  presenterNoteRules,
  type HandedOverNote,
  type PresenterNoteInput,
  type PresenterNotesForSession,
  type ScribeNote,
  type WrittenPresenterNote,
} from '@peercircle/shared';
import type { CircleStates } from '../meetings/circle-states';
import type { Repositories } from '../repositories';
import type { SealedNoteForPresenter } from '../storage/presenter-notes-repository';
import { newDataKey, noteAssociatedData, open, seal, unwrapDataKey, wrapDataKey } from './note-sealing';
import { memberAndSession } from './member-access';

const DAY_MS = 86_400_000;
const noSuchNote = () => new DomainError('not_found', 'No such note');

interface SealedContent {
  authorName: string | null;
  text: string;
}

/**
 * Notes for the presenter. A member writes one while a presentation runs; it is sealed for the presenter
 * at once (see note-sealing.ts) and stored; the presenter can open it once the presentation is over —
 * the session ended or someone else presents — and only in a request signed in as the presenter.
 * Nothing here logs, and no read returns a note to anyone but the presenter it is addressed to.
 */
export class PresenterNotes {
  constructor(
    private readonly repos: Repositories,
    private readonly circleStates: CircleStates,
    private readonly serverSecret: string,
    private readonly clock: () => number,
  ) {}

  /** `input` is already validated by `presenterNoteSchema`; the presenter is whoever presents now. */
  async write(authorId: string, sessionId: string, input: PresenterNoteInput): Promise<WrittenPresenterNote> {
    const { member: author, session } = await memberAndSession(this.repos, authorId, sessionId);
    const state = session.status === 'open' ? await this.circleStates.current(session.id) : undefined;
    if (!state || state.status !== 'running' || state.presenterId === null) throw new DomainError('wrong_phase', 'Notes can be written while someone presents');
    if (state.participants[author.id]?.role !== 'member') throw new DomainError('forbidden', 'Only members in the session can write notes');
    if (state.presenterId === author.id) throw new DomainError('forbidden', 'Notes are for the presenter from the others');
    const presenter = await this.repos.members.findById(state.presenterId);
    if (!presenter || presenter.cohortId !== author.cohortId || presenter.removedAt !== null) throw new DomainError('wrong_phase', 'Notes can be written while a member presents');
    const written = await this.repos.presenterNotes.countByAuthorInSession(author.id, session.id);
    if (written >= presenterNoteRules.maxNotesPerAuthorPerSession) throw new DomainError('rate_limited', 'You have written as many notes as a session allows');

    const text = input.text.trim();
    const content: SealedContent = { authorName: input.anonymous ? null : author.displayName, text };
    const noteId = randomUUID();
    const dataKey = await this.dataKeyFor(presenter.id, true);
    const sealed = seal(dataKey, JSON.stringify(content), noteAssociatedData({ noteId, sessionId: session.id, presenterId: presenter.id }));
    dataKey.fill(0);
    await this.repos.presenterNotes.add({ id: noteId, sessionId: session.id, presenterId: presenter.id, authorId: author.id, sealed }, this.clock());
    return { noteId, notesLeft: presenterNoteRules.maxNotesPerAuthorPerSession - written - 1 };
  }

  /**
   * At the hand-over, the scribe's live notes become sealed notes from the scribe (never anonymous), so
   * the presenter finds them with the others once the live copy is deleted. Each copy's id is derived
   * from the session, presenter and live note id: copying the same notes again (a save retried after a
   * failure, a restart) stores nothing twice. They count among the scribe's notes in the session.
   */
  async sealScribeNotes(sessionId: string, presenterId: string, scribeId: string, notes: readonly ScribeNote[]): Promise<number> {
    if (notes.length === 0 || scribeId === presenterId) return 0;
    const session = await this.repos.sessions.findById(sessionId);
    const [presenter, scribe] = [await this.repos.members.findById(presenterId), await this.repos.members.findById(scribeId)];
    if (!session || !presenter || !scribe || presenter.removedAt !== null || scribe.removedAt !== null) return 0;
    if (presenter.cohortId !== session.cohortId || scribe.cohortId !== session.cohortId) return 0;
    const dataKey = await this.dataKeyFor(presenter.id, true);
    try {
      for (const note of notes) {
        const noteId = scribeCopyId(sessionId, presenterId, note.noteId);
        const content: SealedContent = { authorName: scribe.displayName, text: note.text.trim() };
        const sealed = seal(dataKey, JSON.stringify(content), noteAssociatedData({ noteId, sessionId, presenterId }));
        await this.repos.presenterNotes.addOnce({ id: noteId, sessionId, presenterId, authorId: scribe.id, sealed }, note.writtenAt);
      }
    } finally {
      dataKey.fill(0);
    }
    return notes.length;
  }

  /** The presenter's handed-over notes, opened; notes of a presentation still running stay sealed and unlisted. */
  async listForPresenter(presenterId: string): Promise<PresenterNotesForSession[]> {
    const rows = await this.repos.presenterNotes.listForPresenter(presenterId);
    const handedOver = await this.handOver(presenterId, rows);
    if (handedOver.length === 0) return [];
    const dataKey = await this.dataKeyFor(presenterId, false);
    if (!dataKey) return [];
    const bySession = new Map<string, PresenterNotesForSession>();
    for (const row of handedOver) {
      const note = openNote(dataKey, presenterId, row);
      if (!note) continue;
      let group = bySession.get(row.sessionId);
      if (!group) {
        group = { sessionId: row.sessionId, sessionStartsAt: row.sessionStartsAt, notes: [] };
        bySession.set(row.sessionId, group);
      }
      group.notes.push(note);
    }
    dataKey.fill(0);
    return [...bySession.values()];
  }

  /** Keeps (or stops keeping) one of the presenter's handed-over notes past the cohort's retention. */
  async keep(presenterId: string, noteId: string, kept: boolean): Promise<HandedOverNote> {
    // Listing first hands over whatever is due, so a note is kept only once its presenter can read it.
    const note = (await this.listForPresenter(presenterId)).flatMap((group) => group.notes).find((candidate) => candidate.noteId === noteId);
    if (!note || !(await this.repos.presenterNotes.setKept(presenterId, noteId, kept))) throw noSuchNote();
    return { ...note, kept };
  }

  /** Marks as handed over the notes whose presentation is over; returns every handed-over row. */
  private async handOver(presenterId: string, rows: SealedNoteForPresenter[]): Promise<SealedNoteForPresenter[]> {
    const now = this.clock();
    const result: SealedNoteForPresenter[] = [];
    const newlyHandedOver: string[] = [];
    // One look per session, not per note: a presenter's notes come from a handful of sessions.
    const overBySession = new Map<string, Promise<boolean>>();
    const over = (sessionId: string) => {
      if (!overBySession.has(sessionId)) overBySession.set(sessionId, this.presentationOver(sessionId, presenterId));
      return overBySession.get(sessionId)!;
    };
    for (const row of rows) {
      if (row.handedOverAt !== null) result.push(row);
      else if (await over(row.sessionId)) {
        newlyHandedOver.push(row.id);
        result.push({ ...row, handedOverAt: now });
      }
    }
    await this.repos.presenterNotes.markHandedOver(presenterId, newlyHandedOver, now);
    return result;
  }

  /**
   * Over when the session is no longer open, or its live state has another presenter or has ended. An
   * open session whose live state is not loaded (a restart) waits: never hand over too early.
   */
  private async presentationOver(sessionId: string, presenterId: string): Promise<boolean> {
    const session = await this.repos.sessions.findById(sessionId);
    if (!session || session.status !== 'open') return true;
    const state = await this.circleStates.current(sessionId);
    if (!state) return false;
    return state.status === 'ended' || state.presenterId !== presenterId;
  }

  private async dataKeyFor(memberId: string, create: true): Promise<Buffer>;
  private async dataKeyFor(memberId: string, create: false): Promise<Buffer | undefined>;
  private async dataKeyFor(memberId: string, create: boolean): Promise<Buffer | undefined> {
    let wrapped = await this.repos.presenterNotes.findWrappedKey(memberId);
    if (!wrapped) {
      if (!create) return undefined;
      const fresh = newDataKey();
      wrapped = await this.repos.presenterNotes.storeWrappedKeyOnce(memberId, wrapDataKey(this.serverSecret, memberId, fresh), this.clock());
      fresh.fill(0);
    }
    const key = unwrapDataKey(this.serverSecret, memberId, wrapped);
    if (!key) throw new DomainError('internal', 'Notes cannot be opened with this server secret');
    return key;
  }
}

/** A UUID (version 8, name-based) for the sealed copy of one live scribe note. */
export function scribeCopyId(sessionId: string, presenterId: string, scribeNoteId: string): string {
  const bytes = createHash('sha256').update(`scribe-note:${sessionId}:${presenterId}:${scribeNoteId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function openNote(dataKey: Buffer, presenterId: string, row: SealedNoteForPresenter): HandedOverNote | null {
  const opened = open(dataKey, row.sealed, noteAssociatedData({ noteId: row.id, sessionId: row.sessionId, presenterId }));
  if (!opened) return null;
  const content = JSON.parse(opened.toString('utf8')) as SealedContent;
  return {
    noteId: row.id,
    authorName: content.authorName,
    text: content.text,
    writtenAt: row.writtenAt,
    kept: row.kept,
    deleteAfter: row.writtenAt + row.retentionDays * DAY_MS,
  };
}
