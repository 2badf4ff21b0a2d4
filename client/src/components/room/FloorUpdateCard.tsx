import { useEffect, useId } from 'react';
import { useAppStore } from '../../store/store';
import { announce } from '../../store/ui-slice';

/**
 * In the check-in round, the monthly update of whoever holds the floor: their areas with ratings and
 * lines, and their topics by rank. It goes the moment the floor moves (the server stops sending it).
 */
export function FloorUpdateCard() {
  const card = useAppStore((state) => state.session.view?.floorUpdateCard ?? null);
  const ownerName = useAppStore((state) => {
    const view = state.session.view;
    const ownerId = view?.floorUpdateCard?.participantId;
    return ownerId ? (view.participants[ownerId]?.displayName ?? null) : null;
  });
  const headingId = useId();
  const title = ownerName ? `${ownerName}’s update` : 'Update';
  const ownerId = card?.participantId ?? null;
  useEffect(() => {
    if (ownerId !== null) announce(title);
  }, [ownerId, title]);
  if (!card) return null;
  return (
    <section className="card update-card" aria-labelledby={headingId} data-testid="floor-update-card">
      <h2 id={headingId}>{title}</h2>
      <dl>
        {card.areas.map((area) => (
          <div key={area.name} className="update-card-area">
            <dt>
              {area.name}: {area.rating} of 10
            </dt>
            <dd>{area.line || <span className="muted">(no line)</span>}</dd>
          </div>
        ))}
      </dl>
      {card.topics.length > 0 ? (
        <>
          <h3>Topics, most important first</h3>
          <ol>
            {card.topics.map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
