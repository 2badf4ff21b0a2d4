import { nextSpeakerId, type CircleSessionView, type ForumRole, type HandType, type PhaseKind } from '@peercircle/shared';
import { roleHoldersIn, rolesOf } from './forum-roles-view';
import { floorRuleOf } from './view-queries';

/** What a video tile tells everyone about its person's part in the circle right now. */
export interface TileStatus {
  presenter: boolean;
  floorHolder: boolean;
  /** Speaks after the current turn of a round. */
  speaksNext: boolean;
  /** Their place in the raised-hand queue (1 = called first), or null. */
  handPosition: number | null;
  /** What their hand (in the queue or waiting) is for, or null. */
  handType: HandType | null;
  /** Set when their hand waits for a later phase: shown to facilitators and to the hand's owner. */
  handWaiting: { waitingFor: PhaseKind | null } | null;
  /** The forum roles they hold (timekeeper, guardian…). */
  roles: ForumRole[];
}

/** Only people with something to show are listed. */
export type TileStatuses = Record<string, TileStatus>;

const quiet: TileStatus = { presenter: false, floorHolder: false, speaksNext: false, handPosition: null, handType: null, handWaiting: null, roles: [] };

export function tileStatuses(view: CircleSessionView): TileStatuses {
  const statuses: TileStatuses = {};
  const mark = (participantId: string | null, patch: Partial<TileStatus>) => {
    if (participantId !== null) statuses[participantId] = { ...(statuses[participantId] ?? quiet), ...patch };
  };
  if (view.status !== 'ended') {
    mark(view.presenterId, { presenter: true });
    for (const holderId of new Set(Object.values(roleHoldersIn(view)))) {
      if (holderId !== null) mark(holderId, { roles: rolesOf(view, holderId) });
    }
  }
  if (view.status !== 'running') return statuses;
  mark(view.floor.holderId, { floorHolder: true });
  const rule = floorRuleOf(view);
  if (rule === 'round') mark(nextSpeakerId(view.round, view.participants), { speaksNext: true });
  // Hands count only where the facilitator calls on them.
  if (rule === 'queue') {
    view.handQueue.raised.forEach((hand, index) => mark(hand.participantId, { handPosition: index + 1, handType: hand.handType }));
  }
  for (const hand of view.handQueue.waiting) mark(hand.participantId, { handType: hand.handType, handWaiting: { waitingFor: hand.waitingFor } });
  return statuses;
}

export function tileStatusOf(statuses: TileStatuses, participantId: string | undefined): TileStatus {
  return (participantId !== undefined && statuses[participantId]) || quiet;
}
