import type { Generated } from 'kysely';
import type { ForumRole } from '@peercircle/shared';

/**
 * The tables, as Kysely sees them. The same schema runs on SQLite (embedded default) and PostgreSQL,
 * so columns use portable types: text ids, epoch milliseconds as bigint, booleans as 0/1 integers,
 * JSON as text.
 */
export interface DatabaseSchema {
  facilitators: FacilitatorsTable;
  cohorts: CohortsTable;
  cohort_facilitators: CohortFacilitatorsTable;
  members: MembersTable;
  invites: InvitesTable;
  logins: LoginsTable;
  sessions: SessionsTable;
  live_session_states: LiveSessionStatesTable;
  attendance: AttendanceTable;
  speaking_time: SpeakingTimeTable;
  commitments: CommitmentsTable;
  kept_questions: KeptQuestionsTable;
  sign_in_links: SignInLinksTable;
  session_pauses: SessionPausesTable;
  role_holdings: RoleHoldingsTable;
  meeting_reviews: MeetingReviewsTable;
  presenter_briefs: PresenterBriefsTable;
  session_helpfulness: SessionHelpfulnessTable;
  monthly_updates: MonthlyUpdatesTable;
  member_note_keys: MemberNoteKeysTable;
  presenter_notes: PresenterNotesTable;
  parked_topics: ParkedTopicsTable;
}

/** Epoch milliseconds. */
type Millis = number;
/** 0 or 1. */
type Flag = number;

export interface FacilitatorsTable {
  id: string;
  email: string;
  display_name: string;
  /** scrypt, self-describing: `scrypt$N$r$p$salt$hash`. */
  password_hash: string;
  timezone: string;
  created_at: Millis;
}

export interface CohortsTable {
  id: string;
  name: string;
  purpose: string;
  agreement_text: string;
  /** Bumped whenever the agreement text changes; members accept a version. */
  agreement_version: number;
  /** JSON of the `Cadence` type: which day of the month, local time, IANA zone, duration. */
  cadence_json: string;
  default_format: string;
  /** Whether any member, not only the guardian, may call a pause in this cohort's sessions. */
  any_member_may_pause: Flag;
  created_by: string;
  created_at: Millis;
  /** Privacy checklist items asked at the door of each session; both 1 unless turned off. */
  asks_private_space: Flag;
  asks_headphones: Flag;
  /** JSON array of the three monthly-update area names; null (or absent before 0009) means the defaults. */
  update_areas_json?: string | null;
  /** Days a handed-over note for the presenter is kept unless the presenter keeps it: 7…365, default 90. */
  notes_retention_days: Generated<number>;
}

export interface CohortFacilitatorsTable {
  cohort_id: string;
  facilitator_id: string;
}

export interface MembersTable {
  id: string;
  cohort_id: string;
  display_name: string;
  email: string | null;
  timezone: string | null;
  /** The agreement version this member accepted; null until the first acceptance. */
  accepted_agreement_version: number | null;
  /** SHA-256 of the secret in the member's personal calendar feed URL. */
  calendar_token_hash: string;
  removed_at: Millis | null;
  created_at: Millis;
}

export interface InvitesTable {
  id: string;
  cohort_id: string;
  member_id: string;
  /** SHA-256 of the 128-bit secret in the link; the secret itself is never stored. */
  token_hash: string;
  expires_at: Millis;
  used_at: Millis | null;
  created_at: Millis;
}

/** A signed-in browser: the cookie carries a secret whose hash is the id. */
export interface LoginsTable {
  id: string;
  subject_kind: 'facilitator' | 'member';
  subject_id: string;
  created_at: Millis;
  expires_at: Millis;
  revoked_at: Millis | null;
}

export interface SessionsTable {
  id: string;
  cohort_id: string;
  starts_at: Millis;
  duration_minutes: number;
  format: string;
  /** Chosen by the facilitator; null means "by rotation" when the session opens. */
  presenter_override_id: string | null;
  presenter_id: string | null;
  status: 'scheduled' | 'open' | 'ended' | 'cancelled';
  /** Whether members skip the lobby. */
  door_open: Flag;
  opened_at: Millis | null;
  /** When the facilitator started the circle (its check-in); null before. */
  started_at: Millis | null;
  ended_at: Millis | null;
}

