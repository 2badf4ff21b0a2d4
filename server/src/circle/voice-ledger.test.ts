import { describe, expect, it } from 'vitest';
import { createCircleSession } from '@peercircle/shared';
import { SessionRoom } from './session-room';
import { VoiceLedger } from './voice-ledger';

const SYSTEM = { kind: 'system' } as const;
const FAY = { kind: 'participant', participantId: 'fay' } as const;

async function runningCircle() {
  let now = 1_000;
  const room = new SessionRoom(createCircleSession({ sessionId: 's1', title: 'Circle', templateId: 'council', now }), () => (now += 10), {
    sendView: () => undefined,
  });
  await room.apply({ type: 'participant.join', participantId: 'fay', displayName: 'Fay', role: 'facilitator' }, SYSTEM);
  await room.apply({ type: 'participant.join', participantId: 'ravi', displayName: 'Ravi', role: 'member' }, SYSTEM);
  await room.apply({ type: 'participant.join', participantId: 'ines', displayName: 'Ines', role: 'member' }, SYSTEM);
  await room.apply({ type: 'session.start' }, FAY);
  const ledger = new VoiceLedger(room);
  return { room, ledger };
}

describe('VoiceLedger', () => {
  it('adds up the voice forwarded per participant and credits it in one command', async () => {
    const { room, ledger } = await runningCircle();
    const version = room.state.version;
    ledger.record([{ participantId: 'ravi', voiceMs: 500 }]);
    ledger.record([
      { participantId: 'ravi', voiceMs: 320 },
      { participantId: 'ines', voiceMs: 180 },
    ]);
    await ledger.flush();
    ledger.stop();
    expect(room.state.version).toBe(version + 1);
    expect(room.state.ledger['ravi']?.voiceMs).toBe(820);
    expect(room.state.ledger['ines']?.voiceMs).toBe(180);
  });

  it('flushed before the end, the last seconds of the last turn are in the ledger the end keeps', async () => {
    const { room, ledger } = await runningCircle();
    ledger.record([{ participantId: 'ines', voiceMs: 2_900 }]);
    await ledger.flush();
    await room.apply({ type: 'session.end' }, FAY);
    ledger.stop();
    expect(room.state.status).toBe('ended');
    expect(room.state.ledger['ines']?.voiceMs).toBe(2_900);
  });

  it('credits nothing once the session has ended, and nothing for someone not in the circle', async () => {
    const { room, ledger } = await runningCircle();
    ledger.record([{ participantId: 'stranger', voiceMs: 500 }]);
    await ledger.flush();
    expect(room.state.ledger['stranger']).toBeUndefined();
    await room.apply({ type: 'session.end' }, FAY);
    const ended = room.state;
    ledger.record([{ participantId: 'ravi', voiceMs: 500 }]);
    await ledger.flush();
    ledger.stop();
    expect(room.state).toBe(ended);
  });
});
