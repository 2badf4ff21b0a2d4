import type { z } from 'zod';
import type { Ack } from './ack';
import {
  emptyRequestSchema,
  joinRoomRequestSchema,
  type JoinRoomResult,
  type ParticipantLeftEvent,
  type ParticipantSummary,
  type RejoinRequiredEvent,
} from './room-messages';
import {
  connectTransportRequestSchema,
  consumeRequestSchema,
  consumerRequestSchema,
  createTransportRequestSchema,
  produceRequestSchema,
  producerRequestSchema,
  setPreferredLayersRequestSchema,
  setProducerPausedRequestSchema,
  setRtpCapabilitiesRequestSchema,
  type ActiveSpeakerEvent,
  type ConsumerClosedEvent,
  type ConsumerParams,
  type ProducerAddedEvent,
  type ProducerStateEvent,
  type TransportParams,
} from './media-messages';
import type { RtpCapabilities } from '../media/rtp-schemas';
import { admitMemberSchema, setDoorSchema, type LobbyAdmittedEvent, type LobbyUpdateEvent } from './lobby-messages';
import {
  sessionCommandRequestSchema,
  type ServerTime,
  type SessionCommandResult,
  type SessionSnapshot,
  type SessionUpdateEvent,
} from './session-messages';

/**
 * Every request a client may send: its payload schema (validated on the server despite the types)
 * and the type of the data its ack carries.
 */
export const clientRequestSchemas = {
  'room:join': joinRoomRequestSchema,
  'room:leave': emptyRequestSchema,
  'media:getRouterCapabilities': emptyRequestSchema,
  'media:setRtpCapabilities': setRtpCapabilitiesRequestSchema,
  'media:createTransport': createTransportRequestSchema,
  'media:connectTransport': connectTransportRequestSchema,
  'media:produce': produceRequestSchema,
  'media:setProducerPaused': setProducerPausedRequestSchema,
  'media:closeProducer': producerRequestSchema,
  'media:consume': consumeRequestSchema,
  'media:resumeConsumer': consumerRequestSchema,
  'media:pauseConsumer': consumerRequestSchema,
  'media:setPreferredLayers': setPreferredLayersRequestSchema,
  'session:command': sessionCommandRequestSchema,
  'session:sync': emptyRequestSchema,
  'session:time': emptyRequestSchema,
  'lobby:admit': admitMemberSchema,
  'lobby:setDoor': setDoorSchema,
} as const;

export interface ClientRequestResults {
  'room:join': JoinRoomResult;
  'room:leave': null;
  'media:getRouterCapabilities': { routerRtpCapabilities: RtpCapabilities };
  'media:setRtpCapabilities': null;
  'media:createTransport': TransportParams;
  'media:connectTransport': null;
  'media:produce': { producerId: string };
  'media:setProducerPaused': null;
  'media:closeProducer': null;
  'media:consume': ConsumerParams;
  'media:resumeConsumer': null;
  'media:pauseConsumer': null;
  'media:setPreferredLayers': null;
  'session:command': SessionCommandResult;
  'session:sync': SessionSnapshot;
  'session:time': ServerTime;
  'lobby:admit': null;
  'lobby:setDoor': null;
}

export type ClientRequestName = keyof typeof clientRequestSchemas;
export type RequestPayload<E extends ClientRequestName> = z.input<(typeof clientRequestSchemas)[E]>;
export type ParsedRequest<E extends ClientRequestName> = z.output<(typeof clientRequestSchemas)[E]>;
export type RequestResult<E extends ClientRequestName> = ClientRequestResults[E];

export type ClientToServerEvents = {
  [E in ClientRequestName]: (payload: RequestPayload<E>, ack: (reply: Ack<RequestResult<E>>) => void) => void;
};

export interface ServerToClientEvents {
  'room:participantJoined': (event: ParticipantSummary) => void;
  'room:participantLeft': (event: ParticipantLeftEvent) => void;
  'room:rejoinRequired': (event: RejoinRequiredEvent) => void;
  'media:producerAdded': (event: ProducerAddedEvent) => void;
  'media:producerState': (event: ProducerStateEvent) => void;
  'media:producerClosed': (event: { participantId: string; producerId: string }) => void;
  'media:consumerClosed': (event: ConsumerClosedEvent) => void;
  'media:activeSpeaker': (event: ActiveSpeakerEvent) => void;
  'session:update': (event: SessionUpdateEvent) => void;
  'lobby:update': (event: LobbyUpdateEvent) => void;
  'lobby:admitted': (event: LobbyAdmittedEvent) => void;
}
