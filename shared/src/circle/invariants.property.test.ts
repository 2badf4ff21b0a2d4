import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors';
import { audibleParticipantIds } from './audible';
import { circleCommandTypes, commandAuthority, type CircleCommandInput, type CircleCommandType } from './commands';
import { currentFloorRule, currentPhase } from './current-phase';
import { handQueueOrder, waitingHands } from './hand-queue';
import { admitsHand } from './hand-types';
import { reduce, type Actor } from './reduce';
import { currentSpeakerId, hasPassedFinally, nextSpeakerId } from './round';
import { holdsRole } from './forum-roles';
import { floorMsAt } from './ledger';
import { remainingMs } from './timers';
import { roleDelegations } from './role-authority';
import { maxScribeNotes } from './scribe-notes';
import { forumRoles, nudgeKinds, timeSignalKinds, type CircleSession, type CouncilRound, type RaisedHand } from './session-state';
import {
  accept,
  circleInPhase,
  actorFor,
  facilitator,
  facilitatorId,
  memberIds,
  runningCircle,
  seatedCircle,
  systemActor,
} from './test-fixtures';
import { formatTemplates } from './templates';
import { viewFor } from './view-for';

/**
 * Random command sequences from random actors, valid and invalid, against the invariants the server
 * relies on. Every state is deep-frozen, so a mutation anywhere in the reducer throws.
 */
const lateJoinerId = 'mem-fay';
const knownIds = [facilitatorId, ...memberIds, lateJoinerId];
const anyId = fc.constantFrom(...knownIds, 'mem-ghost');
const questionId = fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5', 'q99');
const questionText = fc.constantFrom(
  'What would success look like for you?',
  'You should delegate.',
  'Have you considered hiring?',
  '   ',
  'Who else is affected?',
);
const timer = fc.constantFrom('phase', 'speaker');
// Unlike any question, so a note's text found in a view can only have come from the notes.
const noteTexts = ['Scribe: you paused at "my father".', 'Scribe: three options, none yours?', 'Scribe: line one\nline two'] as const;
const noteText = fc.constantFrom(...noteTexts, '  ');
const noteId = fc.integer({ min: 1, max: 40 }).map((n) => `note-${n}`);
const templatePhases = formatTemplates.flatMap((template) => template.phases);

const actorArbitrary: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(facilitator) },
  { weight: 6, arbitrary: fc.constantFrom(...memberIds, lateJoinerId).map(actorFor) },
  { weight: 1, arbitrary: fc.constant(actorFor('mem-stranger')) },
  { weight: 2, arbitrary: fc.constant(systemActor) },
);

const turnTaking = fc.constantFrom<CircleCommandInput>(
  { type: 'phase.next' },
  { type: 'floor.giveNextInQueue' },
  { type: 'floor.clear' },
  { type: 'round.advance' },
  { type: 'round.passFor' },
  { type: 'hand.raise' },
  { type: 'hand.raise', handType: 'clarifying' },
  { type: 'hand.raise', handType: 'experience' },
  { type: 'hand.raise', handType: 'reply' },
  { type: 'hand.raise', handType: 'process' },
  { type: 'hand.lower' },
  { type: 'turn.pass' },
  { type: 'turn.done' },
);

const commandArbitrary: fc.Arbitrary<CircleCommandInput> = fc.oneof(
  { weight: 12, arbitrary: turnTaking },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CircleCommandInput>(
      { type: 'session.start' },
      { type: 'session.end' },
      { type: 'agenda.applyTemplate', templateId: 'council' },
      { type: 'agenda.applyTemplate', templateId: 'clearness-committee' },
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 9 }).map((phaseIndex) => ({ type: 'phase.goTo', phaseIndex })) },
  fc.record({ type: fc.constant('timer.start'), timer }),
  fc.record({ type: fc.constantFrom('timer.pause', 'timer.resume', 'timer.reset'), timer }),
  fc.record({ type: fc.constant('timer.extend'), timer, ms: fc.integer({ min: 1_000, max: 600_000 }) }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('floor.give'), participantId: anyId }) },
  fc.record({ type: fc.constant('round.start'), orderMode: fc.constantFrom('seating', 'random') }),
  fc.record({ type: fc.constant('round.start'), orderMode: fc.constant('custom'), order: fc.shuffledSubarray([...knownIds, 'mem-ghost']) }),
  fc.record({ type: fc.constant('round.setOrder'), order: fc.shuffledSubarray(knownIds) }),
  fc.record({ type: fc.constant('queue.setPolicy'), policy: fc.constantFrom('first-come', 'least-heard-first') }),
  fc.record({ type: fc.constant('seating.set'), order: fc.shuffledSubarray(knownIds) }),
  fc.record({ type: fc.constant('presenter.set'), participantId: fc.option(anyId, { nil: null }) }),
  fc.record({ type: fc.constant('facilitatorMaySpeak.set'), enabled: fc.boolean() }),
  fc.record({ type: fc.constant('role.handOver'), participantId: anyId }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('roles.assign'), role: fc.constantFrom(...forumRoles), participantId: fc.option(anyId, { nil: null }) }) },
  fc.record({ type: fc.constant('roles.rotate'), role: fc.constantFrom(...forumRoles) }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('timeSignal.send'), kind: fc.constantFrom(...timeSignalKinds) }) },
  { weight: 3, arbitrary: fc.constantFrom<CircleCommandInput>({ type: 'pause.call' }, { type: 'pause.resume' }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('nudge.send'), kind: fc.constantFrom(...nudgeKinds) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('scribeNote.add'), text: noteText }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('scribeNote.remove'), noteId }) },
  fc.record({ type: fc.constant('agenda.updatePhases'), phases: fc.shuffledSubarray(templatePhases, { minLength: 1, maxLength: 9 }) }),
  fc.record({ type: fc.constant('questions.reorder'), questionIds: fc.uniqueArray(questionId, { maxLength: 4 }) }),
  fc.record({ type: fc.constant('questions.merge'), sourceIds: fc.uniqueArray(questionId, { minLength: 1, maxLength: 2 }), targetId: questionId }),
  { weight: 3, arbitrary: fc.record({ type: fc.constantFrom('questions.hold', 'questions.release', 'questions.markAnswered'), questionId }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('questions.pin', 'questions.unpin'), questionId }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('question.submit'), text: questionText, anonymous: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('question.edit'), questionId, text: questionText }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('question.withdraw'), questionId }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('question.pass'), questionId: fc.option(questionId, { nil: undefined }) }) },
  fc.record({ type: fc.constant('participant.join'), participantId: fc.constantFrom(lateJoinerId, 'mem-cy'), displayName: fc.constant('Fay'), role: fc.constantFrom('member', 'facilitator') }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('participant.presence'), participantId: anyId, presence: fc.constantFrom('present', 'away', 'left') }) },
  fc.record({ type: fc.constant('participant.media'), participantId: anyId, mic: fc.boolean(), camera: fc.boolean() }),
  fc.record({ type: fc.constant('voice.sample'), samples: fc.array(fc.record({ participantId: anyId, voiceMs: fc.integer({ min: 0, max: 10_000 }) }), { maxLength: 3 }) }),
  fc.anything().map((junk) => junk as CircleCommandInput),
  fc.record({ type: fc.string(), participantId: anyId }).map((junk) => junk as CircleCommandInput),
) as fc.Arbitrary<CircleCommandInput>;

