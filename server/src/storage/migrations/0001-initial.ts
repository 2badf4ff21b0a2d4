import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../transactions';

// Migrations see the database as it was at the time, not as `DatabaseSchema` describes it today.
// Portable column types only: `bigint` is an INTEGER column in SQLite and int8 in PostgreSQL.

export async function up(db: Kysely<any>): Promise<void> {
  // Kysely's migrator wraps migrations in a transaction on PostgreSQL only; SQLite needs its own
  // so a failure cannot leave half the tables behind.
  await inTransaction(db, createTables);
}

async function createTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('facilitators')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('timezone', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('agreement_text', 'text', (col) => col.notNull())
    .addColumn('agreement_version', 'integer', (col) => col.notNull())
    .addColumn('cadence_json', 'text', (col) => col.notNull())
    .addColumn('default_format', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('facilitators.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('cohort_facilitators')
    .addColumn('cohort_id', 'text', (col) => col.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('facilitator_id', 'text', (col) => col.notNull().references('facilitators.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('cohort_facilitators_pk', ['cohort_id', 'facilitator_id'])
    .execute();
  await db.schema.createIndex('cohort_facilitators_facilitator_idx').on('cohort_facilitators').column('facilitator_id').execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('cohort_id', 'text', (col) => col.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('email', 'text')
    .addColumn('timezone', 'text')
    .addColumn('accepted_agreement_version', 'integer')
    .addColumn('calendar_token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('removed_at', 'bigint')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('members_cohort_idx').on('members').column('cohort_id').execute();

  await db.schema
    .createTable('invites')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('cohort_id', 'text', (col) => col.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('invites_cohort_idx').on('invites').column('cohort_id').execute();
  await db.schema.createIndex('invites_member_idx').on('invites').column('member_id').execute();

  // The subject is a facilitator or a member, so no foreign key: member deletion removes logins itself.
  await db.schema
    .createTable('logins')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('subject_kind', 'text', (col) => col.notNull().check(sql`subject_kind in ('facilitator', 'member')`))
    .addColumn('subject_id', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('logins_subject_idx').on('logins').columns(['subject_kind', 'subject_id']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('cohort_id', 'text', (col) => col.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('starts_at', 'bigint', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('presenter_override_id', 'text', (col) => col.references('members.id').onDelete('set null'))
    .addColumn('presenter_id', 'text', (col) => col.references('members.id').onDelete('set null'))
    .addColumn('status', 'text', (col) =>
      col.notNull().defaultTo('scheduled').check(sql`status in ('scheduled', 'open', 'ended', 'cancelled')`),
    )
    .addColumn('door_open', 'integer', (col) => col.notNull().defaultTo(0).check(sql`door_open in (0, 1)`))
    .addColumn('opened_at', 'bigint')
    .addColumn('ended_at', 'bigint')
    .execute();
  await db.schema.createIndex('sessions_cohort_starts_idx').on('sessions').columns(['cohort_id', 'starts_at']).execute();
  await db.schema.createIndex('sessions_status_idx').on('sessions').column('status').execute();

  await db.schema
    .createTable('live_session_states')
    .addColumn('session_id', 'text', (col) => col.primaryKey().references('sessions.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('state_json', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('attendance')
    .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
    .addColumn('first_joined_at', 'bigint', (col) => col.notNull())
    .addColumn('last_left_at', 'bigint')
    .addColumn('present_ms', 'bigint', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('attendance_pk', ['session_id', 'member_id'])
    .execute();
  await db.schema.createIndex('attendance_member_idx').on('attendance').column('member_id').execute();

  // Participants are members or facilitators, so no foreign key: member deletion removes these rows itself.
  await db.schema
    .createTable('speaking_time')
    .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (col) => col.notNull())
    .addColumn('floor_ms', 'bigint', (col) => col.notNull())
    .addColumn('voice_ms', 'bigint', (col) => col.notNull())
    .addColumn('turns', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('speaking_time_pk', ['session_id', 'participant_id'])
    .execute();
  await db.schema.createIndex('speaking_time_participant_idx').on('speaking_time').column('participant_id').execute();

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('member_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('visibility', 'text', (col) => col.notNull().check(sql`visibility in ('private', 'shared')`))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('commitments_member_idx').on('commitments').columns(['member_id', 'created_at']).execute();
  await db.schema.createIndex('commitments_session_idx').on('commitments').column('session_id').execute();

  await db.schema
    .createTable('kept_questions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('presenter_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('kept_questions_presenter_idx').on('kept_questions').column('presenter_id').execute();
  await db.schema.createIndex('kept_questions_session_idx').on('kept_questions').column('session_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const newestFirst = [
    'kept_questions',
    'commitments',
    'speaking_time',
    'attendance',
    'live_session_states',
    'sessions',
    'logins',
    'invites',
    'members',
    'cohort_facilitators',
    'cohorts',
    'facilitators',
  ];
  for (const table of newestFirst) await db.schema.dropTable(table).execute();
}
