import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, MembersTable } from './schema';

export interface Member {
  id: string;
  cohortId: string;
  displayName: string;
  email: string | null;
  timezone: string | null;
  /** Null until the member first accepts the cohort's agreement. */
  acceptedAgreementVersion: number | null;
  calendarTokenHash: string;
  removedAt: number | null;
  createdAt: number;
}

export interface NewMember {
  /** Given when something derived from the id (e.g. the calendar token) must exist before the row; random otherwise. */
  id?: string;
  cohortId: string;
  displayName: string;
  email?: string | null;
  timezone?: string | null;
  calendarTokenHash: string;
}

export class MembersRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(input: NewMember, now: number): Promise<Member> {
    const member: Member = {
      id: input.id ?? randomUUID(),
      cohortId: input.cohortId,
      displayName: input.displayName,
      email: input.email ?? null,
      timezone: input.timezone ?? null,
      acceptedAgreementVersion: null,
      calendarTokenHash: input.calendarTokenHash,
      removedAt: null,
      createdAt: now,
    };
    await this.db
      .insertInto('members')
      .values({
        id: member.id,
        cohort_id: member.cohortId,
        display_name: member.displayName,
        email: member.email,
        timezone: member.timezone,
        accepted_agreement_version: member.acceptedAgreementVersion,
        calendar_token_hash: member.calendarTokenHash,
        removed_at: member.removedAt,
        created_at: member.createdAt,
      })
      .execute();
    return member;
  }

  async findById(id: string): Promise<Member | undefined> {
    const row = await this.db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toMember(row);
  }

  /** In the order they joined; removed members only when asked for. */
  async listByCohort(cohortId: string, options: { includeRemoved?: boolean } = {}): Promise<Member[]> {
    let query = this.db.selectFrom('members').selectAll().where('cohort_id', '=', cohortId);
    if (!options.includeRemoved) query = query.where('removed_at', 'is', null);
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    return rows.map(toMember);
  }

  /** Keeps the first removal time; false when there is no such active member. */
  async markRemoved(id: string, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('members')
      .set({ removed_at: now })
      .where('id', '=', id)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async acceptAgreement(id: string, version: number): Promise<boolean> {
    const result = await this.db.updateTable('members').set({ accepted_agreement_version: version }).where('id', '=', id).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Active members only, so a removed member's calendar feed stops working. */
  async findByCalendarTokenHash(calendarTokenHash: string): Promise<Member | undefined> {
    const row = await this.db
      .selectFrom('members')
      .selectAll()
      .where('calendar_token_hash', '=', calendarTokenHash)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return row && toMember(row);
  }

  /**
   * Deletes the member and, by cascade, their invites, attendance, commitments and kept questions.
   * Logins and speaking time have no foreign key to members: use `deleteMemberData` to erase everything.
   */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('members').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}

function toMember(row: Selectable<MembersTable>): Member {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    displayName: row.display_name,
    email: row.email,
    timezone: row.timezone,
    acceptedAgreementVersion: row.accepted_agreement_version,
    calendarTokenHash: row.calendar_token_hash,
    removedAt: row.removed_at,
    createdAt: row.created_at,
  };
}
