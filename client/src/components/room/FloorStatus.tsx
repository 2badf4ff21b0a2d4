import { useId } from 'react';
import { describeFloor, turnOptions } from '../../circle/floor-status';
import { silenceFloorStatus } from '../../circle/question-pace';
import { useCircle } from '../../circle/use-circle';
import { useSilenceLeftMs } from '../../circle/use-silence-left';
import { TurnControls } from './TurnControls';

/** Who may speak now, in a sentence, with the viewer's own turn controls. */
export function FloorStatus() {
  const described = useCircle(describeFloor);
  // Nobody holds the floor during the silence between questions, yet it is not free to take.
  const { sentence, tone } = useSilenceLeftMs() > 0 ? silenceFloorStatus : described;
  const options = useCircle(turnOptions);
  const headingId = useId();
  return (
    <section className={`panel-section floor-status tone-${tone}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Floor status
      </h2>
      <p className="floor-sentence" data-testid="floor-status">
        {sentence}
      </p>
      <TurnControls options={options} />
    </section>
  );
}
