import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { checkForAdvice } from '@peercircle/shared';
import { adviceReasons } from '../../circle/advice-reasons';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { currentPhaseOf, nameOf } from '../../circle/view-queries';
import { announce } from '../../store/ui-slice';
import { CountedTextArea } from '../ui/CountedTextArea';

const maxLength = 500;
/** The guard looks for a question mark; hinting before a sentence exists would only nag. */
const hintFromLength = 12;

/** Writes a question for the presenter, with a gentle hint when it reads like advice in a curious-questions phase. */
export function QuestionComposer() {
  const send = useSessionCommand();
  const presenter = useCircle((view) => (view.presenterId === null ? 'the presenter' : nameOf(view, view.presenterId)));
  const curiousOnly = useCircle((view) => Boolean(currentPhaseOf(view)?.curiousQuestionsOnly));
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sending, setSending] = useState(false);
  const checkedText = useDeferredValue(text);
  const ids = { heading: useId(), text: useId(), advice: useId() };

  const advice = curiousOnly && checkedText.trim().length >= hintFromLength ? checkForAdvice(checkedText) : null;
  const showAdvice = advice?.looksLikeAdvice ?? false;
  const question = text.trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (question === '' || sending) return;
    setSending(true);
    const accepted = await send({ type: 'question.submit', text: question, anonymous });
    setSending(false);
    if (!accepted) return;
    setText('');
    announce(`Your question for ${presenter} was submitted`);
  }

  return (
    <section className="panel-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Ask {presenter}</h2>
      {curiousOnly ? <p className="hint">Curious questions only: open questions that help {presenter} think, no advice.</p> : null}
      <form className="question-form" onSubmit={submit}>
        <label htmlFor={ids.text}>Your question</label>
        <CountedTextArea id={ids.text} value={text} onChange={setText} maxLength={maxLength} describedBy={showAdvice ? ids.advice : undefined} />
        {showAdvice && advice ? (
          <p id={ids.advice} className="advice-hint">
            This may read as advice: {adviceReasons(advice)}. Could you turn it into an open question, such as “What
            matters most to you…?” You can still submit it as it is.
          </p>
        ) : null}
        <label className="checkbox">
          <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
          Ask anonymously
        </label>
        <button type="submit" className="primary" disabled={question === '' || sending}>
          Submit question
        </button>
      </form>
    </section>
  );
}
