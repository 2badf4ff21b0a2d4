import { useState } from 'react';
import type { Identity, PrivacyItem } from '@peercircle/shared';
import { useApi } from '../../api/use-api';
import { formatDateTime } from '../../cohorts/session-time';
import { PageHeading } from '../ui/PageHeading';
import { PreJoinForm } from '../prejoin/PreJoinForm';
import { PresenterLine } from './PresenterLine';
import { PrivacyChecklist } from './PrivacyChecklist';

interface SessionPreJoinScreenProps {
  identity: Identity;
  sessionId: string;
  joining: boolean;
  error: string | null;
  /** With the checklist items ticked, when the cohort asks any (undefined: nothing was asked). */
  onJoin(privacyConfirmed: PrivacyItem[] | undefined): void;
}

/**
 * Camera and microphone check before a cohort session, with when it is, who presents and the
 * cohort's privacy checklist; no name to type, the account has one. The ticks live only in this
 * screen: each session, and each visit, asks afresh.
 */
export function SessionPreJoinScreen({ identity, sessionId, joining, error, onJoin }: SessionPreJoinScreenProps) {
  const session = useApi('sessionPreview', { sessionId }).data;
  const [ticked, setTicked] = useState<PrivacyItem[]>([]);
  const asked = session?.privacyChecklist ?? [];

  return (
    <main className="prejoin">
      <PageHeading>{session ? `Join ${session.cohortName}` : 'Join the session'}</PageHeading>
      {session ? <p className="lede">{formatDateTime(session.startsAt)} (your time)</p> : null}
      <PreJoinForm
        previewLabel={identity.displayName}
        joinLabel="Join session"
        joining={joining}
        error={error}
        onSubmit={() => onJoin(asked.length > 0 ? ticked.filter((item) => asked.includes(item)) : undefined)}
      >
        <p>
          You will join as <strong>{identity.displayName}</strong>.
        </p>
        {session ? <PresenterLine presenter={session.presenter} /> : null}
        {asked.length > 0 ? <PrivacyChecklist asked={asked} ticked={ticked} onChange={setTicked} /> : null}
      </PreJoinForm>
    </main>
  );
}