const stepArbitrary = fc.record({
  command: commandArbitrary,
  // Usually someone entitled to the command, so sequences get somewhere; otherwise anyone at all.
  fittingActor: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  anyActor: actorArbitrary,
  participantId: fc.constantFrom(...memberIds, lateJoinerId, facilitatorId),
  // Mostly forward, sometimes a little backwards: time must not follow.
  delayMs: fc.integer({ min: -5_000, max: 180_000 }),
});
type Step = typeof stepArbitrary extends fc.Arbitrary<infer S> ? S : never;

function actorForStep(state: CircleSession, step: Step): Actor {
  const type = (step.command as { type?: unknown } | null)?.type;
  if (!step.fittingActor || !circleCommandTypes.includes(type as CircleCommandType)) return step.anyActor;
  const authority = commandAuthority(type as CircleCommandType);
  if (authority === 'system') return systemActor;
  if (authority === 'member') return actorFor(step.participantId);
  const delegatedRole = roleDelegations[type as CircleCommandType]?.role;
  const holderId = delegatedRole ? state.roleHolders[delegatedRole] : null;
  if (holderId && step.participantId !== facilitatorId) return actorFor(holderId);
  const someFacilitator = Object.values(state.participants).find((participant) => participant.role === 'facilitator');
  return someFacilitator ? actorFor(someFacilitator.participantId) : step.anyActor;
}

const initialState = fc.constantFrom(
  () => seatedCircle(),
  () => runningCircle(),
  () => runningCircle('council'),
  () => accept(runningCircle(), { type: 'phase.goTo', phaseIndex: 2 }),
  () => accept(runningCircle('structured-inquiry'), { type: 'phase.goTo', phaseIndex: 1 }),
  () => withRoles(accept(runningCircle(), { type: 'phase.goTo', phaseIndex: 2 })),
  () => accept(runningCircle('clearness-committee'), { type: 'phase.goTo', phaseIndex: 2 }),
  () => ({ ...withRoles(runningCircle('council')), anyMemberMayPause: true }),
  () => withRoles(accept(runningCircle(), { type: 'phase.goTo', phaseIndex: 3 })),
);

