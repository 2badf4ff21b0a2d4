import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { Outcome } from './command-handler';
import { currentPhase } from './current-phase';
import type { CircleSession } from './session-state';
import { extendedTimer } from './timers';
import { agendaFromTemplate, findTemplate } from './templates';

/** Replacing the whole agenda would pull the running phase away, so templates apply before the start. */
export function applyTemplate(state: CircleSession, command: CommandOf<'agenda.applyTemplate'>): Outcome {
  if (state.status !== 'not-started') {
    return new DomainError('conflict', 'Templates apply before the session starts; edit the phases instead');
  }
  const template = findTemplate(command.templateId);
  if (!template) return new DomainError('not_found', `No session format called ${command.templateId}`);
  return { ...state, agenda: agendaFromTemplate(template) };
}

/**
 * Edits the agenda, also mid-session. The running phase must stay (found by its id) with the same
 * floor rule, since its round or floor is live; changes to its planned or per-turn time shift the
 * running timers by the difference, keeping any extension the facilitator gave.
 */
export function updatePhases(state: CircleSession, command: CommandOf<'agenda.updatePhases'>): Outcome {
  const { phases } = command;
  if (new Set(phases.map((phase) => phase.phaseId)).size !== phases.length) {
    return new DomainError('invalid_payload', 'Each phase needs its own id');
  }
  const agenda = { ...state.agenda, phases };
  const running = currentPhase(state);
  if (!running) return { ...state, agenda };

  const newIndex = phases.findIndex((phase) => phase.phaseId === running.phaseId);
  const edited = phases[newIndex];
  if (!edited) return new DomainError('conflict', `The current phase "${running.title}" must stay on the agenda`);
  if (edited.floorRule !== running.floorRule) {
    return new DomainError('conflict', 'Move to another phase before changing the floor rule of the current one');
  }
  return {
    ...state,
    agenda,
    currentPhaseIndex: newIndex,
    phaseTimer: extendedTimer(state.phaseTimer, edited.plannedMs - running.plannedMs),
    speakerTimer: extendedTimer(state.speakerTimer, (edited.speakerMs ?? 0) - (running.speakerMs ?? 0)),
  };
}
