import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { defaultPrivacyChecklist, inChecklistOrder, presenterNoteRules, type PrivacyItem } from '@peercircle/shared';
import type { CohortsTable, DatabaseSchema } from './schema';
import { inTransaction } from './transactions';

export interface Cohort {
  id: string;
  name: string;
  purpose: string;
  agreementText: string;
  /** Starts at 1; bumped whenever the agreement text changes. */
  agreementVersion: number;
  /** The `Cadence` as JSON; parse and validate it where the type lives. */
  cadenceJson: string;
  defaultFormat: string;
  /** Asked at the door of each session, in checklist order. */
  privacyChecklist: PrivacyItem[];
  /** Any member, not only the guardian, may call a pause; off until the facilitator turns it on. */
  anyMemberMayPause: boolean;
  /** Days before a note for the presenter is deleted unless kept. */
  notesRetentionDays: number;
  createdBy: string;
  createdAt: number;
}

/** A co-facilitator as a cohort lists them: no email, no password hash. */
export interface CohortFacilitator {
  id: string;
  displayName: string;
}

/** Without a checklist, a new cohort asks every item; any member may pause only once the facilitator allows it. */
export type NewCohort = Omit<Cohort, 'id' | 'agreementVersion' | 'createdAt' | 'privacyChecklist' | 'anyMemberMayPause' | 'notesRetentionDays'> & {
  privacyChecklist?: PrivacyItem[];
};
export type CohortChanges = Partial<
  Pick<Cohort, 'name' | 'purpose' | 'agreementText' | 'cadenceJson' | 'defaultFormat' | 'privacyChecklist' | 'anyMemberMayPause' | 'notesRetentionDays'>
>;

const checklistFlags = (items: readonly PrivacyItem[]) => ({
  asks_private_space: items.includes('privateSpace') ? 1 : 0,
  asks_headphones: items.includes('headphones') ? 1 : 0,
});

export class CohortsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** The creator becomes the cohort's first facilitator. */
  async create(input: NewCohort, now: number): Promise<Cohort> {
    const privacyChecklist = inChecklistOrder(input.privacyChecklist ?? defaultPrivacyChecklist);
    const cohort: Cohort = { ...input, privacyChecklist, id: randomUUID(), agreementVersion: 1, anyMemberMayPause: false, notesRetentionDays: presenterNoteRules.defaultRetentionDays, createdAt: now };
    await inTransaction(this.db, async (trx) => {
      await trx
        .insertInto('cohorts')
        .values({
          id: cohort.id,
          name: cohort.name,
          purpose: cohort.purpose,
          agreement_text: cohort.agreementText,
          agreement_version: cohort.agreementVersion,
          cadence_json: cohort.cadenceJson,
          default_format: cohort.defaultFormat,
          ...checklistFlags(privacyChecklist),
          any_member_may_pause: 0,
          created_by: cohort.createdBy,
          created_at: cohort.createdAt,
        })
        .execute();
      await trx.insertInto('cohort_facilitators').values({ cohort_id: cohort.id, facilitator_id: cohort.createdBy }).execute();
    });
    return cohort;
  }

  async findById(id: string): Promise<Cohort | undefined> {
    const row = await this.db.selectFrom('cohorts').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toCohort(row);
  }

  /** Oldest first. */
  async listForFacilitator(facilitatorId: string): Promise<Cohort[]> {
    const rows = await this.db
      .selectFrom('cohorts')
      .innerJoin('cohort_facilitators', 'cohort_facilitators.cohort_id', 'cohorts.id')
      .selectAll('cohorts')
      .where('cohort_facilitators.facilitator_id', '=', facilitatorId)
      .orderBy('cohorts.created_at')
      .orderBy('cohorts.id')
      .execute();
    return rows.map(toCohort);
  }

  /** Returns the updated cohort, or undefined when there is none with this id. */
  async update(id: string, changes: CohortChanges): Promise<Cohort | undefined> {
    if (Object.values(changes).every((value) => value === undefined)) return this.findById(id);
    const { agreementText } = changes;
    const row = await this.db
      .updateTable('cohorts')
      .set((eb) => ({
        name: changes.name,
        purpose: changes.purpose,
        cadence_json: changes.cadenceJson,
        default_format: changes.defaultFormat,
        ...(changes.privacyChecklist !== undefined && checklistFlags(changes.privacyChecklist)),
        any_member_may_pause: changes.anyMemberMayPause === undefined ? undefined : Number(changes.anyMemberMayPause),
        notes_retention_days: changes.notesRetentionDays,
        ...(agreementText !== undefined && {
          agreement_text: agreementText,
          // SET sees the row as it was, so this compares against the previous text.
          agreement_version: eb
            .case()
            .when('agreement_text', '<>', agreementText)
            .then(eb('agreement_version', '+', 1))
            .else(eb.ref('agreement_version'))
            .end(),
        }),
      }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toCohort(row);
  }

  /** Does nothing when the facilitator already is one. */
  async addFacilitator(cohortId: string, facilitatorId: string): Promise<void> {
    await this.db
      .insertInto('cohort_facilitators')
      .values({ cohort_id: cohortId, facilitator_id: facilitatorId })
      .onConflict((oc) => oc.columns(['cohort_id', 'facilitator_id']).doNothing())
      .execute();
  }

  /** By name. */
  async listFacilitators(cohortId: string): Promise<CohortFacilitator[]> {
    return this.db
      .selectFrom('facilitators')
      .innerJoin('cohort_facilitators', 'cohort_facilitators.facilitator_id', 'facilitators.id')
      .select(['facilitators.id', 'facilitators.display_name as displayName'])
      .where('cohort_facilitators.cohort_id', '=', cohortId)
      .orderBy('facilitators.display_name')
      .orderBy('facilitators.id')
      .execute();
  }

  async isFacilitator(cohortId: string, facilitatorId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('cohort_facilitators')
      .select('cohort_id')
      .where('cohort_id', '=', cohortId)
      .where('facilitator_id', '=', facilitatorId)
      .executeTakeFirst();
    return row !== undefined;
  }
}

function toCohort(row: Selectable<CohortsTable>): Cohort {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    agreementText: row.agreement_text,
    agreementVersion: row.agreement_version,
    cadenceJson: row.cadence_json,
    defaultFormat: row.default_format,
    privacyChecklist: inChecklistOrder([
      ...(row.asks_private_space === 1 ? (['privateSpace'] as const) : []),
      ...(row.asks_headphones === 1 ? (['headphones'] as const) : []),
    ]),
    anyMemberMayPause: row.any_member_may_pause === 1,
    notesRetentionDays: row.notes_retention_days,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
