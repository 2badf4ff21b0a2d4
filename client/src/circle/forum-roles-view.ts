import {
  forumRoleLabels,
  forumRoles,
  noRoleHolders,
  type CircleSessionView,
  type ForumRole,
  type RoleHolders,
  type TimeSignal,
  type TimeSignalKind,
} from '@peercircle/shared';
import type { Announcement } from './circle-announcements';
import { nameOf } from './view-queries';

/** What each role lets its holder do, in a line for the facilitator choosing someone. */
export const rolePowers: Record<ForumRole, string> = {
  timekeeper: 'Runs the speaker timer and sends the speaker private time signals.',
  guardian: 'May call a pause.',
  'process-observer': 'Receives the Gestalt flags and may send a speaker one private nudge.',
  scribe: 'Writes notes for the presenter.',
};

/** What the timekeeper's buttons say. */
export const timeSignalButtonLabels: Record<TimeSignalKind, string> = {
  'two-minutes': '2 minutes',
  'one-minute': '1 minute',
  'wrap-up': 'Please wrap up',
};

/** What the speaker reads and hears. */
export const timeSignalMessages: Record<TimeSignalKind, string> = {
  'two-minutes': '2 minutes left',
  'one-minute': '1 minute left',
  'wrap-up': 'Please wrap up',
};

/** A view from before forum roles existed has no holders. */
export function roleHoldersIn(view: CircleSessionView): RoleHolders {
  return view.roleHolders ?? noRoleHolders;
}

/** The roles someone holds, in the order roles are always listed. */
export function rolesOf(view: CircleSessionView, participantId: string): ForumRole[] {
  const holders = roleHoldersIn(view);
  return forumRoles.filter((role) => holders[role] === participantId);
}

export function holdsTimekeeper(view: CircleSessionView): boolean {
  return view.status === 'running' && roleHoldersIn(view).timekeeper === view.viewerId;
}

/** Who may hold a role: the circle's members (the facilitator already has every role's powers). */
export function roleCandidates(view: CircleSessionView): { participantId: string; label: string }[] {
  return view.seating
    .flatMap((id) => view.participants[id] ?? [])
    .filter((participant) => participant.role === 'member' && participant.presence !== 'left')
    .map((participant) => ({
      participantId: participant.participantId,
      label: participant.presence === 'away' ? `${participant.displayName} (away)` : participant.displayName,
    }));
}

export interface TimekeeperState {
  /** Whoever holds the floor, by name; null when nobody does. */
  speakerName: string | null;
  /** Why the timekeeper cannot act on a turn now; null when they can. */
  unavailableReason: string | null;
}

export function timekeeperState(view: CircleSessionView): TimekeeperState {
  const holderId = view.floor.holderId;
  if (holderId === null) return { speakerName: null, unavailableReason: 'Nobody has the floor right now, so there is no turn to keep time for.' };
  if (holderId === view.viewerId) return { speakerName: 'You', unavailableReason: 'You hold the floor yourself: the facilitator keeps your time.' };
  return { speakerName: nameOf(view, holderId), unavailableReason: null };
}

/** The signal meant for the viewer, while it is their turn. */
export function signalForViewer(view: CircleSessionView): TimeSignal | null {
  const signal = view.timeSignal ?? null;
  return signal !== null && signal.toId === view.viewerId ? signal : null;
}

/** For the facilitator and the timekeeper who sent it: what was signalled to whom. */
export function describeSentSignal(view: CircleSessionView, signal: TimeSignal): string {
  const from = signal.fromId === view.viewerId ? 'You' : nameOf(view, signal.fromId);
  return `${from} signalled ${nameOf(view, signal.toId)}: ${timeSignalButtonLabels[signal.kind]}`;
}

const sameSignal = (a: TimeSignal | null, b: TimeSignal | null) => a?.sentAt === b?.sentAt && a?.kind === b?.kind && a?.toId === b?.toId;

/**
 * A new signal for the viewer interrupts (it is time-critical) and chimes; nobody else is told.
 * The chime still follows the speaker's own chime setting.
 */
export function timeSignalNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  const signal = signalForViewer(next);
  if (signal === null || sameSignal(signalForViewer(previous), signal)) return [];
  return [{ text: `From your timekeeper: ${timeSignalMessages[signal.kind]}`, urgency: 'assertive', chime: true }];
}

/** The viewer taking up or giving back a role, said politely; others see it on the tiles. */
export function ownRoleNews(previous: CircleSessionView, next: CircleSessionView): Announcement[] {
  if (next.status === 'ended') return [];
  const before = rolesOf(previous, previous.viewerId);
  const after = rolesOf(next, next.viewerId);
  const named = (roles: ForumRole[]) => roles.map((role) => forumRoleLabels[role].toLowerCase()).join(' and ');
  const gained = after.filter((role) => !before.includes(role));
  const lost = before.filter((role) => !after.includes(role));
  return [
    ...(gained.length > 0 ? [{ text: `You are now ${named(gained)}`, urgency: 'polite' as const }] : []),
    ...(lost.length > 0 ? [{ text: `You are no longer ${named(lost)}`, urgency: 'polite' as const }] : []),
  ];
}
