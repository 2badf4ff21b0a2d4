import {
  createCircleSession,
  reduce,
  viewFor,
  type CircleCommandInput,
  type CircleSession,
  type CircleSessionView,
  type FormatTemplateId,
} from '@peercircle/shared';

/**
 * Circles for the client's unit tests, built with the real engine so views are what the server sends.
 * Ada facilitates; Maya, Bo, Cy and Di are members, seated in that order.
 */
export const ada = 'fac-ada';
export const maya = 'mem-maya';
export const bo = 'mem-bo';
export const cy = 'mem-cy';
export const di = 'mem-di';
const startTime = 1_700_000_000_000;

const names: Record<string, string> = { [ada]: 'Ada', [maya]: 'Maya', [bo]: 'Bo', [cy]: 'Cy', [di]: 'Di' };

/** Applies a command that must be accepted, one second after the session clock unless told. */
export function act(state: CircleSession, command: CircleCommandInput, actorId = ada, now = state.clock + 1_000): CircleSession {
  const result = reduce(state, command, { kind: 'participant', participantId: actorId }, now);
  if (!result.ok) throw new Error(`${command.type} was rejected: ${result.error.message}`);
  return result.state;
}

export function seatedCircle(templateId: FormatTemplateId = 'council', presenterId: string | null = null): CircleSession {
  let state = createCircleSession({ sessionId: 'session-1', title: 'March circle', templateId, now: startTime });
  for (const [participantId, displayName] of Object.entries(names)) {
    const role = participantId === ada ? 'facilitator' : 'member';
    const result = reduce(state, { type: 'participant.join', participantId, displayName, role }, { kind: 'system' }, startTime);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
  }
  return presenterId === null ? state : act(state, { type: 'presenter.set', participantId: presenterId });
}

export function runningCircle(templateId: FormatTemplateId = 'council', presenterId: string | null = null): CircleSession {
  return act(seatedCircle(templateId, presenterId), { type: 'session.start' });
}

/** A running circle moved to the phase with this id. */
export function circleInPhase(phaseId: string, templateId: FormatTemplateId = 'consultancy'): CircleSession {
  const state = runningCircle(templateId, maya);
  const phaseIndex = state.agenda.phases.findIndex((phase) => phase.phaseId === phaseId);
  if (phaseIndex < 0) throw new Error(`no phase ${phaseId}`);
  return act(state, { type: 'phase.goTo', phaseIndex });
}

export function viewAs(state: CircleSession, viewerId: string): CircleSessionView {
  return viewFor(state, viewerId);
}
