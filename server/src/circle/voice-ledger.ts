import type { SessionRoom } from './session-room';

const FLUSH_INTERVAL_MS = 5_000;

/**
 * Collects who was heard (from the SFU's audio levels) and credits it to the session's speaking-time
 * ledger every few seconds, so fast audio signals do not become a versioned update each.
 */
export class VoiceLedger {
  private readonly pendingMs = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly session: SessionRoom) {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  record(participantIds: string[], intervalMs: number): void {
    for (const participantId of new Set(participantIds)) {
      this.pendingMs.set(participantId, (this.pendingMs.get(participantId) ?? 0) + intervalMs);
    }
  }

  async flush(): Promise<void> {
    if (this.pendingMs.size === 0) return;
    const known = this.session.state.participants;
    const samples = [...this.pendingMs]
      .filter(([participantId]) => participantId in known)
      .map(([participantId, voiceMs]) => ({ participantId, voiceMs }));
    this.pendingMs.clear();
    if (samples.length > 0 && this.session.state.status === 'running') {
      await this.session.apply({ type: 'voice.sample', samples }, { kind: 'system' });
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
