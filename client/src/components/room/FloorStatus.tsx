import { useId } from 'react';
import { describeFloor, turnOptions } from '../../circle/floor-status';
import { useCircle } from '../../circle/use-circle';
import { TurnControls } from './TurnControls';

/** Who may speak now, in a sentence, with the viewer's own turn controls. */
export function FloorStatus() {
  const { sentence, tone } = useCircle(describeFloor);
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
