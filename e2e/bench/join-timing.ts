import type { BrowserContext, Page } from '@playwright/test';
import { CLICK_JOIN_AND_TIME_REMOTE_FRAMES, RECORD_JOIN_EVENTS } from './join-page-probes';

/** One remote video of one join, timed in the page from its consumer's offer arriving (ms; null: not seen). */
export interface ConsumerTiming {
  participantId: string;
  /** The offer's arrival as epoch ms, to line up with what the light participants saw. */
  offerAtEpoch: number;
  /** recvTransport.consume done: the answer set on the receiving RTCPeerConnection. */
  offerToNegotiated: number | null;
  offerToResumeSent: number | null;
  offerToResumeAcked: number | null;
  /** The receiving RTCPeerConnection `connected` (ICE + DTLS), the same moment for every consumer of a join. */
  offerToRecvConnected: number | null;
  /** getStats (polled every 10 ms): packetsReceived > 0, then framesDecoded > 0. */
  offerToFirstPacket: number | null;
  offerToFirstDecoded: number | null;
  /** requestVideoFrameCallback: the first frame presented. */
  offerToFrame: number;
  /** Average jitter-buffer delay of the frames emitted so far. */
  jitterBufferMs: number | null;
}

/** One join, timed in the page from the click on "Join" (ms). */
export interface JoinTiming {
  firstRemoteFrame: number;
  allRemoteFrames: number;
  /** Per remote video: its consumer's offer arriving in the page → its first frame presented. */
  consumerToFrame: number[];
  /** Click → the `room:join` request leaving the page (the client's own work before asking). */
  clickToJoinSent: number;
  /** The `room:join` request leaving → its answer arriving (the server's door and media set-up). */
  joinRoundTrip: number;
  clickedAtEpoch: number;
  /** Click → the device preloaded behind the pre-join screen was ready (negative: before the click). */
  clickToDeviceLoaded: number | null;
  /** The join's answer → the SFU's first offer set on the receiving RTCPeerConnection (the page's own work). */
  answerToRecvNegotiationStart: number | null;
  /** Long tasks (≥ 50 ms) from the click to the last first frame, summed. */
  longTasksMs: number;
  /** Click → the receiving transport's `media:connectTransport` leaving; then its round trip. */
  clickToRecvConnectSent: number | null;
  recvConnectRoundTrip: number | null;
  /** Click → the receiving RTCPeerConnection `connected`. */
  clickToRecvConnected: number | null;
  consumers: ConsumerTiming[];
}

/** Call before the page opens. */
export async function recordConsumerOffers(context: BrowserContext): Promise<void> {
  await context.addInitScript(RECORD_JOIN_EVENTS);
}

export async function timeJoin(page: Page, expectedRemoteVideos: number, timeoutMs = 20_000): Promise<JoinTiming> {
  const timeJoinInPage = page.evaluate(`(${CLICK_JOIN_AND_TIME_REMOTE_FRAMES})([${expectedRemoteVideos}, ${timeoutMs}])`);
  return (await timeJoinInPage) as JoinTiming;
}

/**
 * A sender's side of a consumer's first frame: its first keyframe request (PLI) after the consumer's
 * offer reached the page, as ms after that offer (null if none came within `withinMs`).
 */
export function offerToKeyframeRequest(consumer: ConsumerTiming, requestsAtEpoch: readonly number[], withinMs = 5000): number | null {
  const first = requestsAtEpoch.find((at) => at >= consumer.offerAtEpoch && at <= consumer.offerAtEpoch + withinMs);
  return first === undefined ? null : first - consumer.offerAtEpoch;
}
