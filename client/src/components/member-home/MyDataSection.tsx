import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { useIdentity } from '../../auth/identity-context';
import { myDataFileName, saveJsonFile } from '../../me/my-data-file';
import { announce } from '../../store/ui-slice';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';

/** A copy of everything PeerCircle holds about the member, and deleting it. */
export function MyDataSection() {
  const { signedOut } = useIdentity();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const headingId = useId();

  async function download() {
    setProblem(null);
    setDownloading(true);
    try {
      saveJsonFile(await callApi('exportMyData'), myDataFileName(new Date()));
      announce('Your data is downloading');
    } catch (error) {
      setProblem(`Could not download your data. ${messageForError(error)}`);
    } finally {
      setDownloading(false);
    }
  }

  async function deleteEverything() {
    setProblem(null);
    try {
      await callApi('deleteMyData');
      signedOut();
      navigate('/', { replace: true });
      announce('Your data was deleted and you are signed out', 'assertive');
    } catch (error) {
      setProblem(`Could not delete your data. ${messageForError(error)}`);
    }
  }

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Your data</h2>
      <p>Download a copy of what PeerCircle stores about you, or delete it and leave the circle.</p>
      <ErrorText>{problem}</ErrorText>
      <div className="button-row">
        <button type="button" onClick={() => void download()} disabled={downloading} aria-busy={downloading}>
          Download my data
        </button>
        <ConfirmButton
          className="danger"
          question="Delete your data and leave the circle?"
          detail="PeerCircle deletes what it stores about you, including your commitments and kept questions, and signs you out. To come back you would need a new invite from your facilitator. This cannot be undone."
          confirmText="Yes, delete my data"
          onConfirm={() => void deleteEverything()}
        >
          Delete my data
        </ConfirmButton>
      </div>
    </section>
  );
}
