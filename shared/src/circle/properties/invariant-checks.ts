import { expect } from 'vitest';
import { audibleParticipantIds } from '../audible';
import type { CircleCommandInput } from '../commands';
import { currentFloorRule, currentPhase } from '../current-phase';
import { handQueueOrder, waitingHands } from '../hand-queue';
import { admitsHand } from '../hand-types';
import type { Actor } from '../reduce';
import { currentSpeakerId, hasPassedFinally } from '../round';
import { holdsRole } from '../forum-roles';
import { remainingMs } from '../timers';
import { maxScribeNotes } from '../scribe-notes';
import type { CircleSession, CouncilRound, RaisedHand } from '../session-state';
import { viewFor } from '../view-for';
import { knownIds, noteTexts } from './command-sequences';

// The invariants the server relies on, checked after each accepted command in the property tests.

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

export function checkMemberCommand(before: CircleSession, after: CircleSession, memberId: string): void {
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
  // A new note is signed by whoever wrote it, never by the payload.
  const earlierNotes = new Set(before.scribeNotes.map((note) => note.noteId));
  for (const note of after.scribeNotes) if (!earlierNotes.has(note.noteId)) expect(note.authorId).toBe(memberId);
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

export function checkFloor(state: CircleSession): void {
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
export function checkCompletedRound(round: CouncilRound): void {
  expect(new Set(round.spoken).size).toBe(round.spoken.length);
  expect(round.deferred).toEqual([]);
  for (const speakerId of new Set(round.order)) {
    const outcomes = [round.spoken.includes(speakerId), hasPassedFinally(round, speakerId), round.skipped.includes(speakerId)];
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  }
}

/** A speaker is recorded as having spoken only at the end of a turn in which they held the floor. */
export function checkSpokenLog(before: CircleSession, after: CircleSession): void {
  const [previous, next] = [before.round?.spoken ?? [], after.round?.spoken ?? []];
  if (next.length === previous.length + 1 && previous.every((id, index) => next[index] === id)) {
    expect(before.floor.holderId).toBe(next.at(-1));
  }
}

export function checkViews(state: CircleSession): void {
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

export function checkRolePrivacy(state: CircleSession, view: ReturnType<typeof viewFor>, viewerId: string, isFacilitator: boolean): void {
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
export function checkNudgesAndNotes(before: CircleSession, after: CircleSession): void {
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
export function checkFacilitatorVoice(before: CircleSession, after: CircleSession, command: CircleCommandInput): void {
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
export function checkPause(before: CircleSession, after: CircleSession): void {
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

export function checkPerPhaseDisplay(before: CircleSession, after: CircleSession, command: CircleCommandInput): void {
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
export function checkHands(before: CircleSession, after: CircleSession, command: CircleCommandInput, actor: Actor): void {
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
export function checkSilence(before: CircleSession, after: CircleSession, command: CircleCommandInput, now: number): void {
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
