import { describe, expect, it } from 'vitest';
import { createCircleSession } from '@peercircle/shared';
import { SessionRoom } from './session-room';
import { VoiceLedger } from './voice-ledger';

const SYSTEM = { kind: 'system' } as const;
const FAY = { kind: 'participant', participantId: 'fay' } as const;
const T0 = 1_000_000;

/** A circle of Fay (facilitating), Ravi and Ines whose clock stands where the test sets it. */
async function seatedCircle() {
  const clock = { now: T0 };
  const room = new SessionRoom(createCircleSession({ sessionId: 's1', title: 'Circle', templateId: 'council', now: T0 }), () => clock.now, {
    sendView: () => undefined,
  });
  await room.apply({ type: 'participant.join', participantId: 'fay', displayName: 'Fay', role: 'facilitator' }, SYSTEM);
  await room.apply({ type: 'participant.join', participantId: 'ravi', displayName: 'Ravi', role: 'member' }, SYSTEM);
  await room.apply({ type: 'participant.join', participantId: 'ines', displayName: 'Ines', role: 'member' }, SYSTEM);
  return { room, clock, ledger: new VoiceLedger(room) };
}

/** Started at T0 + 10 s. */
async function runningCircle() {
  const seated = await seatedCircle();
  seated.clock.now = T0 + 10_000;
  await seated.room.apply({ type: 'session.start' }, FAY);
  return seated;
}

const at = T0 + 20_000;

describe('VoiceLedger', () => {
  it('adds up the voice forwarded per participant and credits it in one command', async () => {
    const { room, ledger } = await runningCircle();
    const version = room.state.version;
    ledger.record([{ participantId: 'ravi', voiceMs: 500, at }]);
    ledger.record([
      { participantId: 'ravi', voiceMs: 320, at: at + 500 },
      { participantId: 'ines', voiceMs: 180, at: at + 500 },
    ]);
    await ledger.flush();
    ledger.stop();
    expect(room.state.version).toBe(version + 1);
    expect(room.state.ledger['ravi']?.voiceMs).toBe(820);
    expect(room.state.ledger['ines']?.voiceMs).toBe(180);
  });

  it('flushed before the end, the last seconds of the last turn are in the ledger the end keeps', async () => {
    const { room, ledger } = await runningCircle();
    ledger.record([{ participantId: 'ines', voiceMs: 2_900, at }]);
    await ledger.flush();
    await room.apply({ type: 'session.end' }, FAY);
    ledger.stop();
    expect(room.state.status).toBe('ended');
    expect(room.state.ledger['ines']?.voiceMs).toBe(2_900);
  });

  it('counts voice from the start on: not before it, even when reported after it', async () => {
    const { room, clock, ledger } = await seatedCircle();
    ledger.record([{ participantId: 'ravi', voiceMs: 4_000, at: T0 + 9_000 }]);
    clock.now = T0 + 10_000;
    await room.apply({ type: 'session.start' }, FAY);
    // Ines was heard until the check-in silenced her, 300 ms after the start; Ravi speaks first.
    ledger.record([
      { participantId: 'ines', voiceMs: 450, at: T0 + 10_300 },
      { participantId: 'ravi', voiceMs: 500, at: T0 + 10_500 },
    ]);
    await ledger.flush();
    ledger.stop();
    expect([room.state.ledger['ravi']?.voiceMs, room.state.ledger['ines']?.voiceMs]).toEqual([500, 300]);
  });

  it('credits nothing once the session has ended, and nothing for someone not in the circle', async () => {
    const { room, ledger } = await runningCircle();
    ledger.record([{ participantId: 'stranger', voiceMs: 500, at }]);
    await ledger.flush();
    expect(room.state.ledger['stranger']).toBeUndefined();
    await room.apply({ type: 'session.end' }, FAY);
    const ended = room.state;
    ledger.record([{ participantId: 'ravi', voiceMs: 500, at: at + 1_000 }]);
    await ledger.flush();
    ledger.stop();
    expect(room.state).toBe(ended);
  });
});
