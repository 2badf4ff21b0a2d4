import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { CommandContext, Outcome, ParticipantContext } from './command-handler';
import { withoutHand } from './hand-queue';
import { emptyLedgerEntry } from './ledger';
import type { CircleParticipant, CircleSession } from './session-state';

/** Matches the 64-id bound on seating and round orders. */
const maxParticipants = 64;

function unknownParticipant(participantId: string): DomainError {
  return new DomainError('not_found', `No participant ${participantId} in this circle`);
}

function updateParticipant(state: CircleSession, participant: CircleParticipant): CircleSession {
  return { ...state, participants: { ...state.participants, [participant.participantId]: participant } };
}

/**
 * A first join seats the participant at the end of the circle. Rejoining only marks them present
 * and updates their name: the role in the session stays, since it may have been handed over.
 */
export function joinParticipant(state: CircleSession, command: CommandOf<'participant.join'>, { now }: CommandContext): Outcome {
  const existing = state.participants[command.participantId];
  if (existing) return updateParticipant(state, { ...existing, displayName: command.displayName, presence: 'present' });
  if (state.seating.length >= maxParticipants) return new DomainError('conflict', 'This circle is full');
  const joined: CircleParticipant = {
    participantId: command.participantId,
    displayName: command.displayName,
    role: command.role,
    presence: 'present',
    mic: false,
    camera: false,
    joinedAt: now,
  };
  return {
    ...updateParticipant(state, joined),
    seating: [...state.seating, joined.participantId],
    ledger: { ...state.ledger, [joined.participantId]: emptyLedgerEntry },
  };
}

/** Someone who left has their hand lowered; the floor stays with them until the facilitator moves on. */
export function updatePresence(state: CircleSession, command: CommandOf<'participant.presence'>): Outcome {
  const participant = state.participants[command.participantId];
  if (!participant) return unknownParticipant(command.participantId);
  const updated = updateParticipant(state, { ...participant, presence: command.presence });
  return command.presence === 'left' ? { ...updated, handQueue: withoutHand(updated.handQueue, participant.participantId) } : updated;
}

export function updateMedia(state: CircleSession, command: CommandOf<'participant.media'>): Outcome {
  const participant = state.participants[command.participantId];
  if (!participant) return unknownParticipant(command.participantId);
  return updateParticipant(state, { ...participant, mic: command.mic, camera: command.camera });
}

/** Places the listed participants first, in that order; anyone not listed keeps their relative place after them. */
export function setSeating(state: CircleSession, command: CommandOf<'seating.set'>): Outcome {
  if (new Set(command.order).size !== command.order.length) {
    return new DomainError('invalid_payload', 'Each participant appears once in the seating');
  }
  const unknown = command.order.find((participantId) => !state.participants[participantId]);
  if (unknown) return unknownParticipant(unknown);
  const rest = state.seating.filter((participantId) => !command.order.includes(participantId));
  return { ...state, seating: [...command.order, ...rest] };
}

export function setPresenter(state: CircleSession, command: CommandOf<'presenter.set'>): Outcome {
  if (command.participantId !== null && !state.participants[command.participantId]) {
    return unknownParticipant(command.participantId);
  }
  if (command.participantId === state.presenterId) return state;
  // A new presenter makes their own choice about keeping questions; the scribe's notes were for the previous one.
  return { ...state, presenterId: command.participantId, presenterKeepsQuestions: false, scribeNotes: [], presenterBrief: null };
}

/** The facilitator passes the role on and becomes a member. */
export function handOverRole(state: CircleSession, command: CommandOf<'role.handOver'>, { actorId }: ParticipantContext): Outcome {
  const target = state.participants[command.participantId];
  const actor = state.participants[actorId];
  if (!target) return unknownParticipant(command.participantId);
  if (!actor) return unknownParticipant(actorId);
  if (target.participantId === actorId) return new DomainError('conflict', 'Hand the role over to someone else');
  if (target.role === 'facilitator') return new DomainError('conflict', `${target.displayName} already facilitates`);
  if (target.presence !== 'present') return new DomainError('conflict', `${target.displayName} is not here right now`);
  return updateParticipant(updateParticipant(state, { ...actor, role: 'member' }), { ...target, role: 'facilitator' });
}
