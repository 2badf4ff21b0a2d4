import { z } from 'zod';
import { DomainError } from '../errors';
import { applyTemplate, updatePhases } from './agenda';
import {
  circleCommandSchema,
  commandAuthority,
  type CircleCommand,
  type CircleCommandInput,
  type CircleCommandType,
  type SystemCommand,
} from './commands';
import type { CommandContext, Outcome, ParticipantContext, ParticipantHandler, SystemHandler } from './command-handler';
import { clearFloor, giveFloor, giveFloorToNextHand, setFacilitatorMaySpeak } from './floor';
import { lowerHand, raiseHand, setQueuePolicy } from './hand-queue';
import { recordVoiceSamples } from './ledger';
import { handOverRole, setPresenter, setSeating, updateMedia, updatePresence } from './participants';
import { assignRole, rotateRole, sendTimeSignal } from './forum-roles';
import { joinWithPrivacyCheck } from './privacy-checks';
import { callPause, checkNotPaused, resumePause } from './guardian-pause';
import { sendNudge } from './nudges';
import { revealPresenterBrief } from './presenter-brief';
import { loadUpdateCards } from './update-cards';
import { addScribeNote, removeScribeNote } from './scribe-notes';
import { goToPhase, nextPhase } from './phases';
import {
  editQuestion,
  holdQuestion,
  keepQuestions,
  markAnswered,
  mergeQuestions,
  releaseQuestion,
  reorderQuestions,
  submitQuestion,
  withdrawQuestion,
} from './questions';
import { passQuestion } from './question-pass';
import { pinQuestion, unpinQuestion } from './question-pins';
import { checkAuthority } from './role-authority';
import { advanceRound, passForSpeaker, setRoundOrder, startRound } from './round';
import { endSession, startSession } from './session';
import { paceQuestions } from './silence-gap';
import type { CircleSession } from './session-state';
import { extendTimer, pauseTimer, resetTimer, resumeTimer, startTimer } from './timer-commands';
import { finishTurn, passTurn } from './turns';

/** Who issues a command: a participant (authenticated by the server) or the server itself. */
export type Actor = { kind: 'participant'; participantId: string } | { kind: 'system' };

export type ReduceResult = { ok: true; state: CircleSession } | { ok: false; error: DomainError };

type SystemCommandType = SystemCommand['type'];
type ParticipantCommandType = Exclude<CircleCommandType, SystemCommandType>;

const participantHandlers: { [T in ParticipantCommandType]: ParticipantHandler<T> } = {
  'session.start': startSession,
  'session.end': endSession,
  'phase.goTo': goToPhase,
  'phase.next': nextPhase,
  'agenda.applyTemplate': applyTemplate,
  'agenda.updatePhases': updatePhases,
  'timer.start': startTimer,
  'timer.pause': pauseTimer,
  'timer.resume': resumeTimer,
  'timer.reset': resetTimer,
  'timer.extend': extendTimer,
  'floor.give': giveFloor,
  'floor.giveNextInQueue': giveFloorToNextHand,
  'floor.clear': clearFloor,
  'round.start': startRound,
  'round.setOrder': setRoundOrder,
  'round.advance': advanceRound,
  'round.passFor': passForSpeaker,
  'queue.setPolicy': setQueuePolicy,
  'seating.set': setSeating,
  'presenter.set': setPresenter,
  'facilitatorMaySpeak.set': setFacilitatorMaySpeak,
  'role.handOver': handOverRole,
  'roles.assign': assignRole,
  'roles.rotate': rotateRole,
  'timeSignal.send': sendTimeSignal,
  'pause.call': callPause,
  'pause.resume': resumePause,
  'nudge.send': sendNudge,
  'scribeNote.add': addScribeNote,
  'scribeNote.remove': removeScribeNote,
  'questions.reorder': reorderQuestions,
  'questions.merge': mergeQuestions,
  'questions.hold': holdQuestion,
  'questions.release': releaseQuestion,
  'questions.markAnswered': markAnswered,
  'questions.pin': pinQuestion,
  'questions.unpin': unpinQuestion,
  'hand.raise': raiseHand,
  'hand.lower': lowerHand,
  'turn.pass': passTurn,
  'turn.done': finishTurn,
  'question.submit': submitQuestion,
  'question.edit': editQuestion,
  'question.withdraw': withdrawQuestion,
  'question.pass': passQuestion,
  'questions.keep': keepQuestions,
};

