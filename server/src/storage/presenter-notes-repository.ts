import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';

const DAY_MS = 86_400_000;

export interface NewSealedNote {
  id: string;
  sessionId: string;
  presenterId: string;
  authorId: string;
  sealed: string;
}

/** A note addressed to a presenter, still sealed, with what the presenter's list needs around it. */
export interface SealedNoteForPresenter {
  id: string;
  sessionId: string;
  sessionStartsAt: number;
  sealed: string;
  writtenAt: number;
  handedOverAt: number | null;
  kept: boolean;
  retentionDays: number;
}

/** What an author's export says about notes they wrote: that they did, never the text (sealed for someone else). */
export interface WrittenNoteRecord {
  sessionId: string;
  writtenAt: number;
}

/**
 * Sealed notes for presenters and the wrapped data keys that open them. Nothing here sees plaintext:
 * sealing and opening happen in members/presenter-notes.ts, with the server secret.
 */
export class PresenterNotesRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async findWrappedKey(memberId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('member_note_keys').select('wrapped_key').where('member_id', '=', memberId).executeTakeFirst();
    return row?.wrapped_key;
  }

  /** Stores the member's wrapped key unless one exists already; returns the one that is stored. */
  async storeWrappedKeyOnce(memberId: string, wrappedKey: string, now: number): Promise<string> {
    await this.db
      .insertInto('member_note_keys')
      .values({ member_id: memberId, wrapped_key: wrappedKey, created_at: now })
      .onConflict((oc) => oc.column('member_id').doNothing())
      .execute();
    return (await this.findWrappedKey(memberId)) ?? wrappedKey;
  }

  async add(note: NewSealedNote, now: number): Promise<void> {
    await this.db
      .insertInto('presenter_notes')
      .values({ id: note.id, session_id: note.sessionId, presenter_id: note.presenterId, author_id: note.authorId, sealed: note.sealed, written_at: now, handed_over_at: null, kept: 0 })
      .execute();
  }

  /** Like `add`, but a note whose id is stored already stays as it is: for copies that may be made twice. */
  async addOnce(note: NewSealedNote, writtenAt: number): Promise<void> {
    await this.db
      .insertInto('presenter_notes')
      .values({ id: note.id, session_id: note.sessionId, presenter_id: note.presenterId, author_id: note.authorId, sealed: note.sealed, written_at: writtenAt, handed_over_at: null, kept: 0 })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async countByAuthorInSession(authorId: string, sessionId: string): Promise<number> {
    const row = await this.db
      .selectFrom('presenter_notes')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('author_id', '=', authorId)
      .where('session_id', '=', sessionId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Every note addressed to the presenter, handed over or not, oldest session first. */
  async listForPresenter(presenterId: string): Promise<SealedNoteForPresenter[]> {
    const rows = await this.db
      .selectFrom('presenter_notes')
      .innerJoin('sessions', 'sessions.id', 'presenter_notes.session_id')
      .innerJoin('cohorts', 'cohorts.id', 'sessions.cohort_id')
      .select([
        'presenter_notes.id',
        'presenter_notes.session_id',
        'sessions.starts_at',
        'presenter_notes.sealed',
        'presenter_notes.written_at',
        'presenter_notes.handed_over_at',
        'presenter_notes.kept',
        'cohorts.notes_retention_days',
      ])
      .where('presenter_notes.presenter_id', '=', presenterId)
      .orderBy('sessions.starts_at')
      .orderBy('presenter_notes.written_at')
      .orderBy('presenter_notes.id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      sessionId: row.session_id,
      sessionStartsAt: Number(row.starts_at),
      sealed: row.sealed,
      writtenAt: Number(row.written_at),
      handedOverAt: row.handed_over_at === null ? null : Number(row.handed_over_at),
      kept: row.kept === 1,
      retentionDays: row.notes_retention_days,
    }));
  }

  async markHandedOver(presenterId: string, noteIds: readonly string[], now: number): Promise<void> {
    if (noteIds.length === 0) return;
    await this.db
      .updateTable('presenter_notes')
      .set({ handed_over_at: now })
      .where('presenter_id', '=', presenterId)
      .where('id', 'in', noteIds)
      .where('handed_over_at', 'is', null)
      .execute();
  }

  /** Only the presenter's own handed-over note; false for anything else. */
  async setKept(presenterId: string, noteId: string, kept: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable('presenter_notes')
      .set({ kept: kept ? 1 : 0 })
      .where('id', '=', noteId)
      .where('presenter_id', '=', presenterId)
      .where('handed_over_at', 'is not', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Deletes notes not kept whose cohort's retention, counted from writing, has run out; returns how many. */
  async deleteExpired(now: number): Promise<number> {
    const expired = this.db
      .selectFrom('presenter_notes as note')
      .innerJoin('sessions', 'sessions.id', 'note.session_id')
      .innerJoin('cohorts', 'cohorts.id', 'sessions.cohort_id')
      .select('note.id')
      .where('note.kept', '=', 0)
      .where(sql<boolean>`note.written_at + cast(cohorts.notes_retention_days as bigint) * ${DAY_MS} <= ${now}`);
    const result = await this.db.deleteFrom('presenter_notes').where('id', 'in', expired).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async listWrittenBy(authorId: string): Promise<WrittenNoteRecord[]> {
    const rows = await this.db
      .selectFrom('presenter_notes')
      .select(['session_id', 'written_at'])
      .where('author_id', '=', authorId)
      .orderBy('written_at')
      .execute();
    return rows.map((row) => ({ sessionId: row.session_id, writtenAt: Number(row.written_at) }));
  }

  /** Notes they wrote, notes addressed to them and their key; returns how many notes went. */
  async deleteForMember(memberId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('presenter_notes')
      .where((eb) => eb.or([eb('presenter_id', '=', memberId), eb('author_id', '=', memberId)]))
      .executeTakeFirst();
    await this.db.deleteFrom('member_note_keys').where('member_id', '=', memberId).execute();
    return Number(result.numDeletedRows);
  }
}
