import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { PresenterNotesSweeper } from '../members/presenter-notes-sweeper';
import { newDataKey, noteAssociatedData, open, seal, wrapDataKey } from '../members/note-sealing';
import { PresenterNotesRepository } from './presenter-notes-repository';
import { DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('PresenterNotesRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const notes = () => new PresenterNotesRepository(database().db);

  async function noteFor(presenterId: string, authorId: string, sessionId: string, writtenAt = T0, key = newDataKey(), text = 'A note') {
    const id = randomUUID();
    const sealed = seal(key, text, noteAssociatedData({ noteId: id, sessionId, presenterId }));
    await notes().add({ id, sessionId, presenterId, authorId, sealed }, writtenAt);
    return id;
  }

  it('stores a member key once: a second store returns the first', async () => {
    const { ada } = await seedCohort(database().db);
    expect(await notes().findWrappedKey(ada.id)).toBeUndefined();
    expect(await notes().storeWrappedKeyOnce(ada.id, 'first', T0)).toBe('first');
    expect(await notes().storeWrappedKeyOnce(ada.id, 'second', T0 + 1)).toBe('first');
  });

  it('lists notes for their presenter only, counts per author, hands over and keeps only the presenter\'s own', async () => {
    const { ada, ben, session } = await seedCohort(database().db);
    const forAda = await noteFor(ada.id, ben.id, session.id, T0);
    await noteFor(ada.id, ben.id, session.id, T0 + 1);
    const forBen = await noteFor(ben.id, ada.id, session.id, T0 + 2);

    expect((await notes().listForPresenter(ada.id)).map((note) => note.writtenAt)).toEqual([T0, T0 + 1]);
    expect(await notes().countByAuthorInSession(ben.id, session.id)).toBe(2);
    expect(await notes().countByAuthorInSession(ada.id, session.id)).toBe(1);

    expect(await notes().setKept(ada.id, forAda, true)).toBe(false); // not handed over yet
    await notes().markHandedOver(ada.id, [forAda, forBen], T0 + 10); // Ben's note is not Ada's to hand over
    expect(await notes().setKept(ben.id, forAda, true)).toBe(false);
    expect(await notes().setKept(ada.id, forAda, true)).toBe(true);
    const [first] = await notes().listForPresenter(ada.id);
    expect(first).toMatchObject({ id: forAda, handedOverAt: T0 + 10, kept: true, retentionDays: 90 });
    expect((await notes().listForPresenter(ben.id))[0]!.handedOverAt).toBeNull();
  });

  it("deletes notes past the cohort's retention unless kept (the sweeper)", async () => {
    const { db } = database();
    const { ada, ben, session, cohort } = await seedCohort(db);
    await db.updateTable('cohorts').set({ notes_retention_days: 30 }).where('id', '=', cohort.id).execute();
    const old = await noteFor(ada.id, ben.id, session.id, T0);
    const keptOld = await noteFor(ada.id, ben.id, session.id, T0);
    const recent = await noteFor(ada.id, ben.id, session.id, T0 + 20 * DAY);
    await notes().markHandedOver(ada.id, [keptOld], T0 + 1);
    await notes().setKept(ada.id, keptOld, true);

    const sweeper = new PresenterNotesSweeper(notes(), () => T0 + 30 * DAY, pino({ level: 'silent' }));
    expect(await sweeper.sweep()).toBe(1);
    expect((await notes().listForPresenter(ada.id)).map((note) => note.id).sort()).toEqual([keptOld, recent].sort());
    expect((await notes().listForPresenter(ada.id)).map((note) => note.id)).not.toContain(old);
    expect(await new PresenterNotesSweeper(notes(), () => T0 + 50 * DAY, pino({ level: 'silent' })).sweep()).toBe(1);
    expect((await notes().listForPresenter(ada.id)).map((note) => note.id)).toEqual([keptOld]);
  });

  it('the retention is bounded by the schema (7…365 days)', async () => {
    const { db } = database();
    const { cohort } = await seedCohort(db);
    await expect(db.updateTable('cohorts').set({ notes_retention_days: 6 }).where('id', '=', cohort.id).execute()).rejects.toThrow();
    await expect(db.updateTable('cohorts').set({ notes_retention_days: 366 }).where('id', '=', cohort.id).execute()).rejects.toThrow();
  });

  it('rows hold no plaintext: neither the note, the author name nor the data key', async () => {
    const { db } = database();
    const { ada, ben, session } = await seedCohort(db);
    const dataKey = newDataKey();
    await notes().storeWrappedKeyOnce(ada.id, wrapDataKey('server-secret', ada.id, dataKey), T0);
    const id = await noteFor(ada.id, ben.id, session.id, T0, dataKey, JSON.stringify({ authorName: 'Ben', text: 'PLAINTEXT-MARKER reflection' }));

    const noteRows = await sql<Record<string, unknown>>`select * from presenter_notes`.execute(db);
    const keyRows = await sql<Record<string, unknown>>`select * from member_note_keys`.execute(db);
    const everything = JSON.stringify([noteRows.rows, keyRows.rows]);
    expect(everything).not.toContain('PLAINTEXT-MARKER');
    expect(everything).not.toContain('"Ben"');
    expect(everything).not.toContain(dataKey.toString('base64url'));
    expect(everything).not.toContain(dataKey.toString('hex'));
    // …and yet the presenter's key opens it.
    const [row] = await notes().listForPresenter(ada.id);
    expect(open(dataKey, row!.sealed, noteAssociatedData({ noteId: id, sessionId: session.id, presenterId: ada.id }))?.toString()).toContain('PLAINTEXT-MARKER');
  });
});
