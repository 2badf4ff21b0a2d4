import { useId, useState, type FormEvent } from 'react';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { useApi } from '../../api/use-api';
import { RequestError } from '../../realtime/request';
import { useAppStore } from '../../store/store';
import { announce } from '../../store/ui-slice';
import { Loaded } from '../ui/Loaded';
import { PageHeading } from '../ui/PageHeading';
import { ErrorText } from '../ui/ErrorText';

interface AgreementScreenProps {
  /** Asks to enter again once accepted; the door then shows the lobby or the room. */
  onAccepted(): Promise<void>;
  onLeave(): void;
}

/** The circle's confidentiality agreement, accepted before the first session and after every change. */
export function AgreementScreen({ onAccepted, onLeave }: AgreementScreenProps) {
  const reason = useAppStore((state) => (state.room.entry.kind === 'agreement' ? state.room.entry.message : ''));
  const home = useApi('memberHome');
  return (
    <main className="door narrow">
      <PageHeading stage="agreement">Confidentiality agreement</PageHeading>
      {reason ? <p className="lede">{reason}</p> : null}
      <Loaded resource={home} what="the agreement">
        {({ agreement, cohort }) => (
          <AgreementForm
            key={agreement.version}
            cohortName={cohort.name} text={agreement.text} version={agreement.version} onAccepted={onAccepted} onReload={home.reload} />
        )}
      </Loaded>
      <p>
        <button type="button" onClick={onLeave}>
          Not now, leave
        </button>
      </p>
    </main>
  );
}

interface AgreementFormProps {
  cohortName: string;
  text: string;
  version: number;
  onAccepted(): Promise<void>;
  onReload(): void;
}

function AgreementForm({ cohortName, text, version, onAccepted, onReload }: AgreementFormProps) {
  const [agreed, setAgreed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { text: useId(), checkbox: useId(), problem: useId() };

  async function accept(event: FormEvent) {
    event.preventDefault();
    if (!agreed) {
      setProblem('Tick the box to accept the agreement, or leave if you do not agree.');
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await callApi('acceptAgreement', { body: { version } });
      announce('Agreement accepted. Entering the session.');
      await onAccepted();
    } catch (error) {
      setBusy(false);
      // A newer version may have been saved meanwhile: show it rather than accepting blind.
      if (!(error instanceof RequestError)) onReload();
      setProblem(error instanceof RequestError ? error.message : messageForError(error));
    }
  }

  return (
    <form className="card form" onSubmit={accept} noValidate>
      <h2 id={ids.text}>
        {cohortName}, version {version}
      </h2>
      <div className="agreement-text" role="region" aria-labelledby={ids.text} tabIndex={0}>
        {text}
      </div>
      <label className="checkbox">
        <input
          id={ids.checkbox}
          type="checkbox"
          checked={agreed}
          onChange={(event) => setAgreed(event.target.checked)}
          aria-invalid={problem && !agreed ? true : undefined}
          aria-describedby={problem ? ids.problem : undefined}
        />
        I agree to keep what is shared in this circle confidential
      </label>
      <ErrorText id={ids.problem}>{problem}</ErrorText>
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        Accept and continue
      </button>
    </form>
  );
}
