import { handTypes, type AgendaPhase, type HandType, type PhaseKind, type RaisedHand } from './session-state';

export const handTypeLabels: Record<HandType, string> = {
  clarifying: 'clarifying question',
  experience: 'experience share',
  reply: 'reply to the current speaker',
  process: 'process point',
};

/**
 * What each kind of phase calls by default. A process point is welcome wherever anyone speaks;
 * questions belong to the question phases, experience and replies to reflection and talk. A break
 * and a silence call nobody, so every hand waits through them.
 */
export const defaultAdmittedHandTypes: Record<PhaseKind, readonly HandType[]> = {
  'check-in': ['process'],
  presentation: ['process'],
  'clarifying-questions': ['clarifying', 'process'],
  'curious-questions': ['clarifying', 'process'],
  break: [],
  reflections: ['experience', 'reply', 'process'],
  // Mirroring gives back what was noticed: no questions, not even clarifying ones.
  mirroring: ['process'],
  response: ['reply', 'process'],
  council: ['experience', 'process'],
  silence: [],
  dialogue: handTypes,
  closing: ['experience', 'reply', 'process'],
  other: handTypes,
};

/** States saved before hands had types have phases without the list: they admit their kind's default. */
export function admittedHandTypes(phase: AgendaPhase): readonly HandType[] {
  return phase.admittedHandTypes ?? defaultAdmittedHandTypes[phase.kind];
}

/** A hand saved before hands had types is admitted everywhere, as every hand was then. */
export function admitsHand(phase: AgendaPhase | null, hand: RaisedHand): boolean {
  if (!phase) return false;
  return hand.handType === undefined || admittedHandTypes(phase).includes(hand.handType);
}

/** The type a hand gets when none is chosen (keyboard shortcut H): the phase's first admitted type. */
export function defaultHandType(phase: AgendaPhase | null): HandType {
  return (phase && admittedHandTypes(phase)[0]) ?? 'process';
}

/** The kind of the first phase after `fromIndex` that admits the type; null when none does. */
export function nextAdmittingPhaseKind(phases: readonly AgendaPhase[], fromIndex: number | null, handType: HandType): PhaseKind | null {
  const later = phases.slice((fromIndex ?? -1) + 1);
  return later.find((phase) => admittedHandTypes(phase).includes(handType))?.kind ?? null;
}
