import { DomainError } from '../errors';
import type { CircleCommandType } from './commands';
import type { Outcome } from './command-handler';
import { currentFloorRule, currentPhase } from './current-phase';
import type { CircleSession, SilenceGap } from './session-state';

/**
 * The clearness committee's pace: in a queue phase with `silenceGapMs`, silence follows each answer
 * before anyone is given the floor or the next question is put. An answer ends when the focus
 * person's turn ends (they finish or pass, or the facilitator clears the floor) or when the question
 * put to them closes (answered or passed). The gap opens only once the floor is free, so it never
 * counts down while the focus person is still speaking.
 */

/** How much of the silence is left at `now` (0 once over); it ends at `endsAt` exactly. */
export function silenceRemainingMs(gap: SilenceGap | null | undefined, now: number): number {
  return gap ? Math.max(0, gap.endsAt - now) : 0;
}

export function isSilenceGapOpen(state: CircleSession, now: number): boolean {
  // States saved before silence gaps existed have no field at all.
  return silenceRemainingMs(state.silenceGap, now) > 0;
}

function gapMsOf(state: CircleSession): number {
  return currentFloorRule(state) === 'queue' ? (currentPhase(state)?.silenceGapMs ?? 0) : 0;
}

const releasedIds = (state: CircleSession) =>
  new Set(state.questions.filter((q) => q.status === 'released').map((q) => q.questionId));

function answerEnded(before: CircleSession, after: CircleSession): boolean {
  const presenterId = before.presenterId;
  const presenterTurnEnded = presenterId !== null && before.floor.holderId === presenterId && after.floor.holderId !== presenterId;
  const stillReleased = releasedIds(after);
  return presenterTurnEnded || [...releasedIds(before)].some((id) => !stillReleased.has(id));
}

/** A new turn began, or a question not asked before is now being asked. */
function nextQuestionStarted(before: CircleSession, after: CircleSession): boolean {
  const newTurn = after.floor.holderId !== null && (after.floor.holderId !== before.floor.holderId || after.floor.since !== before.floor.since);
  const wasReleased = releasedIds(before);
  return newTurn || [...releasedIds(after)].some((id) => !wasReleased.has(id));
}

function waitForSilence(state: CircleSession, now: number): DomainError {
  const seconds = Math.max(1, Math.ceil(silenceRemainingMs(state.silenceGap, now) / 1_000));
  return new DomainError('silence_gap', `Silence before the next question: ${seconds} s to go`);
}

const entersPhase = new Set<CircleCommandType>(['phase.goTo', 'phase.next', 'session.start']);
/** A pause takes the floor away and its resume gives the same turn back: neither is an answer or a question. */
const pausing = new Set<CircleCommandType>(['pause.call', 'pause.resume']);

/**
 * Applied to every accepted command's outcome. Within one running phase: nothing new starts while the
 * silence runs or in the same step as an answer ends (silence comes in between), and an answer that
 * ends with the floor free opens the silence. Leaving the phase, or taking its gap away, ends it.
 */
export function paceQuestions(before: CircleSession, after: CircleSession, type: CircleCommandType, now: number): Outcome {
  const gapMs = gapMsOf(after);
  // By id: editing the agenda may move the running phase to another index.
  const samePhase = currentPhase(before)?.phaseId === currentPhase(after)?.phaseId && !entersPhase.has(type);
  if (gapMs === 0 || after.status !== 'running' || !samePhase) {
    return (after.silenceGap ?? null) === null ? after : { ...after, silenceGap: null };
  }
  if (pausing.has(type)) return after;
  const started = nextQuestionStarted(before, after);
  if (started && isSilenceGapOpen(before, now)) return waitForSilence(before, now);
  if (!answerEnded(before, after)) return after;
  if (started) {
    return new DomainError('silence_gap', 'Silence follows each answer: close this one first, then give the floor once the silence has passed');
  }
  return after.floor.holderId === null ? { ...after, silenceGap: { startedAt: now, endsAt: now + gapMs } } : after;
}
