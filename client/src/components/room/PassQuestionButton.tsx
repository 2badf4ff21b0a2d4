import { useId } from 'react';
import { passableQuestion } from '../../circle/question-pace';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';

/**
 * The presenter's right to pass on any question put to them, without giving a reason. `spoken`
 * places it with the turn controls, for a question asked aloud; otherwise it sits with the question
 * on screen.
 */
export function PassQuestionButton({ spoken }: { spoken: boolean }) {
  const send = useSessionCommand();
  const passable = useCircle(passableQuestion);
  const hintId = useId();
  if (!passable || (passable.questionId === null) !== spoken) return null;
  const command = passable.questionId === null ? { type: 'question.pass' as const } : { type: 'question.pass' as const, questionId: passable.questionId };
  return (
    <>
      <button type="button" aria-describedby={hintId} onClick={() => void send(command)}>
        Pass on this question
      </button>
      <p id={hintId} className="hint">
        You need not answer or say why; everyone sees that you passed.
      </p>
    </>
  );
}
