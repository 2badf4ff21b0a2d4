import {
  cadenceSchema,
  describeCadence,
  type Cadence,
  type CohortDetail,
  type CohortSummary,
  type MemberSummary,
  type SessionSummary,
} from '@peercircle/shared';
import type { Cohort } from '../storage/cohorts-repository';
import type { Member } from '../storage/members-repository';
import type { CohortSession } from '../storage/sessions-repository';

/** The practice's recommended circle size; outside it the dashboard warns. */
const RECOMMENDED_SIZE = { min: 4, max: 8 } as const;

export function cadenceOf(cohort: Cohort): Cadence {
  return cadenceSchema.parse(JSON.parse(cohort.cadenceJson));
}

export function sizeWarning(memberCount: number): string | null {
  if (memberCount < RECOMMENDED_SIZE.min) {
    return `Circles work best with ${RECOMMENDED_SIZE.min}–${RECOMMENDED_SIZE.max} members; this one has ${memberCount}.`;
  }
  if (memberCount > RECOMMENDED_SIZE.max) {
    return `Circles work best with ${RECOMMENDED_SIZE.min}–${RECOMMENDED_SIZE.max} members; with ${memberCount}, each gets less airtime.`;
  }
  return null;
}

export function sessionSummary(session: CohortSession): SessionSummary {
  return {
    id: session.id,
    cohortId: session.cohortId,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    format: session.format,
    status: session.status,
    presenterId: session.presenterId,
    presenterOverrideId: session.presenterOverrideId,
    doorOpen: session.doorOpen,
  };
}

export function memberSummary(member: Member, agreementVersion: number): MemberSummary {
  return {
    id: member.id,
    displayName: member.displayName,
    email: member.email,
    timezone: member.timezone,
    acceptedCurrentAgreement: member.acceptedAgreementVersion === agreementVersion,
    joinedAt: member.createdAt,
  };
}

export function cohortSummary(cohort: Cohort, memberCount: number, nextSession: CohortSession | undefined): CohortSummary {
  const cadence = cadenceOf(cohort);
  return {
    id: cohort.id,
    name: cohort.name,
    purpose: cohort.purpose,
    cadence,
    cadenceDescription: describeCadence(cadence),
    memberCount,
    sizeWarning: sizeWarning(memberCount),
    nextSession: nextSession ? sessionSummary(nextSession) : null,
  };
}

export function cohortDetail(
  cohort: Cohort,
  parts: {
    facilitators: { id: string; displayName: string }[];
    members: Member[];
    sessions: CohortSession[];
    briefReadySessionIds: ReadonlySet<string>;
    updateAreaNames: string[];
    now: number;
  },
): CohortDetail {
  const upcoming = parts.sessions.filter((s) => s.status !== 'ended' && s.status !== 'cancelled' && s.startsAt + s.durationMinutes * 60_000 > parts.now);
  return {
    ...cohortSummary(cohort, parts.members.length, upcoming[0]),
    agreementText: cohort.agreementText,
    agreementVersion: cohort.agreementVersion,
    defaultFormat: cohort.defaultFormat,
    privacyChecklist: cohort.privacyChecklist,
    anyMemberMayPause: cohort.anyMemberMayPause,
    notesRetentionDays: cohort.notesRetentionDays,
    updateAreaNames: parts.updateAreaNames,
    facilitators: parts.facilitators,
    members: parts.members.map((member) => memberSummary(member, cohort.agreementVersion)),
    sessions: parts.sessions.map(sessionSummary),
    briefReadySessionIds: parts.sessions.filter((s) => parts.briefReadySessionIds.has(s.id)).map((s) => s.id),
  };
}