/** The live circle state of an open session, saved as it changes so a restart can restore it. */
export interface LiveSessionStatesTable {
  session_id: string;
  version: number;
  state_json: string;
  updated_at: Millis;
  /** The saving node's lease epoch in cluster mode (0 for a single process): see migration 0012. */
  owner_epoch: Generated<number>;
}

export interface AttendanceTable {
  session_id: string;
  member_id: string;
  first_joined_at: Millis;
  last_left_at: Millis | null;
  present_ms: number;
}

export interface SpeakingTimeTable {
  session_id: string;
  participant_id: string;
  floor_ms: number;
  voice_ms: number;
  turns: number;
}

export interface CommitmentsTable {
  id: string;
  member_id: string;
  session_id: string;
  text: string;
  visibility: 'private' | 'shared';
  created_at: Millis;
}

/** Questions a presenter chose to keep after their session; readable by that presenter only. */
export interface KeptQuestionsTable {
  id: string;
  session_id: string;
  presenter_id: string;
  text: string;
  /** Order within the questions kept from one session, which share `created_at`. */
  position: number;
  created_at: Millis;
}

/** A one-time link that signs a facilitator in; like invites, only the secret's hash is stored. */
export interface SignInLinksTable {
  id: string;
  facilitator_id: string;
  token_hash: string;
  expires_at: Millis;
  used_at: Millis | null;
  created_at: Millis;
}

/** The fact of a guardian's pause in a session: when it began and how long it lasted, never who called it. */
export interface SessionPausesTable {
  session_id: string;
  started_at: Millis;
  length_ms: number;
}

/** A forum role someone held in a session; `held_at` is when they last took it up there. */
export interface RoleHoldingsTable {
  session_id: string;
  role: ForumRole;
  /** A member's id (or, after a hand-over, a facilitator's). */
  participant_id: string;
  held_at: Millis;
}

/** A member's rating of a session; `member_id` only prevents double answers and serves export and erasure. */
export interface MeetingReviewsTable {
  session_id: string;
  member_id: string;
  /** 1…10. */
  rating: number;
  comment: string | null;
  answered_at: Millis;
}

/** A presenter's brief for one session: theirs alone to read; the circle sees it only from the presentation on. */
export interface PresenterBriefsTable {
  session_id: string;
  presenter_id: string;
  issue: string;
  stakes: string;
  background: string;
  feelings: string;
  tried: string;
  options: string;
  want_from_group: string;
  not_wanted: string;
  ready: Flag;
  /** Kept after the session (for the presenter alone); otherwise deleted when it ends. */
  keep: Flag;
  updated_at: Millis;
}

/** The presenter's answer to "Were we helpful?" at the close of their session. */
export interface SessionHelpfulnessTable {
  session_id: string;
  presenter_id: string;
  answer: 'yes' | 'partly' | 'no';
  words: string;
  answered_at: Millis;
}

/** A member's monthly update for a session; ratings and lines by area position. */
export interface MonthlyUpdatesTable {
  session_id: string;
  member_id: string;
  rating_1: number;
  rating_2: number;
  rating_3: number;
  line_1: string;
  line_2: string;
  line_3: string;
  /** JSON of `MonthlyUpdateTopic[]`, by rank. */
  topics_json: string;
  share_with_facilitator: Flag;
  submitted_at: Millis;
}

/** A member's data key for notes addressed to them, wrapped under a key derived from the server secret. */
export interface MemberNoteKeysTable {
  member_id: string;
  wrapped_key: string;
  created_at: Millis;
}

/** A note for a presenter: only `sealed` holds its text (and author name), under the presenter's data key. */
export interface PresenterNotesTable {
  id: string;
  session_id: string;
  presenter_id: string;
  author_id: string;
  sealed: string;
  written_at: Millis;
  handed_over_at: Millis | null;
  kept: Flag;
}

/** A topic in the cohort's parking lot; `title` leaves storage for the facilitator only when `shared`. */
export interface ParkedTopicsTable {
  id: string;
  cohort_id: string;
  member_id: string;
  session_id: string;
  title: string;
  urgency: 'low' | 'medium' | 'high';
  importance: number;
  parked_at: Millis;
  shared: Flag;
}
