import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '@peercircle/shared';
import type { DatabaseSchema, FacilitatorsTable } from './schema';
import { isUniqueViolation } from './unique-violation';

export interface Facilitator {
  id: string;
  /** Lower-cased, so look-ups ignore case. */
  email: string;
  displayName: string;
  passwordHash: string;
  timezone: string;
  createdAt: number;
}

export type NewFacilitator = Omit<Facilitator, 'id' | 'createdAt'>;

export class FacilitatorsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Throws a `conflict` DomainError when the email is taken (in any letter case). */
  async create(input: NewFacilitator, now: number): Promise<Facilitator> {
    const facilitator: Facilitator = { ...input, id: randomUUID(), email: normaliseEmail(input.email), createdAt: now };
    try {
      await this.db
        .insertInto('facilitators')
        .values({
          id: facilitator.id,
          email: facilitator.email,
          display_name: facilitator.displayName,
          password_hash: facilitator.passwordHash,
          timezone: facilitator.timezone,
          created_at: facilitator.createdAt,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('conflict', 'a facilitator with this email already exists');
      throw error;
    }
    return facilitator;
  }

  async findByEmail(email: string): Promise<Facilitator | undefined> {
    const row = await this.db.selectFrom('facilitators').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
    return row && toFacilitator(row);
  }

  async findById(id: string): Promise<Facilitator | undefined> {
    const row = await this.db.selectFrom('facilitators').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toFacilitator(row);
  }
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toFacilitator(row: Selectable<FacilitatorsTable>): Facilitator {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    timezone: row.timezone,
    createdAt: row.created_at,
  };
}
