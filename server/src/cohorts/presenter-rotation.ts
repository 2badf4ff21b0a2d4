/** A past session, as far as the rotation cares. */
export interface PastPresentation {
  presenterId: string | null;
  startsAt: number;
}

export interface PresenterChoice {
  attendingMemberIds: readonly string[];
  seatingOrder: readonly string[];
  history: readonly PastPresentation[];
}

/**
 * Who presents next: among the members attending, whoever presented least recently, and before them
 * anyone who never has. Ties (several who never presented) follow the seating order; attending members
 * missing from it come after the seated ones, in the order given. Null when nobody attends.
 */
export function choosePresenter({ attendingMemberIds, seatingOrder, history }: PresenterChoice): string | null {
  const lastPresentedAt = new Map<string, number>();
  for (const { presenterId, startsAt } of history) {
    if (presenterId !== null) lastPresentedAt.set(presenterId, Math.max(startsAt, lastPresentedAt.get(presenterId) ?? startsAt));
  }
  const seat = (memberId: string) => {
    const index = seatingOrder.indexOf(memberId);
    return index === -1 ? seatingOrder.length : index;
  };
  const lastTime = (memberId: string) => lastPresentedAt.get(memberId) ?? Number.NEGATIVE_INFINITY;

  const candidates = [...new Set(attendingMemberIds)].sort((a, b) =>
    lastTime(a) === lastTime(b) ? seat(a) - seat(b) : lastTime(a) - lastTime(b),
  );
  return candidates[0] ?? null;
}
