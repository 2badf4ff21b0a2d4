import type { WaitingMemberSummary } from '@peercircle/shared';

/** Who started waiting since the last lobby update, in the order they arrived. */
export function newArrivals(previous: readonly WaitingMemberSummary[], next: readonly WaitingMemberSummary[]): WaitingMemberSummary[] {
  const known = new Set(previous.map((member) => member.memberId));
  return next.filter((member) => !known.has(member.memberId)).sort((a, b) => a.since - b.since);
}

/** "Ann is waiting to be let in" / "Ann and Ben are waiting…" / "Ann, Ben and Cy are waiting…" */
export function arrivalAnnouncement(arrivals: readonly WaitingMemberSummary[]): string | null {
  const names = arrivals.map((member) => member.displayName);
  if (names.length === 0) return null;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${list} ${names.length === 1 ? 'is' : 'are'} waiting to be let in`;
}
