import type { SessionsRepository, CohortSession } from '../storage/sessions-repository';

/** How early before its start a session's page is where people should land. */
const EARLY_MS = 30 * 60_000;

/** The session someone following a link now most likely wants: one that is open or about to be. */
export async function joinableSession(sessions: SessionsRepository, cohortId: string, now: number): Promise<CohortSession | undefined> {
  const all = await sessions.listByCohort(cohortId);
  return (
    all.find((session) => session.status === 'open') ??
    all.find(
      (session) =>
        session.status === 'scheduled' && session.startsAt - EARLY_MS <= now && now <= session.startsAt + session.durationMinutes * 60_000,
    )
  );
}

/** Where to send someone who just signed in: straight into a session starting now, else home. */
export async function landingPage(sessions: SessionsRepository, cohortIds: string[], now: number, home: string): Promise<string> {
  for (const cohortId of cohortIds) {
    const session = await joinableSession(sessions, cohortId, now);
    if (session) return `/s/${session.id}`;
  }
  return home;
}
