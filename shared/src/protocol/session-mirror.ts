import { applyViewDelta } from '../circle/view-delta';
import type { CircleSessionView } from '../circle/view-for';
import type { SessionUpdateEvent } from './session-messages';

export type MirrorStep = { kind: 'view'; view: CircleSessionView } | { kind: 'stale' } | { kind: 'gap' };

/**
 * How a client's copy of its view follows the server: snapshots replace it (unless older), deltas
 * apply to exactly their base version; a delta for a later base means an update went missing.
 */
export function mirrorSessionUpdate(current: CircleSessionView | null, update: SessionUpdateEvent): MirrorStep {
  if (update.kind === 'snapshot') {
    const isNewer = !current || current.sessionId !== update.view.sessionId || update.view.version > current.version;
    return isNewer ? { kind: 'view', view: update.view } : { kind: 'stale' };
  }
  if (!current || update.delta.baseVersion > current.version) return { kind: 'gap' };
  const next = applyViewDelta(current, update.delta);
  return next ? { kind: 'view', view: next } : { kind: 'stale' };
}

/** Replays a sequence of updates from nothing; the views a client would have shown (for tests, benchmarks). */
export function replaySessionUpdates(updates: SessionUpdateEvent[]): CircleSessionView[] {
  const views: CircleSessionView[] = [];
  for (const update of updates) {
    const step = mirrorSessionUpdate(views.at(-1) ?? null, update);
    if (step.kind === 'gap') throw new Error(`missed an update before version ${update.kind === 'delta' ? update.delta.version : '?'}`);
    if (step.kind === 'view') views.push(step.view);
  }
  return views;
}
