import type { Identity } from '@peercircle/shared';
import { useApi } from '../../api/use-api';
import { formatDateTime } from '../../cohorts/session-time';
import { PageHeading } from '../PageHeading';
import { PreJoinForm } from '../PreJoinForm';

interface SessionPreJoinScreenProps {
  identity: Identity;
  sessionId: string;
  joining: boolean;
  error: string | null;
  onJoin(): void;
}

/** Camera and microphone check before a cohort session; no name to type, the account has one. */
export function SessionPreJoinScreen({ identity, sessionId, joining, error, onJoin }: SessionPreJoinScreenProps) {
  const home = useApi('memberHome', identity.kind === 'member' ? {} : null);
  const session = home.data?.nextSession?.id === sessionId ? home.data.nextSession : null;

  return (
    <main className="prejoin">
      <PageHeading>{home.data ? `Join ${home.data.cohort.name}` : 'Join the session'}</PageHeading>
      {session ? <p className="lede">{formatDateTime(session.startsAt)} (your time)</p> : null}
      <PreJoinForm previewLabel={identity.displayName} joinLabel="Join session" joining={joining} error={error} onSubmit={onJoin}>
        <p>
          You will join as <strong>{identity.displayName}</strong>.
        </p>
      </PreJoinForm>
    </main>
  );
}
