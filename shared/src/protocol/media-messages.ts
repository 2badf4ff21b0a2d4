import { z } from 'zod';
import { serverIdSchema } from './identifiers';
import { mediaSourceSchema, type MediaSource, type ProducerSummary } from './room-messages';
import {
  dtlsParametersSchema,
  mediaKindSchema,
  rtpCapabilitiesSchema,
  rtpParametersSchema,
  type IceCandidate,
  type IceParameters,
  type MediaKind,
  type RtpParameters,
} from '../media/rtp-schemas';

export const transportDirectionSchema = z.enum(['send', 'recv']);
export type TransportDirection = z.infer<typeof transportDirectionSchema>;

export const setRtpCapabilitiesRequestSchema = z.object({ rtpCapabilities: rtpCapabilitiesSchema });
export type SetRtpCapabilitiesRequest = z.infer<typeof setRtpCapabilitiesRequestSchema>;

export const createTransportRequestSchema = z.object({ direction: transportDirectionSchema });
export type CreateTransportRequest = z.infer<typeof createTransportRequestSchema>;

export interface TransportParams {
  transportId: string;
  direction: TransportDirection;
  iceParameters: IceParameters;
  iceCandidates: IceCandidate[];
  dtlsParameters: { role?: 'auto' | 'client' | 'server'; fingerprints: { algorithm: string; value: string }[] };
}

export const connectTransportRequestSchema = z.object({
  transportId: serverIdSchema,
  dtlsParameters: dtlsParametersSchema,
});
export type ConnectTransportRequest = z.infer<typeof connectTransportRequestSchema>;

export const produceRequestSchema = z.object({
  transportId: serverIdSchema,
  kind: mediaKindSchema,
  source: mediaSourceSchema,
  rtpParameters: rtpParametersSchema,
  paused: z.boolean().default(false),
});
export type ProduceRequest = z.input<typeof produceRequestSchema>;

export const producerRequestSchema = z.object({ producerId: serverIdSchema });
export type ProducerRequest = z.infer<typeof producerRequestSchema>;

export const setProducerPausedRequestSchema = z.object({ producerId: serverIdSchema, paused: z.boolean() });
export type SetProducerPausedRequest = z.infer<typeof setProducerPausedRequestSchema>;

export const consumeRequestSchema = z.object({ producerId: serverIdSchema });
export type ConsumeRequest = z.infer<typeof consumeRequestSchema>;

export interface ConsumerParams {
  consumerId: string;
  producerId: string;
  participantId: string;
  kind: MediaKind;
  source: MediaSource;
  rtpParameters: RtpParameters;
  producerPaused: boolean;
}

export const consumerRequestSchema = z.object({ consumerId: serverIdSchema });
export type ConsumerRequest = z.infer<typeof consumerRequestSchema>;

export const setPreferredLayersRequestSchema = z.object({
  consumerId: serverIdSchema,
  spatialLayer: z.number().int().min(0).max(2),
});
export type SetPreferredLayersRequest = z.infer<typeof setPreferredLayersRequestSchema>;

export interface ProducerAddedEvent extends ProducerSummary {
  participantId: string;
}

export interface ProducerStateEvent {
  participantId: string;
  producerId: string;
  paused: boolean;
}

export interface ConsumerClosedEvent {
  consumerId: string;
  producerId: string;
}

export interface ActiveSpeakerEvent {
  participantId: string | null;
}
