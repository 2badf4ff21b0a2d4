import { z } from 'zod';
import { privacyItemListSchema } from '../cohort/privacy-checklist';
import { displayNameSchema, roomIdSchema, serverIdSchema } from './identifiers';
import type { ConsumerParams, TransportParams } from './media-messages';
import type { SessionSnapshot } from './session-messages';
import { rtpCapabilitiesSchema, type IceServer, type MediaKind, type RtpCapabilities } from '../media/rtp-schemas';

export const mediaSourceSchema = z.enum(['mic', 'camera']);
export type MediaSource = z.infer<typeof mediaSourceSchema>;

/**
 * The device's capabilities, when it was loaded before joining. With them the server also opens the
 * media in the same step (`JoinRoomResult.media`), saving the browser two round trips.
 */
const joinCapabilities = { rtpCapabilities: rtpCapabilitiesSchema.optional() };

/**
 * A join names either a cohort's session or an ad-hoc demo room, never something in between: the
 * two are separate namespaces, so no demo room name can reach a cohort session's door.
 */
export const joinRoomRequestSchema = z.union([
  z.strictObject({
    /** A cohort session: signed-in people only, under the name and role their account has. */
    sessionId: serverIdSchema,
    /** The door's checklist items the member ticked (none: entering anyway). Only their own answer. */
    privacyConfirmed: privacyItemListSchema.optional(),
    ...joinCapabilities,
  }),
  z.strictObject({
    /** An ad-hoc demo room (servers with demo rooms on), entered under the name given. */
    demoRoom: roomIdSchema,
    displayName: displayNameSchema.optional(),
    ...joinCapabilities,
  }),
]);
export type JoinRoomRequest = z.infer<typeof joinRoomRequestSchema>;
export type CohortSessionJoin = Extract<JoinRoomRequest, { sessionId: string }>;
export type DemoRoomJoin = Extract<JoinRoomRequest, { demoRoom: string }>;

export const emptyRequestSchema = z.strictObject({}).optional();
export type EmptyRequest = z.infer<typeof emptyRequestSchema>;

export interface ProducerSummary {
  producerId: string;
  kind: MediaKind;
  source: MediaSource;
  paused: boolean;
}

export interface ParticipantSummary {
  participantId: string;
  displayName: string;
  producers: ProducerSummary[];
}

export interface JoinRoomResult {
  /** The room's key on this server: the session id, or `demo:<name>` for a demo room. */
  roomId: string;
  self: { participantId: string; displayName: string };
  /** Demo rooms only (they have no accounts): proves this identity when the tab reconnects. */
  identityToken?: string;
  session: SessionSnapshot;
  participants: ParticipantSummary[];
  routerRtpCapabilities: RtpCapabilities;
  iceServers: IceServer[];
  /** Present when the join carried the device's capabilities (and the SFU could open them). */
  media?: JoinedMedia;
  /** Cluster mode: the node hosting this circle; reconnect with `?node=<node>` to come back to it. */
  node?: string;
}

/** Both transports, and paused consumers of the producers that were in the room at the time. */
export interface JoinedMedia {
  send: TransportParams;
  recv: TransportParams;
  consumers: ConsumerParams[];
}

export const participantIdSchema = serverIdSchema;

export interface ParticipantLeftEvent {
  participantId: string;
}

/** Sent when the server lost this participant's media (e.g. a worker died): join again. */
export interface RejoinRequiredEvent {
  reason: 'media_restarted' | 'room_closed';
}
