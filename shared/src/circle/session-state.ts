import type { AdviceCheck } from './advice-guard';
import type { CirclePresenterBrief } from './presenter-brief';
import type { UpdateCard } from './update-cards';
import type { PrivacyItem } from '../cohort/privacy-checklist';

/**
 * The state of one circle session. The server owns it and changes it only through `reduce`;
 * participants receive `viewFor(state, viewerId)`, never the state itself.
 */
export interface CircleSession {
  sessionId: string;
  title: string;
  /** Incremented by exactly 1 on every accepted command; clients resync on a gap. */
  version: number;
  /** The `now` of the last accepted command; never decreases. */
  clock: number;
  status: SessionStatus;
  participants: Record<string, CircleParticipant>;
  /** Circle order, used for rounds in `seating` mode: join order unless the facilitator edits it. */
  seating: string[];
  presenterId: string | null;
  /**
   * The presenter's choice to keep the questions addressed to them after the session. Everyone
   * else's copy of every question is deleted when the session ends; only the presenter reads kept ones.
   */
  presenterKeepsQuestions: boolean;
  /**
   * Facilitators stay audible in round, queue and silence phases: on by default; a facilitator who
   * wants to be held by the floor rule like everyone else turns it off.
   */
  facilitatorMaySpeak: boolean;
  agenda: Agenda;
  currentPhaseIndex: number | null;
  phaseTimer: Timer;
  speakerTimer: Timer;
  floor: Floor;
  /**
   * The silence after an answer in a phase with `silenceGapMs`: until `endsAt` nobody is given the
   * floor and no question is released. Kept after it ends (it is over once the clock passes it);
   * states saved before the clearness committee lack it.
   */
  silenceGap: SilenceGap | null;
  round: CouncilRound | null;
  handQueue: HandQueue;
  questions: Question[];
  ledger: Record<string, LedgerEntry>;
  /** Who holds each rotating forum role this session: a member, or nobody. */
  roleHolders: RoleHolders;
  /**
   * When each participant last held each role in this cohort (ms since epoch), seeded by the server
   * from earlier sessions; rotation picks whoever held a role least recently. Never sent to clients.
   */
  roleHistory: RoleHistory;
  /** The timekeeper's latest private signal to the current speaker; cleared when the floor moves. */
  timeSignal: TimeSignal | null;
  /**
   * The privacy checklist at the door of a cohort session; absent in demo rooms and in states saved
   * before the checklist existed. Server-only: views carry a count, to facilitators alone.
   */
  privacyChecks?: PrivacyChecks;
  /** Set by the cohort when the session is created: any member, not only the guardian, may call a pause. */
  anyMemberMayPause: boolean;
  /** The pause in progress: silence for everyone, the floor cleared, the timers frozen. */
  pause: CirclePause | null;
  /** Every pause so far, ended ones only. Nobody's id: who called a pause is not kept. */
  pauses: PauseRecord[];
  /** The process observer's private nudge to the current speaker, one per turn; cleared when the floor moves. */
  nudge: Nudge | null;
  /**
   * Notes the scribe writes for the presenter: only the presenter and the scribe ever see them.
   * Deleted when the presenter changes and when the session ends.
   */
  scribeNotes: ScribeNote[];
  /**
   * The presenter's ready brief, put in by the server once the presentation starts; removed when the
   * presenter changes and when the session ends. Absent in states saved before briefs existed.
   */
  presenterBrief?: CirclePresenterBrief | null;
  /**
   * The members' monthly update cards by participant id, put in by the server as a check-in starts and
   * removed as soon as the circle leaves the check-in; a viewer only ever gets the floor holder's.
   * Absent in states saved before update cards existed.
   */
  updateCards?: Record<string, UpdateCard> | null;
}

export const forumRoles = ['timekeeper', 'guardian', 'process-observer', 'scribe'] as const;
/**
 * Rotating member roles with limited powers: the timekeeper runs the speaker timer and signals time
 * privately; the guardian calls a pause; the process observer watches the Gestalt language; the
 * scribe writes notes for the presenter.
 */
export type ForumRole = (typeof forumRoles)[number];
export type RoleHolders = Record<ForumRole, string | null>;
export type RoleHistory = Record<ForumRole, Record<string, number>>;

export const timeSignalKinds = ['two-minutes', 'one-minute', 'wrap-up'] as const;
export type TimeSignalKind = (typeof timeSignalKinds)[number];

/** Shown only to the speaker it is for, the timekeeper who sent it and facilitators. */
export interface TimeSignal {
  toId: string;
  fromId: string;
  kind: TimeSignalKind;
  sentAt: number;
}

/** What members were asked at the door, and who confirmed every item of it (latest answer per person). */
export interface PrivacyChecks {
  asked: PrivacyItem[];
  confirmedAll: string[];
}

/**
 * What the guardian's pause holds on to, to give it all back on resume: the turn (its holder and
 * start) and which countdowns were running. Deliberately without the caller.
 */
export interface CirclePause {
  startedAt: number;
  floor: Floor;
  phaseTimerRunning: boolean;
  speakerTimerRunning: boolean;
}

/** The fact of a pause: when it began and ended. */
export interface PauseRecord {
  startedAt: number;
  endedAt: number;
}

export const nudgeKinds = ['own-experience', 'how-or-what', 'sounded-like-advice'] as const;
/** The process observer's pre-worded nudges (wordings in `nudges.ts`): nothing free-form reaches a speaker. */
export type NudgeKind = (typeof nudgeKinds)[number];

