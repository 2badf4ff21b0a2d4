import type { VoiceSample } from '../media/media-room';
import type { SessionRoom } from './session-room';

const FLUSH_INTERVAL_MS = 5_000;

/**
 * Collects the voice the SFU forwarded (audio above the speech threshold, while the microphone was
 * not paused) and credits it to the session's speaking-time ledger every few seconds, so fast audio
 * signals do not become a versioned update each. Voice counts while the circle runs, from the start
 * on; `flush` before the session ends, or the last seconds of the last turn are lost.
 */
export class VoiceLedger {
  private readonly pendingMs = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  /** When the circle started; a session restored already running counts from its restoration. */
  private runningSince: number | null;

  constructor(private readonly session: SessionRoom) {
    this.runningSince = session.state.status === 'running' ? Number.NEGATIVE_INFINITY : null;
    session.on('changed', (state, previous) => {
      if (state.status === 'running' && previous.status !== 'running') this.runningSince = state.clock;
    });
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  record(samples: readonly VoiceSample[]): void {
    const since = this.runningSince;
    if (this.session.state.status !== 'running' || since === null) return;
    for (const { participantId, voiceMs, at } of samples) {
      // A sample reaching back before the start (the voice until everyone fell silent for the check-in) counts from the start.
      const counted = Math.min(voiceMs, Math.max(0, at - since));
      if (counted > 0) this.pendingMs.set(participantId, (this.pendingMs.get(participantId) ?? 0) + counted);
    }
  }

  async flush(): Promise<void> {
    if (this.pendingMs.size === 0) return;
    const known = this.session.state.participants;
    const samples = [...this.pendingMs]
      .filter(([participantId]) => participantId in known)
      .map(([participantId, voiceMs]) => ({ participantId, voiceMs: Math.round(voiceMs) }));
    this.pendingMs.clear();
    if (samples.length > 0 && this.session.state.status === 'running') {
      await this.session.apply({ type: 'voice.sample', samples }, { kind: 'system' });
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
