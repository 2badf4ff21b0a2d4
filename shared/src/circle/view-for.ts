import { audibleParticipantIds } from './audible';
import { handQueueOrder, waitingHands } from './hand-queue';
import { currentPhase } from './current-phase';
import { defaultHandType, nextAdmittingPhaseKind } from './hand-types';
import { privacyCheckCount, type PrivacyCheckCount } from './privacy-checks';
import type {
  CircleSession,
  HandQueuePolicy,
  LedgerEntry,
  ParticipantRole,
  PhaseKind,
  Question,
  RaisedHand,
  TimeSignal,
} from './session-state';
import { pauseOf, pausesOf } from './guardian-pause';
import { holdsRole, roleHoldersOf } from './forum-roles';
import { nudgeFor } from './nudges';
import { scribeNotesFor } from './scribe-notes';
import { presenterBriefFor, type CirclePresenterBrief } from './presenter-brief';
import { floorUpdateCardFor, type UpdateCard } from './update-cards';

/** A hand the current phase does not admit, and the kind of the next phase that will (null: none on the agenda). */
export interface WaitingHand extends RaisedHand {
  waitingFor: PhaseKind | null;
}

export interface HandQueueView {
  policy: HandQueuePolicy;
  /** The hands the current phase admits, in the order they will be called. */
  raised: RaisedHand[];
  /** Facilitators see every waiting hand; members only their own. */
  waiting: WaitingHand[];
}

function handQueueFor(state: CircleSession, viewerId: string, isFacilitator: boolean): HandQueueView {
  // A hand saved before hands had types is shown as the phase's first type, so clients always get one.
  const typed = (hand: RaisedHand): RaisedHand => (hand.handType === undefined ? { ...hand, handType: defaultHandType(currentPhase(state)) } : hand);
  const waiting = waitingHands(state)
    .filter((hand) => isFacilitator || hand.participantId === viewerId)
    .map((hand) => ({ ...hand, waitingFor: nextAdmittingPhaseKind(state.agenda.phases, state.currentPhaseIndex, hand.handType) }));
  return { policy: state.handQueue.policy, raised: handQueueOrder(state).map(typed), waiting };
}

/**
 * A question without its authorship; `adviceFlag` is shown to facilitators and the process observer,
 * and to authors for their own.
 */
type QuestionViewBase = Omit<Question, 'authorId' | 'anonymous'> & {
  /** Whether the viewer wrote it: the only trace of authorship an anonymous question carries. */
  mine: boolean;
};

/** An anonymous question has no author field at all, for facilitators too. */
export type QuestionView =
  | (QuestionViewBase & { anonymous: true })
  | (QuestionViewBase & { anonymous: false; authorId: string; authorName: string });

/**
 * What one participant receives of a circle session: the state, with questions filtered and
 * stripped of anonymous authors, the ledger narrowed for members, and who may be heard.
 */
export interface CircleSessionView extends Omit<CircleSession, 'questions' | 'ledger' | 'roleHistory' | 'privacyChecks' | 'presenterBrief' | 'updateCards'> {
  viewerId: string;
  /** Null for someone not (yet) in the circle: they see what a member sees. */
  viewerRole: ParticipantRole | null;
  handQueue: HandQueueView;
  /** Sorted by the facilitator's order. */
  questions: QuestionView[];
  /** Facilitators see everyone's entry; members only their own. */
  ledger: Record<string, LedgerEntry>;
  audible: 'everyone' | string[];
  /** Facilitators only: how many present members confirmed the door's checklist, never who. */
  privacyCheck: PrivacyCheckCount | null;
  /** The presenter's brief, for everyone in the circle during the consultancy's phases (see `presenter-brief.ts`). */
  presenterBrief: CirclePresenterBrief | null;
  /** The monthly update of the member holding the floor in the check-in round, for everyone; nobody else's (see `update-cards.ts`). */
  floorUpdateCard: UpdateCard | null;
}

