import type { VoiceSample } from '../media/media-room';
import type { SessionRoom } from './session-room';

const FLUSH_INTERVAL_MS = 5_000;

/**
 * Collects the voice the SFU forwarded (audio above the speech threshold, while the microphone was
 * not paused) and credits it to the session's speaking-time ledger every few seconds, so fast audio
 * signals do not become a versioned update each. `flush` before the session ends, or the last
 * seconds of the last turn are lost.
 */
export class VoiceLedger {
  private readonly pendingMs = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly session: SessionRoom) {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  record(samples: readonly VoiceSample[]): void {
    for (const { participantId, voiceMs } of samples) {
      this.pendingMs.set(participantId, (this.pendingMs.get(participantId) ?? 0) + voiceMs);
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
