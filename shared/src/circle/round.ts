import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { CommandContext, Outcome } from './command-handler';
import { currentFloorRule, currentPhase } from './current-phase';
import { freeFloor, grantFloor, releaseFloor } from './floor';
import { seededShuffle, seedFor } from './random-order';
import type { AgendaPhase, CircleParticipant, CircleSession, CouncilRound, RoundOrderMode } from './session-state';

export function currentSpeakerId(round: CouncilRound | null): string | null {
  if (!round || round.status === 'complete') return null;
  return round.order[round.position] ?? null;
}

/**
 * Who gets the floor when the current turn ends by speaking: the next turn whose speaker is present,
 * as the round skips those away. Null when the round would then be complete.
 */
export function nextSpeakerId(round: CouncilRound | null, participants: Record<string, CircleParticipant>): string | null {
  if (!round || round.status === 'complete') return null;
  return round.order.slice(round.position + 1).find((id) => participants[id]?.presence === 'present') ?? null;
}

/** Whether someone used their final pass: the second pass, on their come-back turn. */
export function hasPassedFinally(round: CouncilRound, participantId: string): boolean {
  return (round.passes[participantId] ?? 0) >= 2;
}

/**
 * Who speaks in a seating-order round: present members in circle order. Facilitators hold the space
 * rather than take a turn, and a listening presenter sits the round out; a custom order can include both.
 */
export function seatingRoundOrder(state: CircleSession, phase: AgendaPhase): string[] {
  return state.seating.filter((participantId) => {
    const participant = state.participants[participantId];
    if (!participant || participant.presence !== 'present' || participant.role !== 'member') return false;
    return !(phase.presenterPart === 'listens' && participantId === state.presenterId);
  });
}

/**
 * Moves to the first turn from `round.position` whose speaker is present, skipping those away or gone,
 * and gives them the floor; with no turns left the round is complete and the floor is cleared.
 */
function settleOnPresentSpeaker(state: CircleSession, round: CouncilRound, now: number): CircleSession {
  let { position, skipped, deferred } = round;
  for (; position < round.order.length; position += 1) {
    const speakerId = round.order[position] as string;
    if (state.participants[speakerId]?.presence === 'present') {
      return grantFloor({ ...state, round: { ...round, position, skipped, deferred } }, speakerId, now);
    }
    if (!skipped.includes(speakerId)) skipped = [...skipped, speakerId];
    deferred = deferred.filter((id) => id !== speakerId);
  }
  const completed: CouncilRound = { ...round, position, skipped, deferred, status: 'complete' };
  return { ...freeFloor(state, now), round: completed };
}

export function beginRound(state: CircleSession, order: string[], orderMode: RoundOrderMode, now: number): CircleSession {
  const round: CouncilRound = {
    order,
    orderMode,
    position: 0,
    passes: {},
    spoken: [],
    deferred: [],
    skipped: [],
    status: 'active',
  };
  return settleOnPresentSpeaker(releaseFloor(state, now), round, now);
}

/**
 * Ends the current speaker's turn and moves on. A first pass ("come back to me") adds a come-back
 * turn at the end of the round; a pass on that come-back is final.
 */
export function endTurn(state: CircleSession, outcome: 'spoke' | 'passed', now: number): CircleSession {
  const round = state.round as CouncilRound;
  const speakerId = currentSpeakerId(round) as string;
  const passes = (round.passes[speakerId] ?? 0) + (outcome === 'passed' ? 1 : 0);
  const comesBack = outcome === 'passed' && passes === 1;
  const next: CouncilRound = {
    ...round,
    position: round.position + 1,
    order: comesBack ? [...round.order, speakerId] : round.order,
    passes: outcome === 'passed' ? { ...round.passes, [speakerId]: passes } : round.passes,
    spoken: outcome === 'spoke' ? [...round.spoken, speakerId] : round.spoken,
    deferred: comesBack ? [...round.deferred, speakerId] : round.deferred.filter((id) => id !== speakerId),
    // A turn settled now makes up for one skipped while they were away.
    skipped: comesBack ? round.skipped : round.skipped.filter((id) => id !== speakerId),
  };
  return settleOnPresentSpeaker(state, next, now);
}

/** The round phase's active round, or why a round command does not apply now. */
export function activeRound(state: CircleSession): CouncilRound | DomainError {
  if (currentFloorRule(state) !== 'round' || !state.round) {
    return new DomainError('wrong_phase', 'The current phase is not a round');
  }
  if (state.round.status === 'complete') return new DomainError('conflict', 'The round is complete');
  return state.round;
}

function checkSpeakerList(state: CircleSession, order: string[]): DomainError | null {
  if (new Set(order).size !== order.length) return new DomainError('invalid_payload', 'Each speaker appears once in the order');
  const unknown = order.find((participantId) => !state.participants[participantId]);
  return unknown ? new DomainError('not_found', `No participant ${unknown} in this circle`) : null;
}

export function startRound(state: CircleSession, command: CommandOf<'round.start'>, { now }: CommandContext): Outcome {
  const phase = currentPhase(state);
  if (currentFloorRule(state) !== 'round' || !phase) return new DomainError('wrong_phase', 'Rounds run only in round phases');
  if (command.orderMode === 'custom') {
    const order = command.order ?? [];
    const invalid = checkSpeakerList(state, order);
    return invalid ?? beginRound(state, order, 'custom', now);
  }
  const seating = seatingRoundOrder(state, phase);
  const order = command.orderMode === 'random' ? seededShuffle(seating, seedFor(state.sessionId, state.version)) : seating;
  return beginRound(state, order, command.orderMode, now);
}

/**
 * Sets who speaks after the current speaker. Those still owed a come-back keep it at the end unless
 * placed elsewhere; people who already spoke or passed finally cannot be added again.
 */
export function setRoundOrder(state: CircleSession, command: CommandOf<'round.setOrder'>): Outcome {
  const round = activeRound(state);
  if (round instanceof DomainError) return round;
  const invalid = checkSpeakerList(state, command.order);
  if (invalid) return invalid;
  const speakerId = currentSpeakerId(round);
  const done = command.order.find(
    (id) => id === speakerId || round.spoken.includes(id) || hasPassedFinally(round, id),
  );
  if (done) {
    const name = state.participants[done]?.displayName ?? done;
    return new DomainError('invalid_payload', `${name} is speaking now or has already had their turn`);
  }
  const owedComeBack = round.deferred.filter((id) => id !== speakerId && !command.order.includes(id));
  const order = [...round.order.slice(0, round.position + 1), ...command.order, ...owedComeBack];
  return { ...state, round: { ...round, order, orderMode: 'custom' } };
}

export function advanceRound(state: CircleSession, _command: unknown, { now }: CommandContext): Outcome {
  const round = activeRound(state);
  return round instanceof DomainError ? round : endTurn(state, 'spoke', now);
}

/** The facilitator passes for the current speaker, e.g. someone whose connection dropped. */
export function passForSpeaker(state: CircleSession, _command: unknown, { now }: CommandContext): Outcome {
  const round = activeRound(state);
  return round instanceof DomainError ? round : endTurn(state, 'passed', now);
}
