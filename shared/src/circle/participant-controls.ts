import type { AgendaPhase, PhaseKind } from './session-state';

/** What a phase invites a participant to do besides speaking on their turn; null outside a running phase. */
export interface ParticipantControls {
  /** Asking the facilitator for the floor: queue phases, unless the presenter holds the floor and everyone listens. */
  raiseHand: boolean;
  /** Writing questions for the presenter: the question phases, and any phase for curious questions only. */
  askQuestions: boolean;
  /** The commitment prompt comes first in the closing round. */
  commitment: boolean;
}

const questionKinds: readonly PhaseKind[] = ['clarifying-questions', 'curious-questions'];

/**
 * Derived from the phase's floor rule, the presenter's part and its question policy, so members see
 * a control only where using it fits the practice: no hands while someone presents or in a round,
 * no question box during check-in or the closing.
 */
export function participantControls(phase: AgendaPhase | null): ParticipantControls {
  if (!phase) return { raiseHand: false, askQuestions: false, commitment: false };
  return {
    raiseHand: phase.floorRule === 'queue' && phase.presenterPart !== 'holds-floor',
    askQuestions: phase.curiousQuestionsOnly || questionKinds.includes(phase.kind),
    commitment: phase.kind === 'closing',
  };
}
