import { randomInt } from 'node:crypto';
import { RtpHeader, RtpPacket, type MediaStreamTrack } from 'msc-node';

/** Encoded frames played in a loop, as a camera or microphone would produce them. */
export interface FrameLoop {
  clockRate: number;
  frameIntervalMs: number;
  frameCount: number;
  /** RTP payloads of frame `index`, the `sent`-th frame since the start. */
  payloads(index: number, sent: number): Buffer[];
  /** Frames a decoder can start from; asked for a keyframe, the loop sends the next one at once. */
  keyframes?: number[];
}

export interface LoopPlayer {
  requestKeyframe(): void;
  stop(): void;
}

/**
 * Writes a loop's frames as RTP to a werift track at the loop's frame rate. werift's sender sets the
 * SSRC, payload type and header extensions; the timestamps follow the frame count, not the timer
 * (but for a keyframe sent on request between two ticks).
 */
export function playLoop(track: MediaStreamTrack, loop: FrameLoop): LoopPlayer {
  const ticksPerRtpMs = loop.clockRate / 1000;
  const ticksPerFrame = Math.round(ticksPerRtpMs * loop.frameIntervalMs);
  const firstTimestamp = randomInt(2 ** 31);
  let sequenceNumber = randomInt(2 ** 15);
  let index = 0;
  let sent = 0;
  /** Frames sent on the regular schedule; the next one is due at `startedAt + due × interval`. */
  let due = 0;
  let lastTimestamp = firstTimestamp;
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;

  const sendFrame = (timestamp: number) => {
    const payloads = loop.payloads(index, sent);
    payloads.forEach((payload, i) => {
      const header = new RtpHeader({ sequenceNumber, timestamp: timestamp >>> 0, marker: i === payloads.length - 1 });
      sequenceNumber = (sequenceNumber + 1) & 0xffff;
      track.writeRtp(new RtpPacket(header, payload));
    });
    lastTimestamp = timestamp;
    index = (index + 1) % loop.frameCount;
    sent += 1;
  };
  const nextKeyframe = () => loop.keyframes!.find((keyframe) => keyframe > index) ?? loop.keyframes![0]!;
  let keyframeWanted = false;
  const sendDueFrame = () => {
    if (keyframeWanted) index = nextKeyframe();
    keyframeWanted = false;
    sendFrame(firstTimestamp + due * ticksPerFrame);
    due += 1;
    // Scheduled against the start, so timer lateness does not accumulate into a lower frame rate.
    timer = setTimeout(sendDueFrame, Math.max(0, startedAt + due * loop.frameIntervalMs - performance.now()));
  };
  sendDueFrame();

  return {
    // As an encoder does on a keyframe request: the next frame it sends is a keyframe, now rather than
    // at the next tick, stamped with the time it was made (between the last frame's and the next one's).
    requestKeyframe: () => {
      if (!loop.keyframes) return;
      const nextDue = firstTimestamp + due * ticksPerFrame;
      // A second request before the next tick has no room for another frame: the tick's is a keyframe.
      if (lastTimestamp >= nextDue - 1) {
        keyframeWanted = true;
        return;
      }
      index = nextKeyframe();
      const now = firstTimestamp + Math.round((performance.now() - startedAt) * ticksPerRtpMs);
      sendFrame(Math.min(Math.max(now, lastTimestamp + 1), nextDue - 1));
    },
    stop: () => clearTimeout(timer),
  };
}
