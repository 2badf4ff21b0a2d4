import type { CouncilRound } from '@peercircle/shared';

export type TurnOutcome = 'spoke' | 'passed' | 'skipped' | 'speaking' | 'coming-back' | 'upcoming';

/** One turn in a round's order, with what became of it. */
export interface RoundTurn {
  participantId: string;
  outcome: TurnOutcome;
}

export const turnOutcomeLabel: Record<TurnOutcome, string> = {
  spoke: 'Spoke',
  passed: 'Passed',
  skipped: 'Away when their turn came',
  speaking: 'Speaking now',
  'coming-back': 'Passed earlier — come-back turn',
  upcoming: 'Waiting',
};

function pastOutcome(round: CouncilRound, participantId: string, index: number): TurnOutcome {
  const passes = round.passes[participantId] ?? 0;
  // A later turn for the same person is either the come-back after a pass, or a re-added skipped turn.
  if (round.order.indexOf(participantId, index + 1) >= 0) return passes >= 1 ? 'passed' : 'skipped';
  if (round.spoken.includes(participantId)) return 'spoke';
  return passes >= 1 ? 'passed' : 'skipped';
}

/** Every turn of the round in order: those taken, the current one, and those still to come. */
export function roundTurns(round: CouncilRound): RoundTurn[] {
  return round.order.map((participantId, index) => {
    if (index < round.position) return { participantId, outcome: pastOutcome(round, participantId, index) };
    if (index === round.position && round.status === 'active') return { participantId, outcome: 'speaking' };
    return { participantId, outcome: round.deferred.includes(participantId) ? 'coming-back' : 'upcoming' };
  });
}

/** Who speaks after the current speaker: the part of the order a facilitator may rearrange (`round.setOrder`). */
export function upcomingSpeakers(round: CouncilRound): string[] {
  if (round.status !== 'active') return [];
  return [...new Set(round.order.slice(round.position + 1))];
}
