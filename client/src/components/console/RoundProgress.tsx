import { roundTurns, turnOutcomeLabel } from '../../circle/council-order';
import { useCircle } from '../../circle/use-circle';
import { nameOf } from '../../circle/view-queries';

/** The turns taken so far in the round and the current one: who spoke, who passed. */
export function RoundProgress() {
  const progress = useCircle((view) => {
    const round = view.round;
    if (!round) return null;
    const turns = roundTurns(round)
      .slice(0, round.position + 1)
      .map((turn) => ({ ...turn, name: nameOf(view, turn.participantId) }));
    return { turns, position: round.position, total: round.order.length, complete: round.status === 'complete' };
  });
  if (!progress) return null;
  return (
    <>
      <p className="round-position">
        {progress.complete ? 'The round is complete.' : `Turn ${progress.position + 1} of ${progress.total}`}
      </p>
      {progress.turns.length > 0 ? (
        <ol className="round-turns" aria-label="Turns so far">
          {progress.turns.map((turn, index) => (
            <li key={`${turn.participantId}-${index}`} className={`turn-${turn.outcome}`}>
              <span>{turn.name}</span> <span className="status-tag">{turnOutcomeLabel[turn.outcome]}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
