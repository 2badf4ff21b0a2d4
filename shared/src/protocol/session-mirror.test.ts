import { describe, expect, it } from 'vitest';
import { createCircleSession } from '../circle/session';
import { viewFor } from '../circle/view-for';
import { mirrorSessionUpdate } from './session-mirror';

const base = viewFor(createCircleSession({ sessionId: 's', title: 'Circle', templateId: 'council', now: 0 }), 'fay');
const at = (version: number) => ({ ...base, version });

describe('mirrorSessionUpdate', () => {
  it.each([
    ['takes a first snapshot', null, { kind: 'snapshot', view: at(3), serverNow: 0 }, 'view'],
    ['ignores an older snapshot', at(5), { kind: 'snapshot', view: at(4), serverNow: 0 }, 'stale'],
    ['applies a delta to its base', at(5), { kind: 'delta', delta: { baseVersion: 5, version: 6, changes: { version: 6 } }, serverNow: 0 }, 'view'],
    ['ignores a delta it already has', at(6), { kind: 'delta', delta: { baseVersion: 5, version: 6, changes: { version: 6 } }, serverNow: 0 }, 'stale'],
    ['reports a gap for a later base', at(5), { kind: 'delta', delta: { baseVersion: 7, version: 8, changes: { version: 8 } }, serverNow: 0 }, 'gap'],
    ['reports a gap without any view', null, { kind: 'delta', delta: { baseVersion: 1, version: 2, changes: {} }, serverNow: 0 }, 'gap'],
  ] as const)('%s', (_name, current, update, expected) => {
    expect(mirrorSessionUpdate(current, update).kind).toBe(expected);
  });

  it('produces the delta version', () => {
    const step = mirrorSessionUpdate(at(5), { kind: 'delta', delta: { baseVersion: 5, version: 6, changes: { version: 6 } }, serverNow: 0 });
    expect(step).toMatchObject({ kind: 'view', view: { version: 6, sessionId: 's' } });
  });
});
