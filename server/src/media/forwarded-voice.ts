/** How long finished spans are kept: a report never reaches back further than a few intervals. */
const RETAIN_MS = 10_000;

interface Microphone {
  /** Since when the SFU forwards it; null while paused or closed. */
  forwardingSince: number | null;
  /** Recently finished forwarding spans. */
  finished: { from: number; to: number }[];
  /** When a report last found this voice above the threshold; null since the last pause. */
  lastHeardAt: number | null;
  /** Voice is credited up to here, never twice. */
  creditedUntil: number;
}

/**
 * Turns the SFU's audio-level reports into voice time, counting only what the SFU forwarded. A report
 * ("above the threshold since my last report") credits the part of its interval during which the
 * microphone was not paused, so a paused producer counts nothing and a turn's edges are exact. Two
 * gaps are filled at the level next to them: a turn's short first interval (too few packets for the
 * observer to judge) and the interval a floor pause cuts short (the observer forgets it). A report the
 * worker sends late covers all the time since its previous one.
 */
export class ForwardedVoice {
  private readonly microphones = new Map<string, Microphone>();
  private lastReportAt: number | null = null;
  private reportBeforeLastAt: number | null = null;

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
    const heardInLatestReport = heardAt !== null && heardAt === this.lastReportAt;
    return cutShortByFloor && heardInLatestReport ? this.credit(mic, heardAt, at) : 0;
  }

  /**
   * One report of the audio-level observer at `at`: whose voice was above the threshold since its
   * previous report (none: it reported silence). Returns the voice to credit to each of them.
   */
  report(heardIds: readonly string[], at: number): Map<string, number> {
    const previous = this.lastReportAt;
    const credited = new Map<string, number>();
    for (const participantId of heardIds) {
      const mic = this.microphone(participantId);
      credited.set(participantId, this.credit(mic, this.heardSince(mic, previous, at), at));
      mic.lastHeardAt = at;
    }
    this.reportBeforeLastAt = previous;
    this.lastReportAt = at;
    return credited;
  }

  private heardSince(mic: Microphone, previous: number | null, at: number): number {
    // Heard in the previous report too: this one covers everything since, however late it came.
    if (previous !== null && mic.lastHeardAt === previous) return previous;
    const ownInterval = Math.max(previous ?? Number.NEGATIVE_INFINITY, at - this.intervalMs);
    // First heard in a turn that began during the previous interval, unjudged for want of packets.
    const startedAt = mic.forwardingSince;
    const previousIntervalBegan = this.reportBeforeLastAt ?? at - 2 * this.intervalMs;
    if (mic.lastHeardAt === null && startedAt !== null && startedAt >= previousIntervalBegan) {
      return Math.min(ownInterval, Math.max(startedAt, at - 2 * this.intervalMs));
    }
    return ownInterval;
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