/** A time signal reaches the speaker it is for, the timekeeper who sent it and facilitators. */
function timeSignalFor(state: CircleSession, viewerId: string, isFacilitator: boolean): TimeSignal | null {
  const signal = state.timeSignal ?? null;
  if (signal === null) return null;
  return isFacilitator || signal.toId === viewerId || signal.fromId === viewerId ? signal : null;
}

/** Who reads the Gestalt guard's flags on questions they can see (the author reads their own). */
function readsAdviceFlags(state: CircleSession, viewerId: string, isFacilitator: boolean): boolean {
  return isFacilitator || holdsRole(state, viewerId, 'process-observer');
}

function questionFor(state: CircleSession, question: Question, viewerId: string, isFacilitator: boolean): QuestionView | null {
  const mine = question.authorId === viewerId;
  if (question.status === 'held' && !isFacilitator && !mine) return null;
  if (question.status === 'withdrawn' && !isFacilitator && !mine) return null;
  const base: QuestionViewBase = {
    questionId: question.questionId,
    text: question.text,
    addressedTo: question.addressedTo,
    // A held question is the facilitator's business; its author just sees it waiting.
    status: question.status === 'held' && !isFacilitator ? 'pending' : question.status,
    // States saved before pins existed have no flag.
    pinned: question.pinned === true,
    ...(question.mergedInto === undefined ? {} : { mergedInto: question.mergedInto }),
    adviceFlag: mine || readsAdviceFlags(state, viewerId, isFacilitator) ? question.adviceFlag : null,
    submittedAt: question.submittedAt,
    order: question.order,
    mine,
  };
  if (question.anonymous) return { ...base, anonymous: true };
  const authorName = state.participants[question.authorId]?.displayName ?? '';
  return { ...base, anonymous: false, authorId: question.authorId, authorName };
}

export function viewFor(state: CircleSession, viewerId: string): CircleSessionView {
  const viewerRole = state.participants[viewerId]?.role ?? null;
  const isFacilitator = viewerRole === 'facilitator';
  const ownEntry = state.ledger[viewerId];
  const audible = audibleParticipantIds(state);
  return {
    viewerId,
    viewerRole,
    sessionId: state.sessionId,
    title: state.title,
    version: state.version,
    clock: state.clock,
    status: state.status,
    participants: state.participants,
    seating: state.seating,
    presenterId: state.presenterId,
    presenterKeepsQuestions: state.presenterKeepsQuestions,
    facilitatorMaySpeak: state.facilitatorMaySpeak,
    agenda: state.agenda,
    currentPhaseIndex: state.currentPhaseIndex,
    phaseTimer: state.phaseTimer,
    speakerTimer: state.speakerTimer,
    floor: state.floor,
    // States saved before silence gaps existed have none.
    silenceGap: state.silenceGap ?? null,
    round: state.round,
    handQueue: handQueueFor(state, viewerId, isFacilitator),
    questions: [...state.questions]
      .sort((a, b) => a.order - b.order)
      .map((question) => questionFor(state, question, viewerId, isFacilitator))
      .filter((question) => question !== null),
    ledger: isFacilitator ? state.ledger : ownEntry ? { [viewerId]: ownEntry } : {},
    audible: audible === 'everyone' ? 'everyone' : [...audible].sort(),
    roleHolders: roleHoldersOf(state),
    timeSignal: timeSignalFor(state, viewerId, isFacilitator),
    privacyCheck: isFacilitator ? privacyCheckCount(state) : null,
    // States saved before pauses existed have none of these.
    anyMemberMayPause: state.anyMemberMayPause === true,
    pause: pauseOf(state),
    pauses: pausesOf(state),
    nudge: nudgeFor(state, viewerId, isFacilitator),
    scribeNotes: scribeNotesFor(state, viewerId),
    presenterBrief: presenterBriefFor(state),
    floorUpdateCard: floorUpdateCardFor(state),
  };
}
