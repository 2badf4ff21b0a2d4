import type { Logger } from 'pino';
import type { MediaRoom } from '../media/media-room';
import type { MediaRooms } from '../media/media-rooms';
import { enforceFloor } from './floor-enforcement';
import type { SessionRooms } from './session-rooms';
import { VoiceLedger } from './voice-ledger';

const SYSTEM = { kind: 'system' } as const;

/**
 * Keeps each room's media and its circle session in step: session changes decide whose microphone
 * the SFU forwards; what the SFU observes (who sends what, who is heard) flows back into the session.
 */
export class SessionMediaBridge {
  private readonly ledgers = new Map<string, VoiceLedger>();

  constructor(
    private readonly sessions: SessionRooms,
    rooms: MediaRooms,
    private readonly logger: Logger,
  ) {
    sessions.on('dropped', (session) => {
      this.ledgers.get(session.sessionId)?.stop();
      this.ledgers.delete(session.sessionId);
    });
    sessions.on('created', (session) => {
      this.ledgers.set(session.sessionId, new VoiceLedger(session));
      session.addCommitStep(async (state) => {
        const media = rooms.get(session.sessionId);
        if (media) await this.enforce(media, state);
      });
    });
    rooms.on('roomCreated', (media) => this.observe(media));
  }

  /** Credits the voice heard so far to the session's ledger, e.g. just before the session ends. */
  async settleVoice(sessionId: string): Promise<void> {
    await this.ledgers.get(sessionId)?.flush();
  }

  /** Applies the current floor to a media room, e.g. right after someone joined it. */
  async applyFloor(media: MediaRoom): Promise<void> {
    const session = this.sessions.get(media.roomId);
    if (session) await enforceFloor(session.state, media);
  }

  close(): void {
    this.ledgers.forEach((ledger) => ledger.stop());
    this.ledgers.clear();
  }

  /** A failure here (a worker dying mid-request) must not block the session; the rejoin re-applies it. */
  private async enforce(media: MediaRoom, state: Parameters<typeof enforceFloor>[0]): Promise<void> {
    await enforceFloor(state, media).catch((error: unknown) =>
      this.logger.error({ sessionId: media.roomId, err: error }, 'could not apply the floor to the SFU'),
    );
  }

  private observe(media: MediaRoom): void {
    const report = ({ participantId }: { participantId: string }) => this.reportMedia(media, participantId);
    media.on('producerAdded', report);
    media.on('producerState', report);
    media.on('producerClosed', report);
    media.on('voiceActivity', (samples) => this.ledgers.get(media.roomId)?.record(samples));
  }

  private reportMedia(media: MediaRoom, participantId: string): void {
    const session = this.sessions.get(media.roomId);
    const state = media.mediaStateOf(participantId);
    if (!session || !state || !(participantId in session.state.participants)) return;
    const current = session.state.participants[participantId];
    if (current?.mic === state.mic && current.camera === state.camera) return;
    void session.apply({ type: 'participant.media', participantId, ...state }, SYSTEM);
  }
}
