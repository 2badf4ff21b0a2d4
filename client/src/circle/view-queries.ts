import type { AgendaPhase, CircleSessionView, FloorRule } from '@peercircle/shared';

export function currentPhaseOf(view: CircleSessionView): AgendaPhase | null {
  if (view.currentPhaseIndex === null) return null;
  return view.agenda.phases[view.currentPhaseIndex] ?? null;
}

/** The floor rule in force; null unless a phase is running (the engine's own rule, read from a view). */
export function floorRuleOf(view: CircleSessionView): FloorRule | null {
  return view.status === 'running' ? (currentPhaseOf(view)?.floorRule ?? null) : null;
}

export function nameOf(view: CircleSessionView, participantId: string): string {
  return view.participants[participantId]?.displayName ?? 'Someone';
}

export function isFacilitatorView(view: CircleSessionView): boolean {
  return view.viewerRole === 'facilitator';
}

/** Floor time so far, including the running turn of whoever holds the floor now. */
export function floorMsOf(view: CircleSessionView, participantId: string, now: number): number {
  const recorded = view.ledger[participantId]?.floorMs ?? 0;
  const { holderId, since } = view.floor;
  return holderId === participantId && since !== null ? recorded + Math.max(0, now - since) : recorded;
}

/** Participants in circle (seating) order; anyone missing from the seating follows in join order. */
export function participantsInSeatingOrder(view: CircleSessionView) {
  const seated = view.seating.flatMap((id) => view.participants[id] ?? []);
  const unseated = Object.values(view.participants)
    .filter((participant) => !view.seating.includes(participant.participantId))
    .sort((a, b) => a.joinedAt - b.joinedAt);
  return [...seated, ...unseated];
}
