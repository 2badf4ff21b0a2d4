import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AttendanceRepository } from './attendance-repository';
import { CommitmentsRepository } from './commitments-repository';
import { InvitesRepository } from './invites-repository';
import { KeptQuestionsRepository } from './kept-questions-repository';
import { PresenterBriefsRepository } from './presenter-briefs-repository';
import { LoginsRepository } from './logins-repository';
import { MeetingReviewsRepository } from './meeting-reviews-repository';
import { deleteMemberData, exportMemberData } from './member-data';
import { MembersRepository } from './members-repository';
import { PresenterNotesRepository } from './presenter-notes-repository';
import { MonthlyUpdatesRepository } from './monthly-updates-repository';
import { ParkedTopicsRepository } from './parked-topics-repository';
import { RoleHoldingsRepository } from './role-holdings-repository';
import { SessionsRepository } from './sessions-repository';
import { SpeakingTimeRepository } from './speaking-time-repository';
import { DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('member data on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);

  /** Ada and Ben, each with something in every table that can hold a member's data. */
  async function twoMembersWithHistory() {
    const { db } = database();
    const seeded = await seedCohort(db);
    const { cohort, session, ada, ben, facilitator } = seeded;
    for (const member of [ada, ben]) {
      await new InvitesRepository(db).create({ cohortId: cohort.id, memberId: member.id, tokenHash: `inv-${member.id}`, expiresAt: T0 + DAY }, T0);
      await new LoginsRepository(db).create({ id: `login-${member.id}`, subjectKind: 'member', subjectId: member.id, expiresAt: T0 + 30 * DAY }, T0);
      await new AttendanceRepository(db).recordArrival(session.id, member.id, session.startsAt);
      await new CommitmentsRepository(db).create({ memberId: member.id, sessionId: session.id, text: `${member.displayName} will rest`, visibility: 'private' }, T0);
      await new KeptQuestionsRepository(db).saveMany(session.id, member.id, [`A question for ${member.displayName}`], T0);
      await new RoleHoldingsRepository(db).record(session.id, [{ role: 'timekeeper', participantId: member.id, heldAt: session.startsAt + 60_000 }]);
      await new MeetingReviewsRepository(db).answer({ sessionId: session.id, memberId: member.id, rating: 7, comment: `${member.displayName} wanted more silence` }, T0 + 5);
      await new PresenterBriefsRepository(db).save({ sessionId: session.id, presenterId: member.id, issue: `${member.displayName}'s issue`, ready: true, keep: true, updatedAt: T0 });
      await new PresenterBriefsRepository(db).saveHelpfulness({ sessionId: session.id, presenterId: member.id, answer: 'partly', words: '', answeredAt: T0 });
      await new MonthlyUpdatesRepository(db).submit({ sessionId: session.id, memberId: member.id, areas: [{ rating: 6, line: `${member.displayName} at work` }, { rating: 7, line: '' }, { rating: 8, line: '' }], topics: [{ title: `${member.displayName} topic`, rank: 1, mightPresent: true, urgency: 'medium' }], shareWithFacilitator: false }, T0 + 6);
      await new ParkedTopicsRepository(db).replaceFromUpdate({ cohortId: cohort.id, memberId: member.id, sessionId: session.id, topics: [{ title: `${member.displayName} topic`, rank: 1, mightPresent: true, urgency: 'high' }] }, T0 + 6);
    }
    await new AttendanceRepository(db).recordDeparture(session.id, ada.id, session.startsAt + 3_600_000, 3_600_000);
    await new SpeakingTimeRepository(db).saveForSession(session.id, [
      { participantId: ada.id, floorMs: 300_000, voiceMs: 280_000, turns: 3 },
      { participantId: ben.id, floorMs: 200_000, voiceMs: 150_000, turns: 2 },
      { participantId: facilitator.id, floorMs: 100_000, voiceMs: 90_000, turns: 5 },
    ]);
    await new SessionsRepository(db).setPresenter(session.id, ada.id);
    await new SessionsRepository(db).setPresenterOverride(session.id, ada.id);
    await new MembersRepository(db).acceptAgreement(ada.id, 1);
    const notes = new PresenterNotesRepository(db);
    await notes.storeWrappedKeyOnce(ada.id, 'v1.wrapped-for-ada', T0);
    await notes.storeWrappedKeyOnce(ben.id, 'v1.wrapped-for-ben', T0);
    await notes.add({ id: randomUUID(), sessionId: session.id, presenterId: ben.id, authorId: ada.id, sealed: 'v1.sealed-for-ben' }, T0 + 7);
    return seeded;
  }

  it('exports everything stored about one member, without secrets, as plain JSON', async () => {
    const { db } = database();
    const { cohort, session, ada } = await twoMembersWithHistory();

    const exported = await exportMemberData(db, ada.id);
    expect(exported).toEqual({
      member: {
        id: ada.id,
        cohortId: cohort.id,
        displayName: 'Ada',
        email: null,
        timezone: null,
        acceptedAgreementVersion: 1,
        removedAt: null,
        createdAt: ada.createdAt,
      },
      attendance: [{ sessionId: session.id, memberId: ada.id, firstJoinedAt: session.startsAt, lastLeftAt: session.startsAt + 3_600_000, presentMs: 3_600_000 }],
      speakingTime: [{ sessionId: session.id, sessionStartsAt: session.startsAt, participantId: ada.id, floorMs: 300_000, voiceMs: 280_000, turns: 3 }],
      commitments: [{ id: expect.any(String), memberId: ada.id, sessionId: session.id, text: 'Ada will rest', visibility: 'private', createdAt: T0 }],
      keptQuestions: [{ id: expect.any(String), sessionId: session.id, presenterId: ada.id, text: 'A question for Ada', createdAt: T0 }],
      presenterBriefs: [
        { sessionId: session.id, presenterId: ada.id, issue: "Ada's issue", stakes: '', background: '', feelings: '', tried: '', options: '', wantFromGroup: '', notWanted: '', ready: true, keep: true, updatedAt: T0 },
      ],
      helpfulness: [{ sessionId: session.id, presenterId: ada.id, answer: 'partly', words: '', answeredAt: T0 }],
      roleHoldings: [{ sessionId: session.id, sessionStartsAt: session.startsAt, role: 'timekeeper', participantId: ada.id, heldAt: session.startsAt + 60_000 }],
      meetingReviews: [{ sessionId: session.id, rating: 7, comment: 'Ada wanted more silence', answeredAt: T0 + 5 }],
      presenterNotesWritten: [{ sessionId: session.id, writtenAt: T0 + 7 }],
      monthlyUpdates: [{ sessionId: session.id, memberId: ada.id, sessionStartsAt: session.startsAt, areas: [{ rating: 6, line: 'Ada at work' }, { rating: 7, line: '' }, { rating: 8, line: '' }], topics: [{ title: 'Ada topic', rank: 1, mightPresent: true, urgency: 'medium' }], shareWithFacilitator: false, submittedAt: T0 + 6 }],
      parkedTopics: [{ id: expect.any(String), cohortId: cohort.id, memberId: ada.id, sessionId: session.id, title: 'Ada topic', urgency: 'high', importance: 1, parkedAt: T0 + 6, shared: false }],
      invites: [{ id: expect.any(String), cohortId: cohort.id, memberId: ada.id, expiresAt: T0 + DAY, usedAt: null, createdAt: T0 }],
      logins: [{ subjectKind: 'member', subjectId: ada.id, createdAt: T0, expiresAt: T0 + 30 * DAY, revokedAt: null }],
    });
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    expect(JSON.stringify(exported)).not.toMatch(/cal-|inv-|login-/);
  });

  it('exports nothing for an unknown member', async () => {
    expect(await exportMemberData(database().db, 'nobody')).toBeUndefined();
  });

  it('deletes one member and every row about them, leaving others untouched', async () => {
    const { db } = database();
    const { session, ada, ben, facilitator } = await twoMembersWithHistory();
    const benBefore = await exportMemberData(db, ben.id);

    expect(await deleteMemberData(db, ada.id)).toBe(true);

    expect(await exportMemberData(db, ada.id)).toBeUndefined();
    expect(await db.selectFrom('invites').select('member_id').where('member_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('logins').select('id').where('subject_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('attendance').select('member_id').where('member_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('speaking_time').select('participant_id').where('participant_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('commitments').select('id').where('member_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('kept_questions').select('id').where('presenter_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('presenter_briefs').select('issue').where('presenter_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('session_helpfulness').select('answer').where('presenter_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('role_holdings').select('role').where('participant_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('meeting_reviews').select('rating').where('member_id', '=', ada.id).execute()).toEqual([]);
    expect(await db.selectFrom('presenter_notes').select('id').execute()).toEqual([]);
    expect(await new PresenterNotesRepository(db).findWrappedKey(ada.id)).toBeUndefined();
    expect(await new PresenterNotesRepository(db).findWrappedKey(ben.id)).toBe('v1.wrapped-for-ben');
    expect(await db.selectFrom('monthly_updates').select('rating_1').where('member_id', '=', ada.id).execute()).toEqual([]);
    expect(await new MonthlyUpdatesRepository(db).listForSession(session.id)).toHaveLength(1);
    expect(await db.selectFrom('parked_topics').select('title').where('member_id', '=', ada.id).execute()).toEqual([]);
    expect(await new ParkedTopicsRepository(db).listByMember(ben.id)).toHaveLength(1);
    expect(await new MeetingReviewsRepository(db).listAnonymous([session.id])).toEqual([{ sessionId: session.id, rating: 7, comment: 'Ben wanted more silence' }]);
    expect(await new LoginsRepository(db).findActive(`login-${ada.id}`, T0)).toBeUndefined();
    expect(await new SessionsRepository(db).findById(session.id)).toMatchObject({ presenterId: null, presenterOverrideId: null });

    expect(await exportMemberData(db, ben.id)).toEqual(benBefore);
    expect((await new SpeakingTimeRepository(db).listForParticipant(facilitator.id)).map((s) => s.turns)).toEqual([5]);
    expect(await deleteMemberData(db, ada.id)).toBe(false);
  });
});
