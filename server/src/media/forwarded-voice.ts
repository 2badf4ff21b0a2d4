/** How long finished spans are kept: a report never reaches back further than a few intervals. */
const RETAIN_MS = 10_000;
/** Reports this close together are consecutive intervals, however late the worker's timer fired. */
const CONSECUTIVE = 1.5;

interface Microphone {
  /** Since when the SFU forwards it; null while paused or closed. */
  forwardingSince: number | null;
  /** Recently finished forwarding spans. */
  finished: { from: number; to: number }[];
  /** When a report last found this voice above the threshold. */
  lastHeardAt: number | null;
  /** Voice is credited up to here, never twice. */
  creditedUntil: number;
}

/**
 * Turns the SFU's audio-level reports into voice time, counting only what the SFU forwarded: a
 * report ("above the threshold in the last interval") credits the part of that interval during which
 * the microphone was not paused, so a paused producer counts nothing and a turn's edges are exact.
 * Two gaps in the reports are filled at the level next to them: the short first interval of a turn
 * (too few packets for the observer to judge) and the interval a floor pause cuts short (the
 * observer forgets it); reports arriving late still cover all the time between them.
 */
export class ForwardedVoice {
  private readonly microphones = new Map<string, Microphone>();

  constructor(private readonly intervalMs: number) {}

  /** The SFU forwards this participant's microphone from `at` (a second call changes nothing). */
  started(participantId: string, at: number): void {
    const mic = this.microphone(participantId);
    mic.forwardingSince ??= at;
  }

  /**
   * The SFU stopped forwarding it at `at`. Returns the voice of the interval cut short, when the
   * floor moved on from someone heard until then; a microphone muted by its owner fell silent first.
   */
  stopped(participantId: string, at: number, cutShortByFloor: boolean): number {
    const mic = this.microphones.get(participantId);
    if (!mic || mic.forwardingSince === null) return 0;
    const from = mic.forwardingSince;
    mic.forwardingSince = null;
    mic.finished = [...mic.finished.filter((span) => span.to > at - RETAIN_MS), { from, to: Math.max(from, at) }];
    const heardAt = mic.lastHeardAt;
    mic.lastHeardAt = null;
    if (!cutShortByFloor || heardAt === null || at - heardAt > this.intervalMs) return 0;
    return this.credit(mic, heardAt, at);
  }

  /** A report at `at` found this voice above the threshold: the voice to credit for it. */
  heard(participantId: string, at: number): number {
    const mic = this.microphone(participantId);
    const consecutive = (mark: number | null) => mark !== null && at - mark <= CONSECUTIVE * this.intervalMs;
    const startedAt = mic.forwardingSince;
    const from = consecutive(mic.lastHeardAt)
      ? mic.lastHeardAt!
      : mic.lastHeardAt === null && consecutive(startedAt)
        ? Math.min(startedAt!, at - this.intervalMs)
        : at - this.intervalMs;
    mic.lastHeardAt = at;
    return this.credit(mic, from, at);
  }

  /** The forwarded time in [from, to) not credited yet. */
  private credit(mic: Microphone, from: number, to: number): number {
    const start = Math.max(from, mic.creditedUntil);
    mic.creditedUntil = Math.max(mic.creditedUntil, to);
    const open = mic.forwardingSince === null ? [] : [{ from: mic.forwardingSince, to }];
    return [...mic.finished, ...open].reduce((sum, span) => sum + Math.max(0, Math.min(to, span.to) - Math.max(start, span.from)), 0);
  }

  private microphone(participantId: string): Microphone {
    let mic = this.microphones.get(participantId);
    if (!mic) {
      mic = { forwardingSince: null, finished: [], lastHeardAt: null, creditedUntil: Number.NEGATIVE_INFINITY };
      this.microphones.set(participantId, mic);
    }
    return mic;
  }
}
