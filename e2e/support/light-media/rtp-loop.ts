import { randomInt } from 'node:crypto';
import { RtpHeader, RtpPacket, type MediaStreamTrack } from 'msc-node';

/** Encoded frames played in a loop, as a camera or microphone would produce them. */
export interface FrameLoop {
  clockRate: number;
  frameIntervalMs: number;
  frameCount: number;
  /** RTP payloads of frame `index`, the `sent`-th frame since the start. */
  payloads(index: number, sent: number): Buffer[];
  /** Frames a decoder can start from; the loop jumps to the next one when asked for a keyframe. */
  keyframes?: number[];
}

export interface LoopPlayer {
  requestKeyframe(): void;
  stop(): void;
}

/**
 * Writes a loop's frames as RTP to a werift track at the loop's frame rate. werift's sender sets the
 * SSRC, payload type and header extensions; the timestamps follow the frame count, not the timer.
 */
export function playLoop(track: MediaStreamTrack, loop: FrameLoop): LoopPlayer {
  const ticksPerFrame = Math.round((loop.clockRate * loop.frameIntervalMs) / 1000);
  const firstTimestamp = randomInt(2 ** 31);
  let sequenceNumber = randomInt(2 ** 15);
  let index = 0;
  let sent = 0;
  let keyframeWanted = false;
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;

  const sendFrame = () => {
    if (keyframeWanted && loop.keyframes) {
      index = loop.keyframes.find((keyframe) => keyframe > index) ?? loop.keyframes[0]!;
      keyframeWanted = false;
    }
    const payloads = loop.payloads(index, sent);
    const timestamp = (firstTimestamp + sent * ticksPerFrame) >>> 0;
    payloads.forEach((payload, i) => {
      const header = new RtpHeader({ sequenceNumber, timestamp, marker: i === payloads.length - 1 });
      sequenceNumber = (sequenceNumber + 1) & 0xffff;
      track.writeRtp(new RtpPacket(header, payload));
    });
    index = (index + 1) % loop.frameCount;
    sent += 1;
    // Scheduled against the start, so timer lateness does not accumulate into a lower frame rate.
    timer = setTimeout(sendFrame, Math.max(0, startedAt + sent * loop.frameIntervalMs - performance.now()));
  };
  sendFrame();

  return {
    requestKeyframe: () => (keyframeWanted = true),
    stop: () => clearTimeout(timer),
  };
}
