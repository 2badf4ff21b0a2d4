import deepEqual from 'fast-deep-equal';
import type { CircleSessionView } from './view-for';

/**
 * The change from one view to the next for the same viewer: the top-level fields that differ.
 * Most commands touch a field or two (the floor, a timer), while the agenda and participant list
 * make up most of a view, so updates stay small. Unchanged fields are usually the very same objects
 * (the reducer shares structure), which the equality check recognises at once.
 */
export interface ViewDelta {
  baseVersion: number;
  version: number;
  changes: Partial<CircleSessionView>;
}

export function diffViews(previous: CircleSessionView, next: CircleSessionView): ViewDelta {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof CircleSessionView)[]) {
    if (!deepEqual(previous[key], next[key])) changes[key] = next[key];
  }
  return { baseVersion: previous.version, version: next.version, changes: changes as Partial<CircleSessionView> };
}

/** The next view, or null when the delta does not start from this view (an update was missed). */
export function applyViewDelta(view: CircleSessionView, delta: ViewDelta): CircleSessionView | null {
  if (view.version !== delta.baseVersion) return null;
  return { ...view, ...delta.changes };
}
