import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CohortsRepository } from './cohorts-repository';
import { FacilitatorsRepository } from './facilitators-repository';
import { MembersRepository } from './members-repository';
import type { DatabaseSchema } from './schema';
import { SessionsRepository } from './sessions-repository';

/** 2024-06-01T00:00:00Z: past 2^31, so every timestamp exercises bigint columns. */
export const T0 = 1_717_200_000_000;
export const DAY = 86_400_000;

export function facilitatorInput(email = `fay-${randomUUID()}@example.org`) {
  return { email, displayName: 'Fay', passwordHash: 'scrypt$16384$8$1$salt$hash', timezone: 'Europe/Berlin' };
}

export function cohortInput(createdBy: string) {
  return {
    name: 'Heads of Engineering',
    purpose: 'Peer advice for new engineering leaders',
    agreementText: 'What is said here stays here.',
    cadenceJson: JSON.stringify({ weekday: 'tue', week: 1, time: '18:00', zone: 'Europe/Berlin', minutes: 90 }),
    defaultFormat: 'council',
    createdBy,
  };
}

/** A facilitator's cohort with two members and its first session a week after T0. */
export async function seedCohort(db: Kysely<DatabaseSchema>) {
  const facilitator = await new FacilitatorsRepository(db).create(facilitatorInput(), T0);
  const cohort = await new CohortsRepository(db).create(cohortInput(facilitator.id), T0);
  const members = new MembersRepository(db);
  const ada = await members.create({ cohortId: cohort.id, displayName: 'Ada', calendarTokenHash: `cal-${randomUUID()}` }, T0 + 1);
  const ben = await members.create({ cohortId: cohort.id, displayName: 'Ben', calendarTokenHash: `cal-${randomUUID()}` }, T0 + 2);
  const session = await new SessionsRepository(db).create({ cohortId: cohort.id, startsAt: T0 + 7 * DAY, durationMinutes: 90, format: 'council' });
  return { facilitator, cohort, ada, ben, session };
}