/** Shown only to the speaker it is for, whoever sent it and facilitators. */
export interface Nudge {
  toId: string;
  fromId: string;
  kind: NudgeKind;
  sentAt: number;
}

export interface ScribeNote {
  noteId: string;
  text: string;
  writtenAt: number;
  /** The scribe who wrote it, for the sealed copy the presenter keeps. Absent in states saved before it was recorded. */
  authorId?: string;
}

export type SessionStatus = 'not-started' | 'running' | 'ended';

export type ParticipantRole = 'facilitator' | 'member';
export type Presence = 'present' | 'away' | 'left';

export interface CircleParticipant {
  participantId: string;
  displayName: string;
  role: ParticipantRole;
  presence: Presence;
  mic: boolean;
  camera: boolean;
  joinedAt: number;
}

export interface Agenda {
  templateId: string | null;
  phases: AgendaPhase[];
}

export const phaseKinds = [
  'check-in',
  'presentation',
  'clarifying-questions',
  'curious-questions',
  'break',
  'reflections',
  'mirroring',
  'response',
  'council',
  'silence',
  'dialogue',
  'closing',
  'other',
] as const;
export type PhaseKind = (typeof phaseKinds)[number];

export const floorRules = ['round', 'queue', 'open', 'silence'] as const;
/**
 * Who may speak: `round` one after another in a fixed order, `queue` whoever the facilitator gives
 * the floor (usually from raised hands), `open` everyone, `silence` nobody.
 */
export type FloorRule = (typeof floorRules)[number];

export const presenterParts = ['joins-in', 'holds-floor', 'listens'] as const;
/**
 * The presenter's part in a phase: `holds-floor` gives them the floor on entering a queue phase
 * (stating the dilemma, responding); `listens` leaves them out of the phase's round (reflections).
 */
export type PresenterPart = (typeof presenterParts)[number];

export interface AgendaPhase {
  phaseId: string;
  title: string;
  kind: PhaseKind;
  floorRule: FloorRule;
  plannedMs: number;
  /** Time per turn; each new floor holder restarts the speaker timer with it. */
  speakerMs?: number;
  curiousQuestionsOnly: boolean;
  presenterPart: PresenterPart;
  /** The hand types this phase calls; raised hands of other types wait for a phase that admits them. */
  admittedHandTypes: HandType[];
  guidance: string;
  /**
   * A queue phase's silence after each answer (the clearness committee's pace): the floor and the
   * next question wait this long once the focus person's answer ends. Absent: no silence gap.
   */
  silenceGapMs?: number;
  /** A note set apart from the guidance that everyone sees during the phase (double confidentiality, say). */
  reminder?: string;
}

/** Absolute server times, so every client counts down the same silence with its clock offset. */
export interface SilenceGap {
  startedAt: number;
  endsAt: number;
}

/**
 * A countdown kept as absolute server times so clients can render it with a clock offset:
 * elapsed = accumulatedMs + (now − runningSince) while running.
 */
export interface Timer {
  durationMs: number;
  accumulatedMs: number;
  runningSince: number | null;
  warnAtRemainingMs: number;
}

export interface Floor {
  holderId: string | null;
  since: number | null;
}

export type RoundOrderMode = 'seating' | 'random' | 'custom';

/**
 * A round of turns. `order` is the list of turns and `position` the current one; a first pass
 * appends a come-back turn for that speaker to the end of `order` and lists them in `deferred`
 * until it comes. A second pass is final.
 */
export interface CouncilRound {
  order: string[];
  orderMode: RoundOrderMode;
  position: number;
  passes: Record<string, number>;
  /** Speakers whose turn ended by speaking (not passing), each at most once. */
  spoken: string[];
  deferred: string[];
  /** Speakers whose turn came while they were away or gone, and who have not had a turn since. */
  skipped: string[];
  status: 'active' | 'complete';
}

export type HandQueuePolicy = 'first-come' | 'least-heard-first';

export const handTypes = ['clarifying', 'experience', 'reply', 'process'] as const;
/**
 * What a raised hand is for: a clarifying question, an experience share, a reply to the current
 * speaker, or a process point (time, audio, the agreement).
 */
export type HandType = (typeof handTypes)[number];

/**
 * One participant's raised hand. `raised` keeps every hand, in the order raised; whether a hand
 * can be called depends on the current phase admitting its type (see `hand-types.ts`).
 */
export interface RaisedHand {
  participantId: string;
  raisedAt: number;
  handType: HandType;
}

export interface HandQueue {
  policy: HandQueuePolicy;
  raised: RaisedHand[];
}

/** `passed`: the presenter (the focus person) chose not to answer it. */
export type QuestionStatus = 'pending' | 'held' | 'released' | 'answered' | 'passed' | 'withdrawn' | 'merged';

export interface Question {
  questionId: string;
  authorId: string;
  anonymous: boolean;
  text: string;
  addressedTo: 'presenter';
  status: QuestionStatus;
  /**
   * Kept on screen across phases by the facilitator. Only the released question is pinned; a phase
   * change closes a released question that is not.
   */
  pinned: boolean;
  mergedInto?: string;
  /** Set only for questions written during a curious-questions-only phase. */
  adviceFlag: AdviceCheck | null;
  submittedAt: number;
  order: number;
}

export interface LedgerEntry {
  floorMs: number;
  voiceMs: number;
  /** Floor grants, including a come-back turn after a pass. */
  turns: number;
}