const systemHandlers: { [T in SystemCommandType]: SystemHandler<T> } = {
  'participant.join': joinWithPrivacyCheck,
  'participant.presence': updatePresence,
  'participant.media': updateMedia,
  'voice.sample': recordVoiceSamples,
  'presenterBrief.reveal': revealPresenterBrief,
  'updateCards.load': loadUpdateCards,
};

/** Preparing the circle happens before the start; everything live needs a running session. */
const allowedBeforeStart = new Set<CircleCommandType>([
  'session.start',
  'session.end',
  'agenda.applyTemplate',
  'agenda.updatePhases',
  'queue.setPolicy',
  'seating.set',
  'presenter.set',
  'facilitatorMaySpeak.set',
  'role.handOver',
  'roles.assign',
  'roles.rotate',
  'participant.join',
  'participant.presence',
  'participant.media',
]);

function checkStatus(state: CircleSession, type: CircleCommandType): DomainError | null {
  if (state.status === 'ended') return new DomainError('session_ended', 'The session has ended');
  if (state.status === 'not-started' && !allowedBeforeStart.has(type)) {
    return new DomainError('session_not_running', 'The session has not started yet');
  }
  return null;
}

function isSystemCommand(command: CircleCommand): command is SystemCommand {
  return commandAuthority(command.type) === 'system';
}

function dispatch(state: CircleSession, command: CircleCommand, actor: Actor, now: number): Outcome {
  // The handler tables are keyed by command type, so each handler receives its own command;
  // TypeScript cannot follow that correlation through the index, hence the widening casts.
  if (isSystemCommand(command)) {
    const handler = systemHandlers[command.type] as SystemHandler<SystemCommandType>;
    return handler(state, command as never, { now } satisfies CommandContext);
  }
  if (actor.kind !== 'participant') return new DomainError('forbidden', 'The server cannot act for a participant');
  const handler = participantHandlers[command.type] as ParticipantHandler<ParticipantCommandType>;
  return handler(state, command as never, { actorId: actor.participantId, now } satisfies ParticipantContext);
}

/**
 * The circle's single authority: applies one command from one actor at server time `now`, then
 * the phase's pace (the silence between questions, `silence-gap.ts`), which may still refuse it.
 * Accepted: a new state with `version` + 1 and the clock moved to `now` (never backwards).
 * Rejected: the reason, and the caller keeps the old state; the input is never mutated.
 */
export function reduce(state: CircleSession, command: CircleCommandInput, actor: Actor, now: number): ReduceResult {
  const parsed = circleCommandSchema.safeParse(command);
  if (!parsed.success) {
    return { ok: false, error: new DomainError('invalid_payload', z.prettifyError(parsed.error)) };
  }
  const type = parsed.data.type;
  const refusal = checkAuthority(state, parsed.data, actor) ?? checkStatus(state, type) ?? checkNotPaused(state, type);
  if (refusal) return { ok: false, error: refusal };

  const effectiveNow = Number.isFinite(now) ? Math.max(now, state.clock) : state.clock;
  const dispatched = dispatch(state, parsed.data, actor, effectiveNow);
  const outcome = dispatched instanceof DomainError ? dispatched : paceQuestions(state, dispatched, type, effectiveNow);
  if (outcome instanceof DomainError) return { ok: false, error: outcome };
  return { ok: true, state: { ...outcome, version: state.version + 1, clock: effectiveNow } };
}
