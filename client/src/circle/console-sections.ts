import type { CircleSessionView } from '@peercircle/shared';
import type { ConsoleSectionId, UiState } from '../store/ui-slice';

/**
 * Open by default: what the facilitator needs at this moment. Before the start that is preparing
 * (format, agenda, presenter, seating); while running it is the live work (the door, the floor,
 * hands, questions), with the reference material (timers' details, agenda, people) folded away.
 */
export function openByDefault(id: ConsoleSectionId, status: CircleSessionView['status']): boolean {
  switch (id) {
    case 'lobby':
    case 'commitments':
    case 'floor':
    case 'hands':
    case 'questions':
      return true;
    case 'speaking-order':
    case 'roles':
    case 'people':
      return status === 'not-started';
    case 'agenda':
      return status !== 'running';
    case 'timers':
      return false;
  }
}

/** The facilitator's own choice wins over the default and is kept for the whole visit. */
export function isSectionOpen(
  choices: UiState['consoleSections'],
  id: ConsoleSectionId,
  status: CircleSessionView['status'],
): boolean {
  return choices[id] ?? openByDefault(id, status);
}
