import type { AgendaPhase, CircleSession, FloorRule } from './session-state';

export function currentPhase(state: CircleSession): AgendaPhase | null {
  if (state.currentPhaseIndex === null) return null;
  return state.agenda.phases[state.currentPhaseIndex] ?? null;
}

/** The floor rule in force; null while no phase is running. */
export function currentFloorRule(state: CircleSession): FloorRule | null {
  return state.status === 'running' ? (currentPhase(state)?.floorRule ?? null) : null;
}
