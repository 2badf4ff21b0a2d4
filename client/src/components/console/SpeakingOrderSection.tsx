import type { CircleSessionView } from '@peercircle/shared';
import { upcomingSpeakers } from '../../circle/council-order';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { useOptimisticOrder } from '../../circle/use-optimistic-order';
import { floorRuleOf, nameOf } from '../../circle/view-queries';
import { ConsoleSection } from './ConsoleSection';
import { ReorderableList } from '../ui/ReorderableList';
import { RoundProgress } from './RoundProgress';
import { RoundStarter } from './RoundStarter';

/**
 * The council order editor: while a round runs, who speaks next (`round.setOrder`); otherwise the
 * circle's seating (`seating.set`), which seating-order rounds follow.
 */
export function SpeakingOrderSection() {
  const inRoundPhase = useCircle((view) => floorRuleOf(view) === 'round');
  const roundStatus = useCircle((view) => (floorRuleOf(view) === 'round' ? (view.round?.status ?? null) : null));
  return (
    <ConsoleSection id="speaking-order" title="Speaking order">
      {roundStatus ? <RoundProgress /> : null}
      {roundStatus === 'active' ? <UpcomingSpeakers /> : <Seating />}
      {inRoundPhase ? <RoundStarter restart={roundStatus === 'active'} /> : null}
    </ConsoleSection>
  );
}

function speakerDetails(view: CircleSessionView, participantId: string): string {
  const participant = view.participants[participantId];
  const notes = [
    participant?.role === 'facilitator' ? 'facilitator' : null,
    view.presenterId === participantId ? 'presenter' : null,
    participant && participant.presence !== 'present' ? participant.presence : null,
    view.round?.status === 'active' && view.round.deferred.includes(participantId) ? 'passed — come-back turn' : null,
  ];
  return notes.filter(Boolean).join(', ');
}

function useSpeakerLabels() {
  return useCircle((view) => {
    const ids = Object.keys(view.participants);
    return {
      names: Object.fromEntries(ids.map((id) => [id, nameOf(view, id)])),
      details: Object.fromEntries(ids.map((id) => [id, speakerDetails(view, id)])),
    };
  });
}

function UpcomingSpeakers() {
  const send = useSessionCommand();
  const serverOrder = useCircle((view) => (view.round ? upcomingSpeakers(view.round) : []));
  const [order, reorder] = useOptimisticOrder(serverOrder, (next) => send({ type: 'round.setOrder', order: next }));
  const { names, details } = useSpeakerLabels();
  if (order.length === 0) return <p className="hint">Nobody is waiting: this is the last turn of the round.</p>;
  return (
    <>
      <h3>Up next</h3>
      <ReorderableList
        ids={order}
        label="Upcoming speakers"
        nameOf={(id) => names[id] ?? 'Someone'}
        details={(id) => details[id]}
        onReorder={reorder}
      />
    </>
  );
}

function Seating() {
  const send = useSessionCommand();
  const serverOrder = useCircle((view) => view.seating);
  const [order, reorder] = useOptimisticOrder(serverOrder, (next) => send({ type: 'seating.set', order: next }));
  const { names, details } = useSpeakerLabels();
  return (
    <>
      <h3>Circle seating</h3>
      <p className="hint">Rounds in seating order follow this order. Drag, or use Alt+Arrow keys on a person.</p>
      <ReorderableList
        ids={order}
        label="Circle seating"
        nameOf={(id) => names[id] ?? 'Someone'}
        details={(id) => details[id]}
        onReorder={reorder}
      />
    </>
  );
}
