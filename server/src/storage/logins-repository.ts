import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, LoginsTable } from './schema';

export type LoginSubjectKind = LoginsTable['subject_kind'];

/** A signed-in browser. */
export interface Login {
  /** Hash of the secret in the browser's cookie. */
  id: string;
  subjectKind: LoginSubjectKind;
  subjectId: string;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

export type NewLogin = Pick<Login, 'id' | 'subjectKind' | 'subjectId' | 'expiresAt'>;

export class LoginsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(input: NewLogin, now: number): Promise<Login> {
    const login: Login = { ...input, createdAt: now, revokedAt: null };
    await this.db
      .insertInto('logins')
      .values({
        id: login.id,
        subject_kind: login.subjectKind,
        subject_id: login.subjectId,
        created_at: login.createdAt,
        expires_at: login.expiresAt,
        revoked_at: login.revokedAt,
      })
      .execute();
    return login;
  }

  /** The login if it has neither expired nor been revoked. */
  async findActive(id: string, now: number): Promise<Login | undefined> {
    const row = await this.db
      .selectFrom('logins')
      .selectAll()
      .where('id', '=', id)
      .where('expires_at', '>', now)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row && toLogin(row);
  }

  async revoke(id: string, now: number): Promise<void> {
    await this.db.updateTable('logins').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  /** Signs the subject out everywhere; returns how many logins were still active. */
  async revokeAllFor(subjectKind: LoginSubjectKind, subjectId: string, now: number): Promise<number> {
    const result = await this.db
      .updateTable('logins')
      .set({ revoked_at: now })
      .where('subject_kind', '=', subjectKind)
      .where('subject_id', '=', subjectId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** For erasing a person: not even the record of their sign-ins remains. */
  async deleteAllFor(subjectKind: LoginSubjectKind, subjectId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('logins')
      .where('subject_kind', '=', subjectKind)
      .where('subject_id', '=', subjectId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Forgets logins that expired or were revoked before `cutoff`; returns how many. */
  async deleteEndedBefore(cutoff: number): Promise<number> {
    const result = await this.db
      .deleteFrom('logins')
      .where((eb) => eb.or([eb('expires_at', '<', cutoff), eb('revoked_at', '<', cutoff)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async listFor(subjectKind: LoginSubjectKind, subjectId: string): Promise<Login[]> {
    const rows = await this.db
      .selectFrom('logins')
      .selectAll()
      .where('subject_kind', '=', subjectKind)
      .where('subject_id', '=', subjectId)
      .orderBy('created_at')
      .execute();
    return rows.map(toLogin);
  }
}

function toLogin(row: Selectable<LoginsTable>): Login {
  return {
    id: row.id,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}
