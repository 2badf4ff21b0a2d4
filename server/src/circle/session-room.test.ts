import { describe, expect, it } from 'vitest';
import { createCircleSession, replaySessionUpdates, viewFor, type SessionUpdateEvent } from '@peercircle/shared';
import { SessionRoom } from './session-room';

const SYSTEM = { kind: 'system' } as const;

function roomWithTwo() {
  const sent: { viewerId: string; update: SessionUpdateEvent }[] = [];
  let now = 1_000;
  const room = new SessionRoom(
    createCircleSession({ sessionId: 's1', title: 'Circle', templateId: 'council', now }),
    () => (now += 10),
    { sendView: (viewerId, update) => sent.push({ viewerId, update }) },
  );
  return { room, sent, facilitator: { kind: 'participant', participantId: 'f' } as const, member: { kind: 'participant', participantId: 'm' } as const };
}

async function seat(room: SessionRoom) {
  await room.apply({ type: 'participant.join', participantId: 'f', displayName: 'Fay', role: 'facilitator' }, SYSTEM);
  await room.apply({ type: 'participant.join', participantId: 'm', displayName: 'Max', role: 'member' }, SYSTEM);
}

describe('SessionRoom', () => {
  it('sends every present participant their own view after each accepted command', async () => {
    const { room, sent, facilitator } = roomWithTwo();
    await seat(room);
    sent.length = 0;
    expect(await room.apply({ type: 'session.start' }, facilitator)).toEqual({ ok: true, version: 3 });
    expect(sent.map(({ viewerId, update }) => [viewerId, update.kind === 'delta' && update.delta.version])).toEqual([
      ['f', 3],
      ['m', 3],
    ]);
  });

  it("sends a participant's first view whole, then deltas that rebuild exactly their view", async () => {
    const { room, sent, facilitator } = roomWithTwo();
    await seat(room);
    await room.apply({ type: 'session.start' }, facilitator);
    await room.apply({ type: 'round.advance' }, facilitator);
    const toMember = sent.filter((s) => s.viewerId === 'm').map((s) => s.update);
    expect(toMember.map((update) => update.kind)).toEqual(['snapshot', 'delta', 'delta']);
    expect(replaySessionUpdates(toMember).at(-1)).toEqual(viewFor(room.state, 'm'));
  });

  it('answers a rejected command with its error and tells nobody', async () => {
    const { room, sent, member } = roomWithTwo();
    await seat(room);
    sent.length = 0;
    const result = await room.apply({ type: 'session.start' }, member);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(sent).toEqual([]);
    expect(room.state.version).toBe(2);
  });

  it('applies commands one at a time, finishing commit steps before the next command and the broadcast', async () => {
    const { room, sent, facilitator } = roomWithTwo();
    await seat(room);
    const log: string[] = [];
    room.addCommitStep(async (state) => {
      log.push(`step ${state.version} begins (sent ${sent.length})`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`step ${state.version} ends`);
    });
    sent.length = 0;
    const results = await Promise.all([
      room.apply({ type: 'session.start' }, facilitator),
      room.apply({ type: 'timer.pause', timer: 'phase' }, facilitator),
    ]);
    expect(results.map((r) => r.ok && r.version)).toEqual([3, 4]);
    expect(log).toEqual(['step 3 begins (sent 0)', 'step 3 ends', 'step 4 begins (sent 2)', 'step 4 ends']);
  });

  it('settles once every command received so far, and those their steps queued, is saved and applied', async () => {
    const { room, facilitator } = roomWithTwo();
    await seat(room);
    const saved: number[] = [];
    room.setSaveStep(async (state) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      saved.push(state.version);
    });
    let queuedFollowUp = false;
    room.addCommitStep(async (state) => {
      // Like the brief's reveal: a step queues the room's next command without awaiting it.
      if (state.version === 3 && !queuedFollowUp) {
        queuedFollowUp = true;
        void room.apply({ type: 'timer.pause', timer: 'phase' }, facilitator);
      }
    });
    void room.apply({ type: 'session.start' }, facilitator);
    await room.settled();
    expect(saved).toEqual([3, 4]);
  });
});
