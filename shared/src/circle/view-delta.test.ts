import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduce } from './reduce';
import { createCircleSession } from './session';
import { applyViewDelta, diffViews } from './view-delta';
import { viewFor } from './view-for';
import type { CircleCommandInput } from './commands';
import type { CircleSession } from './session-state';

const system = { kind: 'system' } as const;
const fay = { kind: 'participant', participantId: 'fay' } as const;
const ravi = { kind: 'participant', participantId: 'ravi' } as const;

function seated(): CircleSession {
  let state = createCircleSession({ sessionId: 's', title: 'Circle', templateId: 'consultancy', now: 0 });
  for (const [participantId, role] of [['fay', 'facilitator'], ['ravi', 'member'], ['ines', 'member']] as const) {
    const result = reduce(state, { type: 'participant.join', participantId, displayName: participantId, role }, system, 1);
    if (result.ok) state = result.state;
  }
  return state;
}

describe('view deltas', () => {
  it('carry only what changed', () => {
    const before = seated();
    const started = reduce(before, { type: 'session.start' }, fay, 10);
    if (!started.ok) throw started.error;
    const paused = reduce(started.state, { type: 'timer.pause', timer: 'phase' }, fay, 20);
    if (!paused.ok) throw paused.error;
    const delta = diffViews(viewFor(started.state, 'ravi'), viewFor(paused.state, 'ravi'));
    expect(Object.keys(delta.changes).sort()).toEqual(['clock', 'phaseTimer', 'version']);
    expect(delta).toMatchObject({ baseVersion: started.state.version, version: paused.state.version });
  });

  it('refuse to apply to any view but their base', () => {
    const state = seated();
    const view = viewFor(state, 'ravi');
    expect(applyViewDelta(view, { baseVersion: view.version + 1, version: view.version + 2, changes: {} })).toBeNull();
  });

  it('rebuild exactly the next view, whatever the commands', () => {
    const commands: fc.Arbitrary<[CircleCommandInput, typeof fay | typeof ravi]> = fc.constantFrom(
      [{ type: 'session.start' }, fay],
      [{ type: 'phase.next' }, fay],
      [{ type: 'round.advance' }, fay],
      [{ type: 'timer.extend', timer: 'phase', ms: 60_000 }, fay],
      [{ type: 'hand.raise' }, ravi],
      [{ type: 'floor.giveNextInQueue' }, fay],
      [{ type: 'question.submit', text: 'What matters most?', anonymous: true }, ravi],
      [{ type: 'turn.done' }, ravi],
    );
    fc.assert(
      fc.property(fc.array(commands, { maxLength: 25 }), fc.constantFrom('fay', 'ravi', 'ines'), (sequence, viewer) => {
        let state = seated();
        let shown = viewFor(state, viewer);
        sequence.forEach(([command, actor], i) => {
          const result = reduce(state, command, actor, 100 + i);
          if (!result.ok) return;
          state = result.state;
          const next = viewFor(state, viewer);
          const applied = applyViewDelta(shown, diffViews(shown, next));
          expect(applied).toEqual(next);
          shown = applied!;
        });
      }),
      { numRuns: 150 },
    );
  });
});
