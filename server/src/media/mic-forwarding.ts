/** How long finished spans are kept: a few audio-level intervals are all a question ever reaches back. */
const RETAIN_MS = 10_000;

/**
 * When the SFU forwarded each participant's microphone: from a resume (or an unpaused start) to the
 * next pause or close. Audio levels are reported per observer interval; crediting only the part of
 * an interval during which the microphone was forwarded keeps the edges of a turn exact, and a
 * paused producer, which forwards nothing, counts nothing.
 */
export class MicForwarding {
  private readonly openSince = new Map<string, number>();
  private readonly finished = new Map<string, { from: number; to: number }[]>();

  /** The SFU forwards this participant's microphone from `at` (a second call changes nothing). */
  started(participantId: string, at: number): void {
    if (!this.openSince.has(participantId)) this.openSince.set(participantId, at);
  }

  /** The SFU stopped forwarding it at `at` (paused, closed, or the participant left). */
  stopped(participantId: string, at: number): void {
    const from = this.openSince.get(participantId);
    if (from === undefined) return;
    this.openSince.delete(participantId);
    const kept = (this.finished.get(participantId) ?? []).filter((span) => span.to > at - RETAIN_MS);
    this.finished.set(participantId, [...kept, { from, to: Math.max(from, at) }]);
  }

  isForwarding(participantId: string): boolean {
    return this.openSince.has(participantId);
  }

  /** Milliseconds within [from, to) during which the participant's microphone was forwarded. */
  forwardedMs(participantId: string, from: number, to: number): number {
    const open = this.openSince.get(participantId);
    const spans = [...(this.finished.get(participantId) ?? []), ...(open === undefined ? [] : [{ from: open, to }])];
    return spans.reduce((sum, span) => sum + Math.max(0, Math.min(to, span.to) - Math.max(from, span.from)), 0);
  }
}
