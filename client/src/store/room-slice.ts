import type { JoinRoomResult, MediaSource, ParticipantSummary, ProducerSummary } from '@peercircle/shared';
import { initialRoomState, updateSlice } from './store';

export interface RemoteParticipant {
  participantId: string;
  displayName: string;
  producers: Record<string, ProducerSummary>;
}

/**
 * Where this person stands at the door of a cohort session: inside, waiting in the lobby to be
 * admitted, or asked to accept the circle's (possibly changed) confidentiality agreement first.
 */
export type RoomEntry = { kind: 'outside' } | { kind: 'inside' } | { kind: 'lobby' } | { kind: 'agreement'; message: string };

export interface RoomState {
  entry: RoomEntry;
  roomId: string | null;
  self: { participantId: string; displayName: string } | null;
  /** Everyone else in the room, in the order they joined. */
  participants: RemoteParticipant[];
  activeSpeakerId: string | null;
}


const toRemote = (summary: ParticipantSummary): RemoteParticipant => ({
  participantId: summary.participantId,
  displayName: summary.displayName,
  producers: Object.fromEntries(summary.producers.map((producer) => [producer.producerId, producer])),
});

export function roomEntryChanged(entry: RoomEntry): void {
  updateSlice('room', (room) => ({ ...room, entry }));
}

export function roomJoined(result: JoinRoomResult): void {
  updateSlice('room', () => ({
    entry: { kind: 'inside' },
    roomId: result.roomId,
    self: result.self,
    participants: result.participants.map(toRemote),
    activeSpeakerId: null,
  }));
}

export function roomLeft(): void {
  updateSlice('room', () => initialRoomState);
}

export function participantJoined(summary: ParticipantSummary): void {
  updateSlice('room', (room) => ({
    ...room,
    participants: [...room.participants.filter((p) => p.participantId !== summary.participantId), toRemote(summary)],
  }));
}

export function participantLeft(participantId: string): void {
  updateSlice('room', (room) => ({
    ...room,
    participants: room.participants.filter((p) => p.participantId !== participantId),
    activeSpeakerId: room.activeSpeakerId === participantId ? null : room.activeSpeakerId,
  }));
}

function updateParticipant(participantId: string, update: (p: RemoteParticipant) => RemoteParticipant): void {
  updateSlice('room', (room) => ({
    ...room,
    participants: room.participants.map((p) => (p.participantId === participantId ? update(p) : p)),
  }));
}

export function producerAdded(participantId: string, producer: ProducerSummary): void {
  updateParticipant(participantId, (p) => ({ ...p, producers: { ...p.producers, [producer.producerId]: producer } }));
}

export function producerStateChanged(participantId: string, producerId: string, paused: boolean): void {
  updateParticipant(participantId, (p) => {
    const producer = p.producers[producerId];
    return producer ? { ...p, producers: { ...p.producers, [producerId]: { ...producer, paused } } } : p;
  });
}

export function producerRemoved(participantId: string, producerId: string): void {
  updateParticipant(participantId, (p) => {
    const { [producerId]: _removed, ...rest } = p.producers;
    return { ...p, producers: rest };
  });
}

export function activeSpeakerChanged(participantId: string | null): void {
  updateSlice('room', (room) => ({ ...room, activeSpeakerId: participantId }));
}

/** Whether a participant currently sends live (unpaused) media from a source. */
export function isSending(participant: RemoteParticipant, source: MediaSource): boolean {
  return Object.values(participant.producers).some((producer) => producer.source === source && !producer.paused);
}