/** Every role held by a different member, so role commands come from holders and non-holders alike. */
function withRoles(state: CircleSession): CircleSession {
  return forumRoles.reduce((next, role, index) => accept(next, { type: 'roles.assign', role, participantId: memberIds[index] ?? null }), state);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** What only a facilitator (or the server) may change; a member's command must leave it as it was. */
function facilitatorOnlyState(state: CircleSession, memberId: string) {
  return {
    status: state.status,
    agenda: state.agenda,
    currentPhaseIndex: state.currentPhaseIndex,
    phaseTimer: state.phaseTimer,
    queuePolicy: state.handQueue.policy,
    presenterId: state.presenterId,
    presenterKeepsQuestions: memberId === state.presenterId ? undefined : state.presenterKeepsQuestions,
    seating: state.seating,
    facilitatorMaySpeak: state.facilitatorMaySpeak,
    participants: state.participants,
    roleHolders: state.roleHolders,
    roleHistory: state.roleHistory,

    roundOrderMode: state.round?.orderMode,
    othersQuestions: state.questions.filter((q) => q.authorId !== memberId),
  };
}

const placement = ({ questionId, authorId, anonymous, order, submittedAt, mergedInto }: CircleSession['questions'][number]) => ({
  questionId,
  authorId,
  anonymous,
  order,
  submittedAt,
  mergedInto,
});

/** A pause freezes the phase timer and resuming restarts it; either way the time left stays. */
function withoutPauseEffect(state: ReturnType<typeof facilitatorOnlyState>, at: number) {
  return { ...state, phaseTimer: { durationMs: state.phaseTimer.durationMs, remainingMs: remainingMs(state.phaseTimer, at) } };
}

function checkMemberCommand(before: CircleSession, after: CircleSession, memberId: string): void {
  // The presenter may pass on the question being put to them, whoever wrote it: released → passed, nothing else.
  const passedNow = new Set(
    after.questions
      .filter((q) => q.status === 'passed' && before.questions.find((p) => p.questionId === q.questionId)?.status !== 'passed')
      .map((q) => q.questionId),
  );
  for (const questionId of passedNow) {
    expect(memberId).toBe(before.presenterId);
    expect(before.questions.find((q) => q.questionId === questionId)?.status).toBe('released');
  }
  const withoutPassed = (state: CircleSession) => ({ ...state, questions: state.questions.filter((q) => !passedNow.has(q.questionId)) });
  expect(withoutPauseEffect(facilitatorOnlyState(withoutPassed(after), memberId), after.clock)).toEqual(
    withoutPauseEffect(facilitatorOnlyState(withoutPassed(before), memberId), after.clock),
  );
  if (before.pause === after.pause) expect(after.phaseTimer).toEqual(before.phaseTimer);
  // Only the guardian (or anyone, where the cohort allows it) calls a pause; only the guardian resumes one.
  if (before.pause === null && after.pause !== null) expect(holdsRole(before, memberId, 'guardian') || before.anyMemberMayPause).toBe(true);
  if (before.pause !== null && after.pause === null) expect(holdsRole(before, memberId, 'guardian')).toBe(true);
  // Only the timekeeper sends time signals (a turn ending clears one, whoever ends it).
  if (after.timeSignal !== null && after.timeSignal !== before.timeSignal) {
    expect(holdsRole(before, memberId, 'timekeeper')).toBe(true);
    expect(after.timeSignal.fromId).toBe(memberId);
  }
  // Only the process observer nudges; only the scribe writes or removes notes.
  if (after.nudge !== null && after.nudge !== before.nudge) {
    expect(holdsRole(before, memberId, 'process-observer')).toBe(true);
    expect(after.nudge.fromId).toBe(memberId);
  }
  if (after.scribeNotes !== before.scribeNotes && after.status !== 'ended') expect(holdsRole(before, memberId, 'scribe')).toBe(true);
  // A member may add only their own come-back turn to a round's order.
  if (before.round && after.round) {
    const appended = after.round.order.slice(before.round.order.length);
    expect(after.round.order.slice(0, before.round.order.length)).toEqual(before.round.order);
    expect(appended.every((id) => id === memberId)).toBe(true);
  }
  // Their own questions keep their place; a new one goes to the end.
  expect(after.questions.slice(0, before.questions.length).map(placement)).toEqual(before.questions.map(placement));
  for (const added of after.questions.slice(before.questions.length)) {
    expect(added).toMatchObject({ authorId: memberId, status: 'pending' });
    expect(before.questions.every((q) => q.order < added.order)).toBe(true);
  }
  for (const question of after.questions.filter((q) => q.authorId === memberId && !passedNow.has(q.questionId))) {
    const previous = before.questions.find((q) => q.questionId === question.questionId);
    if (previous && previous.status !== question.status) {
      expect(['pending', 'held']).toContain(previous.status);
      expect(question.status).toBe('withdrawn');
    }
  }
}

function checkFloor(state: CircleSession): void {
  const { holderId, since } = state.floor;
  expect(holderId === null).toBe(since === null);
  if (holderId !== null) expect(state.participants[holderId]).toBeDefined();
  // A pause clears the floor and keeps the turn it interrupted, to give it back.
  if (state.pause) expect(holderId).toBeNull();
  const turnHolderId = state.pause ? state.pause.floor.holderId : holderId;
  const rule = currentFloorRule(state);
  if (rule === 'round') {
    expect(state.round).not.toBeNull();
    expect(turnHolderId).toBe(currentSpeakerId(state.round));
  } else {
    if (rule !== 'queue') expect(turnHolderId).toBeNull();
    if (state.status === 'running') expect(state.round).toBeNull();
  }
}

/** Every turn of a finished round ended one way: spoke once, passed finally, or skipped while away. */
function checkCompletedRound(round: CouncilRound): void {
  expect(new Set(round.spoken).size).toBe(round.spoken.length);
  expect(round.deferred).toEqual([]);
  for (const speakerId of new Set(round.order)) {
    const outcomes = [round.spoken.includes(speakerId), hasPassedFinally(round, speakerId), round.skipped.includes(speakerId)];
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  }
}

/** A speaker is recorded as having spoken only at the end of a turn in which they held the floor. */
function checkSpokenLog(before: CircleSession, after: CircleSession): void {
  const [previous, next] = [before.round?.spoken ?? [], after.round?.spoken ?? []];
  if (next.length === previous.length + 1 && previous.every((id, index) => next[index] === id)) {
    expect(before.floor.holderId).toBe(next.at(-1));
  }
}

function checkViews(state: CircleSession): void {
  for (const viewerId of [...knownIds, 'observer']) {
    const view = viewFor(state, viewerId);
    const isFacilitator = state.participants[viewerId]?.role === 'facilitator';
    for (const question of view.questions) {
      if (question.anonymous) {
        expect(question).not.toHaveProperty('authorId');
        const serialized = JSON.stringify(question);
        for (const id of knownIds) expect(serialized).not.toContain(id);
      }
      if (!isFacilitator && !question.mine) expect(question.status).not.toBe('held');
    }
    expect(view).not.toHaveProperty('roleHistory');
    const signal = state.timeSignal;
    const mayReadSignal = signal !== null && (isFacilitator || viewerId === signal.toId || viewerId === signal.fromId);
    expect(view.timeSignal).toEqual(mayReadSignal ? signal : null);
    checkRolePrivacy(state, view, viewerId, isFacilitator);
  }
  const audible = audibleParticipantIds(state);
  if (audible !== 'everyone') {
    for (const id of audible) {
      expect(id === state.floor.holderId || (state.facilitatorMaySpeak && state.participants[id]?.role === 'facilitator')).toBe(true);
    }
  }
}

/**
 * What the process observer and the scribe handle stays with whom it is for: scribe's notes with the
 * presenter and the scribe (not facilitators), a nudge with its speaker, its sender and facilitators,
 * the Gestalt flags with facilitators, the process observer and each question's author.
 */
/** Equal by value; small values only (views pass the state's objects through, so usually the same object). */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function checkRolePrivacy(state: CircleSession, view: ReturnType<typeof viewFor>, viewerId: string, isFacilitator: boolean): void {
  // Collected and asserted once: this runs for every viewer after every step, and expect() is not free.
  const leaks: string[] = [];
  const readsNotes = viewerId === state.presenterId || holdsRole(state, viewerId, 'scribe');
  if (!same(view.scribeNotes, readsNotes ? state.scribeNotes : [])) leaks.push('scribeNotes');
  // Without notes in the state there is no text to leak.
  if (!readsNotes && state.scribeNotes.length > 0) {
    const serialized = JSON.stringify(view);
    if (noteTexts.some((text) => serialized.includes(JSON.stringify(text).slice(1, -1)))) leaks.push('note text');
  }
  const nudge = state.nudge;
  const readsNudge = nudge !== null && (isFacilitator || viewerId === nudge.toId || viewerId === nudge.fromId);
  if (!same(view.nudge, readsNudge ? nudge : null)) leaks.push('nudge');
  const observer = holdsRole(state, viewerId, 'process-observer');
  for (const question of view.questions) {
    const original = state.questions.find((q) => q.questionId === question.questionId)!;
    const readsFlag = isFacilitator || observer || original.authorId === viewerId;
    if (!same(question.adviceFlag, readsFlag ? original.adviceFlag : null)) leaks.push(`adviceFlag of ${question.questionId}`);
  }
  expect(leaks, `what ${viewerId} was shown`).toEqual([]);
}

/** A nudge is for the current turn's speaker, at most one per turn; notes are bounded and end with their presenter. */
function checkNudgesAndNotes(before: CircleSession, after: CircleSession): void {
  // A pause holds the turn it interrupted, and the nudge with it.
  const turnHolderId = after.pause ? after.pause.floor.holderId : after.floor.holderId;
  if (after.nudge !== null) expect(after.nudge.toId).toBe(turnHolderId);
  const sameTurn = after.floor.holderId !== null && after.floor.holderId === before.floor.holderId && after.floor.since === before.floor.since;
  if (sameTurn && before.nudge !== null) expect(after.nudge).toBe(before.nudge);
  expect(after.scribeNotes.length).toBeLessThanOrEqual(maxScribeNotes);
  expect(new Set(after.scribeNotes.map((note) => note.noteId)).size).toBe(after.scribeNotes.length);
  if (after.status === 'ended' || after.presenterId !== before.presenterId) expect(after.scribeNotes).toEqual([]);
  if (after.status === 'ended') expect(after.nudge).toBeNull();
}

/**
 * Facilitators are heard unless one of them switched that off: the switch moves only by its own
 * command, and while it is on every facilitator is audible in every phase.
 */
function checkFacilitatorVoice(before: CircleSession, after: CircleSession, command: CircleCommandInput): void {
  const type = (command as { type?: unknown } | null)?.type;
  if (type === 'facilitatorMaySpeak.set') expect(after.facilitatorMaySpeak).toBe((command as { enabled: boolean }).enabled);
  else expect(after.facilitatorMaySpeak).toBe(before.facilitatorMaySpeak);
  if (!after.facilitatorMaySpeak || after.pause) return;
  const audible = audibleParticipantIds(after);
  for (const participant of Object.values(after.participants)) {
    if (participant.role === 'facilitator') expect(audible === 'everyone' || audible.has(participant.participantId)).toBe(true);
  }
}

/**
 * Display state belongs to its moment: only the question on screen is pinned, a phase change leaves
 * only a pinned one there, and a round that just completed leaves no speaker countdown behind.
 */
const timeLeft = (state: CircleSession, at: number) => ({
  phase: remainingMs(state.phaseTimer, at),
  speaker: remainingMs(state.speakerTimer, at),
  running: [state.phaseTimer.runningSince !== null, state.speakerTimer.runningSince !== null],
});

/**
 * The guardian's pause: silence for all while it lasts, nothing that moves the floor, the round, the
 * phase or a timer, and on resume the same turn, round position and time left as when it began.
 * Only its times are kept: the pause and its record carry nothing else (no caller).
 */
function checkPause(before: CircleSession, after: CircleSession): void {
  if (after.pause) {
    expect(audibleParticipantIds(after)).toEqual(new Set());
    expect(Object.keys(after.pause).sort()).toEqual(['floor', 'phaseTimerRunning', 'speakerTimerRunning', 'startedAt']);
    expect(after.phaseTimer.runningSince).toBeNull();
    expect(after.speakerTimer.runningSince).toBeNull();
  }
  for (const record of after.pauses) expect(Object.keys(record).sort()).toEqual(['endedAt', 'startedAt']);
  if (before.pause && after.pause) {
    expect(after.pause).toEqual(before.pause);
    const held = (state: CircleSession) => [state.floor, state.round, state.currentPhaseIndex, state.agenda, state.phaseTimer, state.speakerTimer, state.status];
    expect(held(after)).toEqual(held(before));
  }
  if (before.pause && !after.pause) {
    expect(after.pauses).toEqual([...before.pauses, { startedAt: before.pause.startedAt, endedAt: after.clock }]);
    if (after.status === 'running') {
      expect(after.floor.holderId).toBe(before.pause.floor.holderId);
      expect(after.round).toEqual(before.round);
      const running = [before.pause.phaseTimerRunning, before.pause.speakerTimerRunning];
      expect(timeLeft(after, after.clock)).toEqual({ ...timeLeft(before, after.clock), running });
    }
  }
  if (!before.pause && after.pause) {
    expect(after.pause).toEqual({
      startedAt: after.clock,
      floor: before.floor,
      phaseTimerRunning: before.phaseTimer.runningSince !== null,
      speakerTimerRunning: before.speakerTimer.runningSince !== null,
    });
    expect(timeLeft(after, after.clock)).toMatchObject({ phase: remainingMs(before.phaseTimer, after.clock), speaker: remainingMs(before.speakerTimer, after.clock) });
  }
  if (!before.pause && !after.pause) expect(after.pauses).toBe(before.pauses);
}

function checkPerPhaseDisplay(before: CircleSession, after: CircleSession, command: CircleCommandInput): void {
  for (const question of after.questions) if (question.pinned) expect(question.status).toBe('released');
  const type = (command as { type?: unknown } | null)?.type;
  if (type === 'phase.next' || type === 'phase.goTo') {
    for (const question of after.questions) if (question.status === 'released') expect(question.pinned).toBe(true);
  }
  const samePhase = before.currentPhaseIndex === after.currentPhaseIndex;
  if (samePhase && before.round?.status === 'active' && after.round?.status === 'complete') {
    expect(after.speakerTimer).toMatchObject({ accumulatedMs: 0, runningSince: null });
  }
}

/**
 * The callable queue holds only hands the phase admits; the others wait. A hand goes only when its
 * owner lowers it or leaves, is given the floor for it, the phase that admitted it ends, or the
 * session does: a phase change never loses a waiting hand. A hand never changes type or place.
 */
function checkHands(before: CircleSession, after: CircleSession, command: CircleCommandInput, actor: Actor): void {
  const phase = currentPhase(after);
  const callable = handQueueOrder(after);
  const waiting = waitingHands(after);
  for (const hand of callable) expect(admitsHand(phase, hand)).toBe(true);
  expect(callable.length + waiting.length).toBe(after.handQueue.raised.length);
  const { type, participantId, presence } = (command ?? {}) as { type?: unknown; participantId?: unknown; presence?: unknown };
  const phaseChanged = type === 'phase.next' || type === 'phase.goTo';
  const key = (hand: RaisedHand) => `${hand.participantId}@${hand.raisedAt}`;
  const kept = new Map(after.handQueue.raised.map((hand) => [key(hand), hand]));
  for (const hand of before.handQueue.raised) {
    const survivor = kept.get(key(hand));
    if (survivor) {
      expect(survivor).toEqual(hand);
      continue;
    }
    const owner = hand.participantId;
    const explained =
      (type === 'hand.lower' && actor.kind === 'participant' && actor.participantId === owner) ||
      (type === 'participant.presence' && participantId === owner && presence === 'left') ||
      type === 'session.end' ||
      (after.floor.holderId === owner && admitsHand(phase, hand)) ||
      (phaseChanged && admitsHand(currentPhase(before), hand));
    expect(explained, `${owner}'s ${hand.handType} hand vanished on ${String(type)}`).toBe(true);
  }
}

/**
 * The clearness committee's pace: while a silence runs within a phase nobody is given the floor and
 * no question is released; a silence opens only with the floor free, at the command's own time (never
 * earlier than the clock), for exactly the phase's gap, and exists only in a running phase that has one.
 */
function checkSilence(before: CircleSession, after: CircleSession, command: CircleCommandInput, now: number): void {
  const effectiveNow = Math.max(before.clock, now);
  const type = (command as { type?: unknown } | null)?.type;
  const entersPhase = type === 'phase.next' || type === 'phase.goTo' || type === 'session.start';
  const withinPhase = !entersPhase && currentPhase(before)?.phaseId === currentPhase(after)?.phaseId;
  const gap = before.silenceGap ?? null;
  if (withinPhase && gap !== null && effectiveNow < gap.endsAt) {
    const { holderId, since } = after.floor;
    expect(holderId === null || (holderId === before.floor.holderId && since === before.floor.since), `floor given during silence by ${String(type)}`).toBe(true);
    const wasReleased = before.questions.filter((q) => q.status === 'released').map((q) => q.questionId);
    const released = after.questions.filter((q) => q.status === 'released').map((q) => q.questionId);
    expect(released.every((id) => wasReleased.includes(id)), `question released during silence by ${String(type)}`).toBe(true);
  }
  const opened = after.silenceGap ?? null;
  if (opened === null) return;
  const phase = currentPhase(after);
  expect(after.status).toBe('running');
  expect(phase?.silenceGapMs).toBeDefined();
  expect(opened.startedAt).toBeLessThanOrEqual(after.clock);
  if (opened !== gap) {
    expect(opened.startedAt).toBe(effectiveNow);
    expect(opened.endsAt - opened.startedAt).toBe(phase?.silenceGapMs);
    expect(after.floor.holderId).toBeNull();
  }
}

describe('circle invariants over random command sequences', () => {
  it('start with the facilitator audible', () => {
    for (const makeState of [seatedCircle, runningCircle]) {
      const state = makeState();
      const audible = audibleParticipantIds(state);
      expect(state.facilitatorMaySpeak).toBe(true);
      expect(audible === 'everyone' || audible.has(facilitatorId)).toBe(true);
    }
  });

  it('hold after every accepted or rejected command', () => {
    fc.assert(
      fc.property(initialState, fc.array(stepArbitrary, { maxLength: 60, size: 'max' }), (makeState, steps) => {
        let state = deepFreeze(makeState());
        for (const step of steps) {
          const { command, delayMs } = step;
          const actor = actorForStep(state, step);
          const snapshot = structuredClone(state);
          const now = state.clock + delayMs;
          const result = reduce(state, command, actor, now);
          if (!result.ok) {
            expect(errorCodes).toContain(result.error.code);
            expect(result.error.code).not.toBe('internal');
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(state).toEqual(snapshot);
            continue;
          }
          const next = deepFreeze(result.state);
          expect(next.version).toBe(state.version + 1);
          expect(next.clock).toBe(Math.max(state.clock, now));
          const actorRole = actor.kind === 'participant' ? state.participants[actor.participantId]?.role : undefined;
          if (actor.kind === 'participant' && actorRole === 'member') checkMemberCommand(state, next, actor.participantId);
          checkSpokenLog(state, next);
          checkFloor(next);
          checkHands(state, next, command, actor);
          checkFacilitatorVoice(state, next, command);
          checkPerPhaseDisplay(state, next, command);
          checkSilence(state, next, command, now);
          checkPause(state, next);
          checkNudgesAndNotes(state, next);
          if (next.round?.status === 'complete') checkCompletedRound(next.round);
          checkViews(next);
          state = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuse every role command from a member not holding the role, changing nothing', () => {
    const delegated = Object.entries(roleDelegations).map(([type, delegation]) => ({ type: type as CircleCommandType, role: delegation.role }));
    const roleCommands: Partial<Record<CircleCommandType, CircleCommandInput>> = {
      'timeSignal.send': { type: 'timeSignal.send', kind: 'wrap-up' },
      'timer.extend': { type: 'timer.extend', timer: 'speaker', ms: 60_000 },
      'nudge.send': { type: 'nudge.send', kind: 'sounded-like-advice' },
      'scribeNote.add': { type: 'scribeNote.add', text: 'A note' },
      'scribeNote.remove': { type: 'scribeNote.remove', noteId: 'note-1' },
    };
    const example = (type: CircleCommandType): CircleCommandInput => roleCommands[type] ?? ({ type, timer: 'speaker' } as CircleCommandInput);
    fc.assert(
      fc.property(fc.constantFrom(...delegated), fc.constantFrom(...memberIds), fc.constantFrom(...memberIds, null), ({ type, role }, actorId, holderId) => {
        fc.pre(actorId !== holderId);
        let state = accept(circleInPhase('clarifying-questions'), { type: 'floor.give', participantId: memberIds[3] });
        state = deepFreeze(accept(state, { type: 'roles.assign', role, participantId: holderId }));
        const snapshot = structuredClone(state);
        const result = reduce(state, example(type), actorFor(actorId), state.clock + 1_000);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(state).toEqual(snapshot);
      }),
      { numRuns: 300 },
    );
  });

  it('keep the silence between questions in the clearness committee, however the circle moves', () => {
    const presenter = memberIds[0];
    const pacedStep = fc.record({
      command: fc.oneof(
        { weight: 3, arbitrary: fc.record({ type: fc.constant('floor.give'), participantId: fc.constantFrom(presenter, ...memberIds, facilitatorId) }) },
        { weight: 2, arbitrary: fc.constantFrom<CircleCommandInput>({ type: 'floor.giveNextInQueue' }, { type: 'floor.clear' }, { type: 'turn.done' }, { type: 'hand.raise' }) },
        { weight: 2, arbitrary: fc.record({ type: fc.constant('question.submit'), text: questionText, anonymous: fc.boolean() }) },
        { weight: 3, arbitrary: fc.record({ type: fc.constantFrom('questions.release', 'questions.markAnswered', 'questions.pin'), questionId }) },
        { weight: 3, arbitrary: fc.record({ type: fc.constant('question.pass'), questionId: fc.option(questionId, { nil: undefined }) }) },
        fc.constantFrom<CircleCommandInput>({ type: 'phase.next' }, { type: 'phase.goTo', phaseIndex: 2 }, { type: 'phase.goTo', phaseIndex: 1 }),
        fc.record({ type: fc.constant('participant.presence'), participantId: anyId, presence: fc.constantFrom('present', 'away') }),
      ),
      // Mostly the one the command is for (the presenter answers and passes); sometimes anyone at all.
      actor: fc.oneof(fc.constant('fitting' as const), actorArbitrary),
      memberId: fc.constantFrom(...memberIds),
      delayMs: fc.oneof(fc.integer({ min: -2_000, max: 35_000 }), fc.constantFrom(29_999, 30_000, 30_001)),
    });
    let opened = 0;
    let heldBack = 0;
    fc.assert(
      fc.property(fc.array(pacedStep, { maxLength: 50, size: 'max' }), (steps) => {
        let state = deepFreeze(accept(runningCircle('clearness-committee'), { type: 'phase.goTo', phaseIndex: 2 }));
        for (const step of steps) {
          const type = (step.command as { type: CircleCommandType }).type;
          const authority = commandAuthority(type);
          const fitting: Actor =
            authority === 'system' ? systemActor : authority === 'facilitator' ? facilitator : actorFor(type === 'question.pass' || type === 'turn.done' ? presenter : step.memberId);
          const actor = step.actor === 'fitting' ? fitting : step.actor;
          const now = state.clock + step.delayMs;
          const result = reduce(state, step.command, actor, now);
          if (!result.ok) {
            if (result.error.code === 'silence_gap') heldBack += 1;
            continue;
          }
          const next = deepFreeze(result.state);
          if (actor.kind === 'participant' && state.participants[actor.participantId]?.role === 'member') checkMemberCommand(state, next, actor.participantId);
          checkFloor(next);
          checkSilence(state, next, step.command, now);
          if (next.silenceGap && next.silenceGap !== state.silenceGap) opened += 1;
          state = next;
        }
      }),
      { numRuns: 300 },
    );
    // The sequences reach the silence often enough for the checks to mean something.
    expect(opened).toBeGreaterThan(50);
    expect(heldBack).toBeGreaterThan(20);
  });

  it('give back after a pause exactly the turn, round position and time left it interrupted, whatever came in between', () => {
    const guardianId = memberIds[1];
    fc.assert(
      fc.property(
        initialState,
        fc.array(stepArbitrary, { maxLength: 30 }),
        fc.array(stepArbitrary, { maxLength: 30 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        (makeState, before, during, pauseMs) => {
          const walk = (start: CircleSession, steps: Step[]) =>
            steps.reduce((state, step) => {
              const result = reduce(state, step.command, actorForStep(state, step), state.clock + Math.max(0, step.delayMs));
              return result.ok ? deepFreeze(result.state) : state;
            }, start);
          let state = walk(deepFreeze(withRoles(makeState())), before);
          fc.pre(state.status === 'running' && state.pause === null && holdsRole(state, guardianId, 'guardian'));
          const calledAt = state.clock + 1_000;
          const beforeCall = state;
          const paused = reduce(state, { type: 'pause.call' }, actorFor(guardianId), calledAt);
          if (!paused.ok) throw paused.error;
          state = walk(paused.state, during.filter((step) => !['pause.resume', 'session.end'].includes((step.command as { type?: string } | null)?.type ?? '')));
          expect(state.pause).not.toBeNull();
          expect(audibleParticipantIds(state)).toEqual(new Set());
          const resumedAt = Math.max(state.clock, calledAt + pauseMs);
          // The facilitator may have handed the role over in the meantime: whoever facilitates now resumes.
          const resumer = Object.values(state.participants).find((participant) => participant.role === 'facilitator');
          const resumed = reduce(state, { type: 'pause.resume' }, actorFor(resumer?.participantId ?? facilitatorId), resumedAt);
          if (!resumed.ok) throw resumed.error;
          const original = paused.state.pause!;
          const { floor, round, currentPhaseIndex, phaseTimer, speakerTimer } = resumed.state;
          expect(floor.holderId).toBe(original.floor.holderId);
          expect(floorMsAt(resumed.state, floor.holderId ?? '', resumedAt)).toBe(floorMsAt(beforeCall, original.floor.holderId ?? '', calledAt));
          expect(round?.position).toBe(paused.state.round?.position);
          expect(currentPhaseIndex).toBe(paused.state.currentPhaseIndex);
          expect(remainingMs(phaseTimer, resumedAt)).toBe(remainingMs(paused.state.phaseTimer, calledAt));
          expect(remainingMs(speakerTimer, resumedAt)).toBe(remainingMs(paused.state.speakerTimer, calledAt));
          expect([phaseTimer.runningSince !== null, speakerTimer.runningSince !== null]).toEqual([original.phaseTimerRunning, original.speakerTimerRunning]);
          expect(resumed.state.pauses.at(-1)).toEqual({ startedAt: calledAt, endedAt: resumedAt });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep notes, nudges and Gestalt flags with their readers, whoever holds the roles', () => {
    const [presenter, author, observer, scribe] = memberIds;
    let start = accept(circleInPhase('curious-questions'), { type: 'roles.assign', role: 'process-observer', participantId: observer });
    start = accept(start, { type: 'roles.assign', role: 'scribe', participantId: scribe });
    start = accept(start, { type: 'question.submit', text: 'You should just delegate.', anonymous: true }, actorFor(author));
    start = accept(start, { type: 'question.submit', text: 'Have you considered hiring?', anonymous: false }, actorFor(scribe));
    start = accept(start, { type: 'floor.give', participantId: author });
    start = accept(start, { type: 'nudge.send', kind: 'sounded-like-advice' }, actorFor(observer));
    for (const text of noteTexts) start = accept(start, { type: 'scribeNote.add', text }, actorFor(scribe));
    start = deepFreeze(start);
    expect(start.questions.every((q) => q.adviceFlag?.looksLikeAdvice)).toBe(true);
    expect([start.nudge?.toId, start.scribeNotes.length, start.presenterId]).toEqual([author, noteTexts.length, presenter]);

    const reshuffle = fc.oneof(
      fc.record({ type: fc.constant('roles.assign'), role: fc.constantFrom('process-observer', 'scribe'), participantId: fc.option(fc.constantFrom(...memberIds), { nil: null }) }),
      fc.record({ type: fc.constant('floor.give'), participantId: fc.constantFrom(...memberIds) }),
      fc.record({ type: fc.constant('role.handOver'), participantId: fc.constantFrom(...memberIds) }),
      fc.record({ type: fc.constant('presenter.set'), participantId: fc.option(fc.constantFrom(...memberIds), { nil: null }) }),
      fc.record({ type: fc.constant('participant.presence'), participantId: fc.constantFrom(...memberIds), presence: fc.constantFrom('present', 'left') }),
    ) as fc.Arbitrary<CircleCommandInput>;
    fc.assert(
      fc.property(fc.array(reshuffle, { maxLength: 8 }), (commands) => {
        let state = start;
        for (const command of commands) {
          // Facilitator commands from whoever facilitates now (a hand-over moves the role).
          const facilitatorNow = Object.values(state.participants).find((p) => p.role === 'facilitator')!.participantId;
          const actor = command.type === 'participant.presence' ? systemActor : actorFor(facilitatorNow);
          const result = reduce(state, command, actor, state.clock + 1_000);
          if (result.ok) state = deepFreeze(result.state);
          for (const viewerId of [...knownIds, 'stranger']) {
            const isFacilitator = state.participants[viewerId]?.role === 'facilitator';
            checkRolePrivacy(state, viewFor(state, viewerId), viewerId, isFacilitator);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        actorArbitrary,
        fc.oneof(fc.integer(), fc.double()),
        (command, actor, now) => {
          const state = deepFreeze(runningCircle());
          const result = reduce(state, command as CircleCommandInput, actor as Actor, now);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('complete every round fairly, however speakers pass, drop out and return', () => {
    const roundStep = fc.oneof(
      fc.record({ kind: fc.constant('done' as const), who: fc.constantFrom(...memberIds) }),
      fc.record({ kind: fc.constant('pass' as const), who: fc.constantFrom(...memberIds) }),
      fc.record({ kind: fc.constantFrom('advance' as const, 'passFor' as const) }),
      fc.record({ kind: fc.constant('presence' as const), who: fc.constantFrom(...memberIds), presence: fc.constantFrom('present', 'away', 'left') }),
      fc.record({ kind: fc.constant('setOrder' as const), order: fc.shuffledSubarray([...memberIds, facilitatorId]) }),
    );
    fc.assert(
      fc.property(fc.array(roundStep, { maxLength: 40, size: 'max' }), (steps) => {
        let state = deepFreeze(runningCircle());
        const apply = (command: CircleCommandInput, actor: Actor) => {
          const result = reduce(state, command, actor, state.clock + 1_000);
          if (result.ok) {
            checkSpokenLog(state, result.state);
            state = deepFreeze(result.state);
            checkFloor(state);
          }
        };
        for (const step of steps) {
          // The speaker everyone is shown as next is the one who gets the floor when a turn ends by speaking.
          const shownNext = nextSpeakerId(state.round, state.participants);
          const spokeBy = step.kind === 'advance' || (step.kind === 'done' && step.who === currentSpeakerId(state.round));
          if (spokeBy && state.round?.status === 'active') {
            apply(step.kind === 'done' ? { type: 'turn.done' } : { type: 'round.advance' }, step.kind === 'done' ? actorFor(step.who) : facilitator);
            expect(state.floor.holderId).toBe(shownNext);
            continue;
          }
          if (step.kind === 'done') apply({ type: 'turn.done' }, actorFor(step.who));
          if (step.kind === 'pass') apply({ type: 'turn.pass' }, actorFor(step.who));
          if (step.kind === 'advance') apply({ type: 'round.advance' }, facilitator);
          if (step.kind === 'passFor') apply({ type: 'round.passFor' }, facilitator);
          if (step.kind === 'presence') apply({ type: 'participant.presence', participantId: step.who, presence: step.presence }, systemActor);
          if (step.kind === 'setOrder') apply({ type: 'round.setOrder', order: step.order }, facilitator);
        }
        for (let guard = 0; state.round?.status === 'active' && guard < 40; guard += 1) apply({ type: 'round.advance' }, facilitator);
        expect(state.round?.status).toBe('complete');
        expect(state.floor.holderId).toBeNull();
        checkCompletedRound(state.round as CouncilRound);
      }),
      { numRuns: 400 },
    );
  });
});
