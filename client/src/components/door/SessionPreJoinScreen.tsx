import type { Identity } from '@peercircle/shared';
import { useApi } from '../../api/use-api';
import { formatDateTime } from '../../cohorts/session-time';
import { PageHeading } from '../ui/PageHeading';
import { PreJoinForm } from '../prejoin/PreJoinForm';
import { PresenterLine } from './PresenterLine';

interface SessionPreJoinScreenProps {
  identity: Identity;
  sessionId: string;
  joining: boolean;
  error: string | null;
  onJoin(): void;
}

/** Camera and microphone check before a cohort session, with when it is and who presents; no name to type, the account has one. */
export function SessionPreJoinScreen({ identity, sessionId, joining, error, onJoin }: SessionPreJoinScreenProps) {
  const session = useApi('sessionPreview', { sessionId }).data;

  return (
    <main className="prejoin">
      <PageHeading>{session ? `Join ${session.cohortName}` : 'Join the session'}</PageHeading>
      {session ? <p className="lede">{formatDateTime(session.startsAt)} (your time)</p> : null}
      <PreJoinForm previewLabel={identity.displayName} joinLabel="Join session" joining={joining} error={error} onSubmit={onJoin}>
        <p>
          You will join as <strong>{identity.displayName}</strong>.
        </p>
        {session ? <PresenterLine presenter={session.presenter} /> : null}
      </PreJoinForm>
    </main>
  );
}
